import { Inject, Injectable } from '@nestjs/common';
import { entitlementOf, isSubscriptionStatus, type Entitlement } from '@rebound/domain';
import type { RequestTransaction } from '../../database/request-transaction.js';
import { STRIPE_BILLING, type StripeBilling } from './stripe-client.js';

/** What an organization may do now, from its subscription as last synced from Stripe. */
@Injectable()
export class EntitlementService {
  constructor(@Inject(STRIPE_BILLING) private readonly billing: StripeBilling | null) {}

  async of(db: RequestTransaction, orgId: string, now = new Date()): Promise<Entitlement> {
    const manager = await db.manager();
    const [row]: { createdAt: Date; status: string | null; pastDueSince: Date | null }[] =
      await manager.query(
        `SELECT o.created_at AS "createdAt", b.status, b.past_due_since AS "pastDueSince"
         FROM organizations o LEFT JOIN billing_accounts b ON b.organization_id = o.id
        WHERE o.id = $1`,
        [orgId],
      );
    return entitlementOf(
      {
        billingConfigured: this.billing !== null,
        organizationCreatedAt: row.createdAt,
        subscription: isSubscriptionStatus(row.status)
          ? { status: row.status, pastDueSince: row.pastDueSince }
          : null,
      },
      now,
    );
  }
}
