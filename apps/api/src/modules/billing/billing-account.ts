import type { EntityManager } from 'typeorm';
import {
  COACHING_ROLES,
  isBillingPlan,
  isSubscriptionStatus,
  type BillingPlan,
  type SeatUsage,
  type SubscriptionStatus,
} from '@rebound/domain';

/** An organization's billing row as read inside its own tenant transaction. */
export interface BillingAccount {
  customerId: string;
  subscriptionId: string | null;
  subscriptionItemId: string | null;
  plan: BillingPlan | null;
  status: SubscriptionStatus | null;
  quantity: number | null;
  trialEndsAt: Date | null;
  currentPeriodEndsAt: Date | null;
  cancelAtPeriodEnd: boolean;
  pastDueSince: Date | null;
  seatSyncVersion: number;
}

interface BillingAccountRow extends Omit<BillingAccount, 'plan' | 'status'> {
  plan: string | null;
  status: string | null;
}

const COLUMNS = `stripe_customer_id AS "customerId", stripe_subscription_id AS "subscriptionId",
  stripe_subscription_item_id AS "subscriptionItemId", plan, status, quantity, trial_ends_at AS "trialEndsAt",
  current_period_ends_at AS "currentPeriodEndsAt", cancel_at_period_end AS "cancelAtPeriodEnd",
  past_due_since AS "pastDueSince", seat_sync_version AS "seatSyncVersion"`;

/** The organization's billing account, or null before its first checkout; `lock` holds it until commit. */
export async function findBillingAccount(
  manager: EntityManager,
  orgId: string,
  lock = false,
): Promise<BillingAccount | null> {
  const rows: BillingAccountRow[] = await manager.query(
    `SELECT ${COLUMNS} FROM billing_accounts WHERE organization_id = $1${lock ? ' FOR UPDATE' : ''}`,
    [orgId],
  );
  const row = rows[0];
  if (!row) return null;
  return {
    ...row,
    plan: isBillingPlan(row.plan) ? row.plan : null,
    status: isSubscriptionStatus(row.status) ? row.status : null,
  };
}

/**
 * Who the plans count: members who can hold a caseload (owners, admins, coaches) and active clients.
 * With `pending`, open invitations count too, so that invitations cannot overshoot a limit.
 */
export async function seatUsage(manager: EntityManager, orgId: string, pending: boolean): Promise<SeatUsage> {
  const [row]: { coaches: number; activeClients: number }[] = await manager.query(
    `SELECT
       (SELECT count(*) FROM memberships WHERE organization_id = $1 AND status = 'active' AND role = ANY($2))
       + CASE WHEN $3 THEN (SELECT count(*) FROM invitations WHERE organization_id = $1 AND role = ANY($2)
                              AND accepted_at IS NULL AND revoked_at IS NULL AND expires_at > now())
         ELSE 0 END AS coaches,
       (SELECT count(*) FROM clients WHERE organization_id = $1 AND status = 'active')
       + CASE WHEN $3 THEN (SELECT count(*) FROM invitations i WHERE i.organization_id = $1 AND i.role = 'client'
                              AND i.accepted_at IS NULL AND i.revoked_at IS NULL AND i.expires_at > now()
                              AND NOT EXISTS (SELECT 1 FROM clients c WHERE c.organization_id = i.organization_id
                                                AND c.status = 'active' AND lower(c.email) = lower(i.email)))
         ELSE 0 END AS "activeClients"`,
    [orgId, COACHING_ROLES, pending],
  );
  return { coaches: Number(row.coaches), activeClients: Number(row.activeClients) };
}
