import { Inject, Injectable, Logger } from '@nestjs/common';
import { isLiveSubscription, isSubscriptionStatus } from '@rebound/domain';
import type { RequestTransaction } from '../../database/request-transaction.js';
import { AUDIT_ACTIONS } from '../audit/audit-actions.js';
import { AuditLogService } from '../audit/audit-log.service.js';
import { findBillingAccount } from './billing-account.js';
import { planOfPrice, STRIPE_BILLING, type StripeBilling } from './stripe-client.js';

export type SyncOutcome = 'synced' | 'not-ours';

/**
 * Brings an organization's billing row to the subscription's current state in Stripe. It re-reads the
 * subscription instead of trusting the event that prompted it, so events arriving late, twice or out
 * of order all converge on what Stripe holds now.
 */
@Injectable()
export class SubscriptionSyncService {
  private readonly logger = new Logger(SubscriptionSyncService.name);

  constructor(
    @Inject(STRIPE_BILLING) private readonly billing: StripeBilling | null,
    private readonly auditLog: AuditLogService,
  ) {}

  /** `event`: the Stripe event that prompted the sync, named in the audit log entry of a change. */
  async sync(
    db: RequestTransaction,
    orgId: string,
    subscriptionId: string,
    event?: { id: string; type: string },
  ): Promise<SyncOutcome> {
    if (!this.billing) throw new Error('Stripe is not configured');
    const manager = await db.manager();
    // Held until commit: two events of one organization apply one after the other, each re-reading.
    const account = await findBillingAccount(manager, orgId, true);
    if (!account) return 'not-ours';
    const subscription = await this.billing.stripe.subscriptions.retrieve(subscriptionId);
    if (!isSubscriptionStatus(subscription.status)) {
      throw new Error(`Unknown Stripe subscription status ${subscription.status}`);
    }
    const customerId =
      typeof subscription.customer === 'string' ? subscription.customer : subscription.customer.id;
    if (customerId !== account.customerId) return 'not-ours';
    // At most one live subscription per organization: another one only takes over once ours has ended.
    if (
      account.subscriptionId &&
      account.subscriptionId !== subscription.id &&
      account.status &&
      isLiveSubscription(account.status)
    ) {
      if (isLiveSubscription(subscription.status)) {
        this.logger.warn(
          `Organization ${orgId} has a second live subscription ${subscription.id} besides ${account.subscriptionId}`,
        );
      }
      return 'not-ours';
    }
    const [item] = subscription.items.data;
    const plan = item ? planOfPrice(this.billing, item.price.id) : null;
    if (item && !plan)
      this.logger.warn(`Subscription ${subscription.id} bills unknown price ${item.price.id}`);
    const seconds = (value: number | null | undefined) => (value ? new Date(value * 1000) : null);
    await manager.query(
      `UPDATE billing_accounts SET
         stripe_subscription_id = $2, stripe_subscription_item_id = $3, plan = $4, status = $5, quantity = $6,
         trial_ends_at = $7, current_period_ends_at = $8, cancel_at_period_end = $9,
         past_due_since = CASE WHEN $5 <> 'past_due' THEN NULL
                               WHEN stripe_subscription_id = $2 AND past_due_since IS NOT NULL THEN past_due_since
                               ELSE now() END,
         synced_at = now(), updated_at = now()
       WHERE organization_id = $1`,
      [
        orgId,
        subscription.id,
        item?.id ?? null,
        plan,
        subscription.status,
        item?.quantity ?? null,
        seconds(subscription.trial_end),
        seconds(item?.current_period_end),
        subscription.cancel_at_period_end,
      ],
    );
    const before = {
      subscriptionId: account.subscriptionId,
      plan: account.plan,
      status: account.status,
      quantity: account.quantity,
      cancelAtPeriodEnd: account.cancelAtPeriodEnd,
    };
    const after = {
      subscriptionId: subscription.id,
      plan,
      status: subscription.status,
      quantity: item?.quantity ?? null,
      cancelAtPeriodEnd: subscription.cancel_at_period_end,
    };
    const changed = (Object.keys(after) as (keyof typeof after)[]).filter(
      (key) => before[key] !== after[key],
    );
    if (changed.length) {
      await this.auditLog.record(
        { db, orgId },
        {
          actor: 'stripe',
          action: AUDIT_ACTIONS.BILLING_SUBSCRIPTION_CHANGED,
          target: { type: 'subscription', id: subscription.id, label: plan ?? subscription.id },
          metadata: {
            changed,
            before: Object.fromEntries(changed.map((key) => [key, before[key]])),
            after: Object.fromEntries(changed.map((key) => [key, after[key]])),
            ...(event && { eventId: event.id, eventType: event.type }),
          },
        },
      );
    }
    return 'synced';
  }
}
