import { Inject, Injectable } from '@nestjs/common';
import type Stripe from 'stripe';
import { DataSource } from 'typeorm';
import { RequestTransaction } from '../../database/request-transaction.js';
import { SeatSyncService } from './seat-sync.service.js';
import { STRIPE_BILLING, type StripeBilling } from './stripe-client.js';
import { SubscriptionSyncService } from './subscription-sync.service.js';

/** Signatures older than this are refused, so a captured request cannot be replayed later. */
export const SIGNATURE_TOLERANCE_SECONDS = 300;

/** The events Rebound acts on; Stripe may be set to send more, and those are acknowledged and ignored. */
export const HANDLED_EVENT_TYPES: ReadonlySet<string> = new Set([
  'checkout.session.completed',
  'customer.subscription.created',
  'customer.subscription.updated',
  'customer.subscription.deleted',
  'invoice.paid',
  'invoice.payment_failed',
]);

export type WebhookOutcome = 'processed' | 'duplicate' | 'ignored';

export class WebhookSignatureError extends Error {}
export class BillingNotConfiguredError extends Error {}

interface EventSubject {
  customerId: string | null;
  subscriptionId: string | null;
}

function idOf(value: string | { id: string } | null | undefined): string | null {
  if (!value) return null;
  return typeof value === 'string' ? value : value.id;
}

/** The customer and subscription an allowed event is about. */
function subjectOf(event: Stripe.Event): EventSubject {
  switch (event.type) {
    case 'checkout.session.completed': {
      const session = event.data.object;
      return { customerId: idOf(session.customer), subscriptionId: idOf(session.subscription) };
    }
    case 'customer.subscription.created':
    case 'customer.subscription.updated':
    case 'customer.subscription.deleted': {
      const subscription = event.data.object;
      return { customerId: idOf(subscription.customer), subscriptionId: subscription.id };
    }
    case 'invoice.paid':
    case 'invoice.payment_failed': {
      const invoice = event.data.object;
      return {
        customerId: idOf(invoice.customer),
        subscriptionId: idOf(invoice.parent?.subscription_details?.subscription),
      };
    }
    default:
      return { customerId: null, subscriptionId: null };
  }
}

/**
 * Stripe's webhook: verify, then record the event id and apply it in one transaction. The event log's
 * primary key makes a second delivery wait for the first and then find it done, on any API instance;
 * a failed apply rolls the record back, so Stripe's retry gets a fresh chance.
 */
@Injectable()
export class StripeWebhookService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly subscriptions: SubscriptionSyncService,
    private readonly seats: SeatSyncService,
    @Inject(STRIPE_BILLING) private readonly billing: StripeBilling | null,
  ) {}

  async receive(rawBody: Buffer | undefined, signature: string | undefined): Promise<WebhookOutcome> {
    if (!this.billing) throw new BillingNotConfiguredError();
    let event: Stripe.Event;
    try {
      if (!rawBody || !signature) throw new Error('Missing body or signature');
      event = this.billing.stripe.webhooks.constructEvent(
        rawBody,
        signature,
        this.billing.webhookSecret,
        SIGNATURE_TOLERANCE_SECONDS,
      );
    } catch (error) {
      throw new WebhookSignatureError(error instanceof Error ? error.message : String(error));
    }
    if (!HANDLED_EVENT_TYPES.has(event.type)) return 'ignored';

    const subject = subjectOf(event);
    const orgId = subject.customerId ? await this.organizationOf(subject.customerId) : null;
    const db = new RequestTransaction(this.dataSource);
    if (orgId) db.setScope({ orgId });
    let succeeded = false;
    try {
      const manager = await db.manager();
      const recorded: unknown[] = await manager.query(
        `INSERT INTO stripe_events (id, type) VALUES ($1, $2) ON CONFLICT (id) DO NOTHING RETURNING id`,
        [event.id, event.type],
      );
      let outcome: WebhookOutcome = 'duplicate';
      if (recorded.length) {
        outcome = 'processed';
        if (orgId && subject.subscriptionId) {
          const synced = await this.subscriptions.sync(db, orgId, subject.subscriptionId, event);
          // A new subscription or a plan change can leave the quantity behind the organization's count.
          if (synced === 'synced') this.seats.afterSeatChange(db, orgId);
        }
      }
      succeeded = true;
      return outcome;
    } finally {
      const tasks = await db.finish(succeeded);
      for (const task of tasks) void task();
    }
  }

  private async organizationOf(customerId: string): Promise<string | null> {
    const [row]: { id: string | null }[] = await this.dataSource.query(
      'SELECT organization_id_by_stripe_customer($1) AS id',
      [customerId],
    );
    return row?.id ?? null;
  }
}
