import { withClient } from '@rebound/dev-postgres';
import type { StripeStandIn } from '@rebound/testing';

export const STRIPE_TEST_PRICES = {
  solo: 'price_test_solo',
  practice: 'price_test_practice',
  agency: 'price_test_agency',
} as const;

export const STRIPE_WEBHOOK_SECRET = 'whsec_test_0123456789abcdef';

/** API configuration with billing on, the SDK pointed at the stand-in. */
export function stripeEnv(standIn: StripeStandIn): Record<string, string> {
  return {
    STRIPE_SECRET_KEY: 'sk_test_rebound',
    STRIPE_WEBHOOK_SECRET,
    STRIPE_PRICE_SOLO: STRIPE_TEST_PRICES.solo,
    STRIPE_PRICE_PRACTICE: STRIPE_TEST_PRICES.practice,
    STRIPE_PRICE_AGENCY: STRIPE_TEST_PRICES.agency,
    STRIPE_API_URL: standIn.url,
  };
}

/** Posts a payload to the webhook as Stripe would, signed unless a signature is given. */
export async function postWebhook(
  apiUrl: string,
  standIn: StripeStandIn,
  payload: string,
  signature = standIn.signature(payload, STRIPE_WEBHOOK_SECRET),
): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(`${apiUrl}/webhooks/stripe`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'stripe-signature': signature },
    body: payload,
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

export interface BillingRow {
  stripe_subscription_id: string | null;
  plan: string | null;
  status: string | null;
  quantity: number | null;
  cancel_at_period_end: boolean;
  past_due_since: Date | null;
  updated_at: Date;
}

/** The organization's billing row as the schema owner sees it (behind row-level security). */
export async function billingRow(ownerUrl: string, orgId: string): Promise<BillingRow | undefined> {
  return withClient(ownerUrl, async (client) => {
    await client.query('BEGIN');
    await client.query(`SELECT set_config('app.org_id', $1, true)`, [orgId]);
    const { rows } = await client.query<BillingRow>(
      `SELECT stripe_subscription_id, plan, status, quantity, cancel_at_period_end, past_due_since, updated_at
         FROM billing_accounts WHERE organization_id = $1`,
      [orgId],
    );
    await client.query('COMMIT');
    return rows[0];
  });
}

/** Runs SQL inside one organization as the schema owner (arranging dates, statuses). */
export async function asOwnerIn(ownerUrl: string, orgId: string, sql: string, params: unknown[] = []) {
  await withClient(ownerUrl, async (client) => {
    await client.query('BEGIN');
    await client.query(`SELECT set_config('app.org_id', $1, true)`, [orgId]);
    await client.query(sql, params);
    await client.query('COMMIT');
  });
}

/** Waits for background work (after-commit tasks) to reach the stand-in; fails after `timeoutMs`. */
export async function eventually<T>(probe: () => T | Promise<T>, timeoutMs = 5_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await probe();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}
