import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { COACHING_ROLES, normalizeEmail } from '@rebound/domain';
import {
  clientFilterConditions,
  CLIENTS_BY_NAME,
  isStaff,
  visibleClientCondition,
} from '../../common/client-visibility.js';
import { BadUserInputError, ForbiddenError, NotFoundError } from '../../common/errors.js';
import { updateVersioned } from '../../common/optimistic-lock.js';
import { keysetPage } from '../../common/keyset-page.js';
import type { Connection } from '../../common/pagination.js';
import type { ServiceContext } from '../../common/request-context.js';
import { groupBy } from '../../common/request-loaders.js';
import { BillingService } from '../billing/billing.service.js';
import { SeatSyncService } from '../billing/seat-sync.service.js';
import { NotificationEventsService } from '../notifications/notification-events.service.js';
import type {
  Client,
  ClientCoach,
  ClientFilter,
  CoachAssignmentInput,
  CreateClientInput,
  UpdateClientInput,
} from './dto/client.types.js';
import { AUDIT_ACTIONS } from '../audit/audit-actions.js';
import { IMPORT_ROWS_OF_CLIENT } from './client-import-rows.js';
import { AuditLogService } from '../audit/audit-log.service.js';

/** What a client's fields are read from (table alias `c`), by field. */
const CLIENT_FIELDS: [expression: string, field: keyof Client][] = [
  ['c.id', 'id'],
  ['c.name', 'name'],
  ['c.email', 'email'],
  ['c.status', 'status'],
  ['c.target_roles', 'targetRoles'],
  ['c.industries', 'industries'],
  ['c.locations', 'locations'],
  ['c.membership_id IS NOT NULL', 'hasAccount'],
  ['c.status_changed_at', 'statusChangedAt'],
  ['c.version', 'version'],
  ['c.created_at', 'createdAt'],
  ['c.updated_at', 'updatedAt'],
];

/**
 * A client's columns; with `fields`, only those (and the id, which its relations load by), as a list
 * that answers only some of a client's fields does (the caseload).
 */
export function clientColumns(fields?: ReadonlySet<string>): string {
  return CLIENT_FIELDS.filter(([, field]) => !fields || field === 'id' || fields.has(field))
    .map(([expression, field]) => `${expression} AS "${field}"`)
    .join(', ');
}

export const CLIENT_COLUMNS = clientColumns();

const tidy = (values?: string[]) => [...new Set((values ?? []).map((value) => value.trim()).filter(Boolean))];

@Injectable()
export class ClientService {
  constructor(
    private readonly billing: BillingService,
    private readonly seats: SeatSyncService,
    private readonly notifications: NotificationEventsService,
    private readonly auditLog: AuditLogService,
  ) {}

  async list(
    ctx: ServiceContext,
    first: number,
    after: string | null | undefined,
    filter: ClientFilter = {},
  ): Promise<Connection<Client>> {
    const params: unknown[] = [ctx.orgId];
    const conditions = ['c.organization_id = $1', visibleClientCondition(ctx, 'c', params)];
    conditions.push(...clientFilterConditions('c', params, filter));
    return keysetPage<Client>(ctx.db, {
      columns: CLIENT_COLUMNS,
      from: `clients c WHERE ${conditions.join(' AND ')}`,
      params,
      order: CLIENTS_BY_NAME,
      first,
      after,
    });
  }

  async find(ctx: ServiceContext, id: string): Promise<Client> {
    const params: unknown[] = [ctx.orgId, id];
    const manager = await ctx.db.manager();
    const rows: Client[] = await manager.query(
      `SELECT ${CLIENT_COLUMNS} FROM clients c
        WHERE c.organization_id = $1 AND c.id = $2 AND ${visibleClientCondition(ctx, 'c', params)}`,
      params,
    );
    if (!rows.length) throw new NotFoundError('Client');
    return rows[0];
  }

  /** Clients by id for DataLoaders: only the ones the viewer may see. */
  async findMany(ctx: ServiceContext, ids: readonly string[]): Promise<Map<string, Client>> {
    const params: unknown[] = [ctx.orgId, ids];
    const manager = await ctx.db.manager();
    const rows: Client[] = await manager.query(
      `SELECT ${CLIENT_COLUMNS} FROM clients c
        WHERE c.organization_id = $1 AND c.id = ANY($2) AND ${visibleClientCondition(ctx, 'c', params)}`,
      params,
    );
    return new Map(rows.map((row) => [row.id, row]));
  }

  /** Staff add clients; a coach's new client joins their own caseload as primary. */
  async create(ctx: ServiceContext, input: CreateClientInput): Promise<Client> {
    if (!isStaff(ctx)) throw new ForbiddenError();
    const primaryCoachId = ctx.role === 'coach' ? ctx.membershipId : input.primaryCoachId;
    const manager = await ctx.db.manager();
    if (primaryCoachId && primaryCoachId !== ctx.membershipId)
      await this.assertCoach(ctx, primaryCoachId, 'input.primaryCoachId');
    const id = input.id ?? randomUUID();
    await this.billing.assertSeatAvailable(ctx, 'client');
    const inserted: { id: string }[] = await manager.query(
      `INSERT INTO clients (organization_id, id, name, email, target_roles, industries, locations)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (organization_id, id) DO NOTHING RETURNING id`,
      [
        ctx.orgId,
        id,
        input.name.trim(),
        input.email ? normalizeEmail(input.email) : null,
        tidy(input.targetRoles),
        tidy(input.industries),
        tidy(input.locations),
      ],
    );
    // The same id again is a retry of a create that already happened: answer with what it made.
    if (!inserted.length) return this.find(ctx, id);
    this.seats.afterSeatChange(ctx.db, ctx.orgId);
    if (primaryCoachId) {
      await manager.query(
        `INSERT INTO coach_assignments (organization_id, coach_membership_id, client_id, is_primary) VALUES ($1, $2, $3, true)`,
        [ctx.orgId, primaryCoachId, id],
      );
    }
    return this.find(ctx, id);
  }

  /**
   * Staff edit every field of clients they can see; a client edits their own search profile (target
   * roles, industries, locations) and nothing else.
   */
  async update(ctx: ServiceContext, input: UpdateClientInput): Promise<Client> {
    const current = await this.find(ctx, input.id);
    if (!isStaff(ctx)) {
      const staffOnly = (['name', 'email', 'status'] as const).filter((field) => input[field] !== undefined);
      if (staffOnly.length) {
        throw new BadUserInputError(
          staffOnly.map((field) => ({
            path: `input.${field}`,
            code: 'COACH_ONLY_FIELD',
            message: 'Only your coach can change this.',
          })),
        );
      }
    }
    if (input.status === 'active' && current.status !== 'active') {
      await this.billing.assertSeatAvailable(ctx, 'client', 'input.status');
    }
    const manager = await ctx.db.manager();
    await updateVersioned(
      manager,
      `UPDATE clients SET name = $4, email = $5, status = $6, target_roles = $7, industries = $8, locations = $9,
              version = version + 1, updated_at = now()
        WHERE organization_id = $1 AND id = $2 AND version = $3 RETURNING id`,
      [
        ctx.orgId,
        input.id,
        input.version,
        input.name?.trim() ?? current.name,
        input.email === undefined ? current.email : input.email && normalizeEmail(input.email),
        input.status ?? current.status,
        input.targetRoles ? tidy(input.targetRoles) : current.targetRoles,
        input.industries ? tidy(input.industries) : current.industries,
        input.locations ? tidy(input.locations) : current.locations,
      ],
      { table: 'clients', orgId: ctx.orgId, id: input.id, what: 'Client' },
    );
    if (input.status !== undefined && input.status !== current.status) {
      await manager.query(
        `INSERT INTO client_lifecycle_events (organization_id, client_id, kind, from_status, to_status, changed_by_user_id)
         VALUES ($1, $2, 'status', $3, $4, $5)`,
        [ctx.orgId, input.id, current.status, input.status, ctx.userId],
      );
      await manager.query(
        'UPDATE clients SET status_changed_at = now() WHERE organization_id = $1 AND id = $2',
        [ctx.orgId, input.id],
      );
      this.seats.afterSeatChange(ctx.db, ctx.orgId);
    }
    return this.find(ctx, input.id);
  }

  /** Deleting erases the client and everything recorded about them; archiving (status) keeps it. */
  async delete(ctx: ServiceContext, id: string): Promise<boolean> {
    const client = await this.find(ctx, id);
    const manager = await ctx.db.manager();
    // Rows of agencies' uploaded files that name the client keep their place in their import (its counts
    // and problem report read them) but lose every cell.
    await manager.query(
      `UPDATE candidate_import_rows r
          SET cells = '{}', email = NULL, name = NULL, phone = NULL, target_roles = NULL, locations = NULL,
              tags = NULL, existing_client_id = NULL
        WHERE r.organization_id = $1 AND ${IMPORT_ROWS_OF_CLIENT('r', '$2')}`,
      [ctx.orgId, id],
    );
    await manager.query('DELETE FROM clients WHERE organization_id = $1 AND id = $2', [ctx.orgId, id]);
    await this.auditLog.record(ctx, {
      action: AUDIT_ACTIONS.CLIENT_DELETED,
      target: { type: 'client', id, label: client.name },
      metadata: { email: client.email },
    });
    this.seats.afterSeatChange(ctx.db, ctx.orgId);
    return true;
  }

  async assignCoach(ctx: ServiceContext, input: CoachAssignmentInput): Promise<Client> {
    await this.find(ctx, input.clientId);
    await this.assertCoach(ctx, input.coachId, 'input.coachId');
    const manager = await ctx.db.manager();
    if (input.primary) {
      await manager.query(
        'UPDATE coach_assignments SET is_primary = false WHERE organization_id = $1 AND client_id = $2 AND is_primary',
        [ctx.orgId, input.clientId],
      );
    }
    const [assignment]: { id: string }[] = await manager.query(
      `INSERT INTO coach_assignments (organization_id, coach_membership_id, client_id, is_primary)
       VALUES ($1, $2, $3, $4 OR NOT EXISTS (SELECT 1 FROM coach_assignments WHERE organization_id = $1 AND client_id = $3 AND is_primary))
       ON CONFLICT (organization_id, coach_membership_id, client_id) DO UPDATE SET is_primary = coach_assignments.is_primary OR $4
       RETURNING id`,
      [ctx.orgId, input.coachId, input.clientId, input.primary],
    );
    const client = await this.find(ctx, input.clientId);
    await this.announceAssignment(ctx, client, input.coachId, assignment.id);
    return client;
  }

  async unassignCoach(ctx: ServiceContext, clientId: string, coachId: string): Promise<Client> {
    await this.find(ctx, clientId);
    const manager = await ctx.db.manager();
    await manager.query(
      'DELETE FROM coach_assignments WHERE organization_id = $1 AND client_id = $2 AND coach_membership_id = $3',
      [ctx.orgId, clientId, coachId],
    );
    return this.find(ctx, clientId);
  }

  async coachesOf(ctx: ServiceContext, clientIds: readonly string[]): Promise<Map<string, ClientCoach[]>> {
    const manager = await ctx.db.manager();
    const rows: ClientCoach[] = await manager.query(
      `SELECT a.client_id AS "clientId", a.coach_membership_id AS "memberId", u.name, a.is_primary AS primary
         FROM coach_assignments a JOIN memberships m ON m.organization_id = a.organization_id AND m.id = a.coach_membership_id
         JOIN users u ON u.id = m.user_id
        WHERE a.organization_id = $1 AND a.client_id = ANY($2)
        ORDER BY a.is_primary DESC, lower(u.name)`,
      [ctx.orgId, clientIds],
    );
    return groupBy(rows, (row) => row.clientId);
  }

  /** The coach hears about a client newly in their caseload (once per client and coach). */
  private async announceAssignment(
    ctx: ServiceContext,
    client: Client,
    coachId: string,
    assignmentId: string,
  ): Promise<void> {
    const manager = await ctx.db.manager();
    const [coach]: { userId: string }[] = await manager.query(
      'SELECT user_id AS "userId" FROM memberships WHERE organization_id = $1 AND id = $2',
      [ctx.orgId, coachId],
    );
    await this.notifications.publish(ctx.db, ctx.orgId, {
      kind: 'client_assigned',
      audience: { users: [coach.userId] },
      actorUserId: ctx.userId,
      title: 'A client joined your caseload',
      body: client.name,
      link: `/caseload/${client.id}`,
      key: `client-assigned:${assignmentId}`,
    });
  }

  private async assertCoach(ctx: ServiceContext, membershipId: string, field: string): Promise<void> {
    const manager = await ctx.db.manager();
    const rows = await manager.query(
      `SELECT 1 FROM memberships WHERE organization_id = $1 AND id = $2 AND status = 'active'
          AND role = ANY($3)`,
      [ctx.orgId, membershipId, COACHING_ROLES],
    );
    if (!rows.length) throw new NotFoundError(`The coach in ${field}`);
  }
}
