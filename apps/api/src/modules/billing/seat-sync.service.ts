import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { isLiveSubscription, seatQuantity } from '@rebound/domain';
import { RequestTransaction } from '../../database/request-transaction.js';
import { findBillingAccount, seatUsage } from './billing-account.js';
import { STRIPE_BILLING, type StripeBilling } from './stripe-client.js';

/**
 * Keeps the subscription's quantity equal to what the plan counts (coach seats for Practice, active
 * clients for Agency). Runs after the change that moved the count has committed, in its own tenant
 * transaction that locks the billing row, so concurrent changes send Stripe one update per new count.
 */
@Injectable()
export class SeatSyncService {
  private readonly logger = new Logger(SeatSyncService.name);

  constructor(
    private readonly dataSource: DataSource,
    @Inject(STRIPE_BILLING) private readonly billing: StripeBilling | null,
  ) {}

  /** Call from any write that may change who is counted; it runs only if that write commits. */
  afterSeatChange(db: RequestTransaction, orgId: string): void {
    if (!this.billing) return;
    db.afterCommit(async () => {
      try {
        await this.sync(orgId);
      } catch (error) {
        // The next change or subscription event syncs again; nothing is lost by waiting for it.
        this.logger.error(`Seat sync for organization ${orgId} failed: ${String(error)}`);
      }
    });
  }

  /** Returns the quantity sent to Stripe, or null when nothing needed to change. */
  async sync(orgId: string): Promise<number | null> {
    const billing = this.billing;
    if (!billing) return null;
    const db = new RequestTransaction(this.dataSource);
    db.setScope({ orgId });
    let succeeded = false;
    try {
      const manager = await db.manager();
      const account = await findBillingAccount(manager, orgId, true);
      let sent: number | null = null;
      if (
        account?.plan &&
        account.subscriptionItemId &&
        account.status &&
        isLiveSubscription(account.status)
      ) {
        const wanted = seatQuantity(account.plan, await seatUsage(manager, orgId, false));
        if (wanted !== account.quantity) {
          const version = account.seatSyncVersion + 1;
          // The same change retried (say, after a failed commit) reuses its key, so Stripe applies it once.
          await billing.stripe.subscriptionItems.update(
            account.subscriptionItemId,
            { quantity: wanted, proration_behavior: 'create_prorations' },
            { idempotencyKey: `seats:${account.subscriptionItemId}:${version}:${wanted}` },
          );
          await manager.query(
            `UPDATE billing_accounts SET quantity = $2, seat_sync_version = $3, updated_at = now()
              WHERE organization_id = $1`,
            [orgId, wanted, version],
          );
          sent = wanted;
        }
      }
      succeeded = true;
      return sent;
    } finally {
      await db.finish(succeeded);
    }
  }
}
