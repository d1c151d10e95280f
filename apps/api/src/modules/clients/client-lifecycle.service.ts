import { Injectable } from '@nestjs/common';
import { COACHING_ROLES } from '@rebound/domain';
import { isManager, isStaff, visibleClientCondition } from '../../common/client-visibility.js';
import { ForbiddenError, NotFoundError } from '../../common/errors.js';
import type { ServiceContext } from '../../common/request-context.js';
import { groupBy } from '../../common/request-loaders.js';
import { BillingService } from '../billing/billing.service.js';
import { SeatSyncService } from '../billing/seat-sync.service.js';
import { NotificationEventsService } from '../notifications/notification-events.service.js';
import type {
  ChangeClientStatusInput,
  ClientLifecycleEvent,
  LifecycleChangeResult,
  ReassignClientsInput,
} from './dto/client-lifecycle.types.js';

interface LockedClient {
  id: string;
  name: string;
  status: string;
  primaryCoachId: string | null;
}

/**
 * A client's lifecycle: active, paused, placed (the outcome coaching is for) or archived, and who their
 * primary coach is. Every change is one row of history with its date, reason and author, from the client
 * page (one id) or the caseload (many); either every client named changes or none does.
 */
@Injectable()
export class ClientLifecycleService {
  constructor(
    private readonly billing: BillingService,
    private readonly seats: SeatSyncService,
    private readonly notifications: NotificationEventsService,
  ) {}

  async changeStatus(ctx: ServiceContext, input: ChangeClientStatusInput): Promise<LifecycleChangeResult> {
    if (!isStaff(ctx)) throw new ForbiddenError('Only your coach changes your status.');
    const clients = await this.lockVisible(ctx, input.clientIds);
    const moving = clients.filter((client) => client.status !== input.status);
    if (!moving.length) return { changed: 0 };
    const activating = moving.length && input.status === 'active' ? moving.length : 0;
    if (activating) await this.billing.assertSeatAvailable(ctx, 'client', 'input.status', activating);
    const manager = await ctx.db.manager();
    const ids = moving.map((client) => client.id);
    await manager.query(
      `WITH changed AS (
         UPDATE clients c SET status = $3, status_changed_at = now(), version = version + 1, updated_at = now()
           FROM unnest($2::uuid[], $5::text[]) AS before (id, status)
          WHERE c.organization_id = $1 AND c.id = before.id
          RETURNING c.id, before.status AS from_status)
       INSERT INTO client_lifecycle_events (organization_id, client_id, kind, from_status, to_status, reason, changed_by_user_id)
       SELECT $1, id, 'status', from_status, $3, $4, $6 FROM changed`,
      [ctx.orgId, ids, input.status, input.reason.trim(), moving.map((client) => client.status), ctx.userId],
    );
    // Active clients are what some plans count.
    if (moving.some((client) => client.status === 'active') || activating)
      this.seats.afterSeatChange(ctx.db, ctx.orgId);
    return { changed: moving.length };
  }

  /**
   * Makes `coachId` the primary coach of each client. The previous primary coach leaves the client's
   * coaches (other coaches stay); history keeps who it was.
   */
  async reassign(ctx: ServiceContext, input: ReassignClientsInput): Promise<LifecycleChangeResult> {
    if (!isManager(ctx)) throw new ForbiddenError('Owners and admins move clients.');
    const manager = await ctx.db.manager();
    const coach: { userId: string }[] = await manager.query(
      `SELECT user_id AS "userId" FROM memberships WHERE organization_id = $1 AND id = $2 AND status = 'active'
          AND role = ANY($3)`,
      [ctx.orgId, input.coachId, COACHING_ROLES],
    );
    if (!coach.length) throw new NotFoundError('The coach in input.coachId');
    const clients = await this.lockVisible(ctx, input.clientIds);
    const moving = clients.filter((client) => client.primaryCoachId !== input.coachId);
    if (!moving.length) return { changed: 0 };
    const ids = moving.map((client) => client.id);
    await manager.query(
      `DELETE FROM coach_assignments WHERE organization_id = $1 AND client_id = ANY($2) AND is_primary`,
      [ctx.orgId, ids],
    );
    await manager.query(
      `INSERT INTO coach_assignments (organization_id, coach_membership_id, client_id, is_primary)
       SELECT $1, $2, id, true FROM unnest($3::uuid[]) AS id
       ON CONFLICT (organization_id, coach_membership_id, client_id) DO UPDATE SET is_primary = true`,
      [ctx.orgId, input.coachId, ids],
    );
    const events: { id: string; clientId: string }[] = await manager.query(
      `INSERT INTO client_lifecycle_events (organization_id, client_id, kind, from_coach_membership_id, to_coach_membership_id, reason, changed_by_user_id)
       SELECT $1, id, 'coach', previous, $3, $4, $5 FROM unnest($2::uuid[], $6::uuid[]) AS moved (id, previous)
       RETURNING id, client_id AS "clientId"`,
      [
        ctx.orgId,
        ids,
        input.coachId,
        input.reason.trim(),
        ctx.userId,
        moving.map((client) => client.primaryCoachId),
      ],
    );
    for (const client of moving) {
      const event = events.find((row) => row.clientId === client.id)!;
      await this.notifications.publish(ctx.db, ctx.orgId, {
        kind: 'client_assigned',
        audience: { users: [coach[0].userId] },
        actorUserId: ctx.userId,
        title: 'A client joined your caseload',
        body: client.name,
        link: `/caseload/${client.id}`,
        key: `client-reassigned:${event.id}`,
      });
    }
    return { changed: moving.length };
  }

  async historyOf(
    ctx: ServiceContext,
    clientIds: readonly string[],
  ): Promise<Map<string, ClientLifecycleEvent[]>> {
    const manager = await ctx.db.manager();
    const rows: (ClientLifecycleEvent & { clientId: string })[] = await manager.query(
      `SELECT e.client_id AS "clientId", e.id, e.kind, e.from_status AS "fromStatus", e.to_status AS "toStatus",
              fu.name AS "fromCoachName", tu.name AS "toCoachName", e.reason, cu.name AS "changedByName",
              e.changed_at AS "changedAt"
         FROM client_lifecycle_events e
         LEFT JOIN memberships fm ON fm.organization_id = e.organization_id AND fm.id = e.from_coach_membership_id
         LEFT JOIN users fu ON fu.id = fm.user_id
         LEFT JOIN memberships tm ON tm.organization_id = e.organization_id AND tm.id = e.to_coach_membership_id
         LEFT JOIN users tu ON tu.id = tm.user_id
         LEFT JOIN users cu ON cu.id = e.changed_by_user_id
        WHERE e.organization_id = $1 AND e.client_id = ANY($2)
        ORDER BY e.changed_at DESC, e.id`,
      [ctx.orgId, clientIds],
    );
    return groupBy(rows, (row) => row.clientId);
  }

  /** The named clients the viewer may see, locked until commit; NOT_FOUND when any of them is not. */
  private async lockVisible(ctx: ServiceContext, clientIds: readonly string[]): Promise<LockedClient[]> {
    const ids = [...new Set(clientIds)];
    const params: unknown[] = [ctx.orgId, ids];
    const manager = await ctx.db.manager();
    const rows: LockedClient[] = await manager.query(
      `SELECT c.id, c.name, c.status,
              (SELECT a.coach_membership_id FROM coach_assignments a
                WHERE a.organization_id = c.organization_id AND a.client_id = c.id AND a.is_primary) AS "primaryCoachId"
         FROM clients c
        WHERE c.organization_id = $1 AND c.id = ANY($2) AND ${visibleClientCondition(ctx, 'c', params)}
        ORDER BY c.id FOR UPDATE OF c`,
      params,
    );
    if (rows.length !== ids.length) throw new NotFoundError('Client');
    return rows;
  }
}
