import { Injectable } from '@nestjs/common';
import { isManager } from '../../common/client-visibility.js';
import { ConflictError, ForbiddenError, NotFoundError } from '../../common/errors.js';
import { keysetPage, newestFirst } from '../../common/keyset-page.js';
import type { Connection } from '../../common/pagination.js';
import type { ServiceContext } from '../../common/request-context.js';
import { IMPORT_ROWS_OF_CLIENT } from '../clients/client-import-rows.js';
import { ClientService } from '../clients/client.service.js';
import type { DeletionRequest } from './dto/privacy.types.js';
import { AUDIT_ACTIONS } from '../audit/audit-actions.js';
import { AuditLogService } from '../audit/audit-log.service.js';

const REQUEST_COLUMNS = `d.id, d.client_id AS "clientId", c.name AS "clientName", d.note, d.created_at AS "createdAt"`;

/** A row as JSON without the tenant column (and without `drop`, for fields that are not the client's). */
const asJson = (alias: string, drop: string[] = [], orderBy = 'created_at') =>
  `coalesce(jsonb_agg(to_jsonb(${alias}) - 'organization_id'${drop.map((field) => ` - '${field}'`).join('')} ORDER BY ${alias}.${orderBy}), '[]'::jsonb)`;

/**
 * What a client may do about the data kept on them: take a copy of all of it, and ask for it to be
 * erased, which an owner or admin confirms (the erasure itself is `ClientService.delete`).
 */
@Injectable()
export class PrivacyService {
  constructor(
    private readonly clients: ClientService,
    private readonly auditLog: AuditLogService,
  ) {}

  /** The client record of the signed-in client. */
  private async ownClientId(ctx: ServiceContext): Promise<string> {
    if (ctx.role !== 'client') throw new ForbiddenError('Only a client has data of their own here.');
    const manager = await ctx.db.manager();
    const rows: { id: string }[] = await manager.query(
      'SELECT id FROM clients WHERE organization_id = $1 AND membership_id = $2',
      [ctx.orgId, ctx.membershipId],
    );
    if (!rows.length) throw new NotFoundError('Your client profile');
    return rows[0].id;
  }

  /**
   * Everything recorded about the signed-in client in this organization, as one JSON document. The
   * coach's private notes are the coach's working notes, not the client's data, and are left out.
   */
  async export(ctx: ServiceContext): Promise<string> {
    const clientId = await this.ownClientId(ctx);
    const manager = await ctx.db.manager();
    const params = [ctx.orgId, clientId];
    const [row] = await manager.query(
      `SELECT jsonb_build_object(
         'exportedAt', now(),
         'organization', (SELECT jsonb_build_object('name', o.name, 'slug', o.slug) FROM organizations o WHERE o.id = $1),
         'account', (SELECT jsonb_build_object('name', u.name, 'email', u.email) FROM users u WHERE u.id = $3),
         'profile', (SELECT to_jsonb(c) - 'organization_id' - 'membership_id' FROM clients c
                      WHERE c.organization_id = $1 AND c.id = $2),
         'applications', (SELECT ${asJson('a')} FROM applications a WHERE a.organization_id = $1 AND a.client_id = $2),
         'stageHistory', (SELECT coalesce(jsonb_agg(to_jsonb(e) - 'organization_id' - 'changed_by_user_id' ORDER BY e.changed_at), '[]'::jsonb)
                            FROM application_stage_events e JOIN applications a
                              ON a.organization_id = e.organization_id AND a.id = e.application_id
                           WHERE e.organization_id = $1 AND a.client_id = $2),
         'rejections', (SELECT ${asJson('r', ['coach_private_notes'])} FROM rejections r
                          WHERE r.organization_id = $1 AND r.client_id = $2),
         'feedbackRequests', (SELECT ${asJson('f')} FROM feedback_requests f JOIN rejections r
                                ON r.organization_id = f.organization_id AND r.id = f.rejection_id
                               WHERE f.organization_id = $1 AND r.client_id = $2),
         'exercises', (SELECT ${asJson('x')} FROM exercise_assignments x WHERE x.organization_id = $1 AND x.client_id = $2),
         'planGoals', (SELECT ${asJson('g')} FROM plan_goals g WHERE g.organization_id = $1 AND g.client_id = $2),
         'planItems', (SELECT ${asJson('i')} FROM plan_items i WHERE i.organization_id = $1 AND i.client_id = $2),
         'planComments', (SELECT ${asJson('k')} FROM plan_item_comments k JOIN plan_items i
                            ON i.organization_id = k.organization_id AND i.id = k.item_id
                           WHERE k.organization_id = $1 AND i.client_id = $2),
         'planActivity', (SELECT ${asJson('p')} FROM plan_activity p WHERE p.organization_id = $1 AND p.client_id = $2),
         'notifications', (SELECT ${asJson('n')} FROM notifications n WHERE n.organization_id = $1 AND n.user_id = $3),
         'deletionRequests', (SELECT ${asJson('d')} FROM deletion_requests d WHERE d.organization_id = $1 AND d.client_id = $2),
         'statusHistory', (SELECT ${asJson('l', [], 'changed_at')} FROM client_lifecycle_events l
                             WHERE l.organization_id = $1 AND l.client_id = $2),
         'submissions', (SELECT ${asJson('s')} FROM candidate_submissions s WHERE s.organization_id = $1 AND s.client_id = $2),
         'forwardedEmails', (SELECT ${asJson('m', [], 'received_at')} FROM inbound_emails m
                               WHERE m.organization_id = $1 AND m.client_id = $2),
         'importedRows', (SELECT coalesce(jsonb_agg(jsonb_build_object('line', r.line, 'cells', r.cells)
                                                    ORDER BY r.import_id, r.ordinal), '[]'::jsonb)
                            FROM candidate_import_rows r
                           WHERE r.organization_id = $1 AND ${IMPORT_ROWS_OF_CLIENT('r', '$2')})
       ) AS document`,
      [...params, ctx.userId],
    );
    await this.auditLog.record(ctx, {
      action: AUDIT_ACTIONS.EXPORT_CLIENT_DATA,
      target: { type: 'client', id: clientId, label: row.document.profile?.name ?? '' },
    });
    return JSON.stringify(row.document, null, 2);
  }

  /** The signed-in client's pending request, if any. */
  async mine(ctx: ServiceContext): Promise<DeletionRequest | null> {
    const clientId = await this.ownClientId(ctx);
    const manager = await ctx.db.manager();
    const rows: DeletionRequest[] = await manager.query(
      `SELECT ${REQUEST_COLUMNS} FROM deletion_requests d
         JOIN clients c ON c.organization_id = d.organization_id AND c.id = d.client_id
        WHERE d.organization_id = $1 AND d.client_id = $2 AND d.status = 'pending'`,
      [ctx.orgId, clientId],
    );
    return rows[0] ?? null;
  }

  async request(ctx: ServiceContext, note: string | undefined): Promise<DeletionRequest> {
    const clientId = await this.ownClientId(ctx);
    const manager = await ctx.db.manager();
    const inserted: { id: string }[] = await manager.query(
      `INSERT INTO deletion_requests (organization_id, client_id, requested_by_user_id, note)
       VALUES ($1, $2, $3, $4) ON CONFLICT (organization_id, client_id) WHERE status = 'pending' DO NOTHING
       RETURNING id`,
      [ctx.orgId, clientId, ctx.userId, note?.trim() ?? ''],
    );
    if (!inserted.length) {
      throw new ConflictError(
        'DELETION_ALREADY_REQUESTED',
        'You already asked for your data to be deleted.',
        'input',
      );
    }
    const request = (await this.mine(ctx))!;
    await this.auditLog.record(ctx, {
      action: AUDIT_ACTIONS.DELETION_REQUESTED,
      target: { type: 'deletion_request', id: inserted[0].id, label: request.clientName },
    });
    return request;
  }

  /** Withdraws the pending request; answers whether there was one. */
  async withdraw(ctx: ServiceContext): Promise<boolean> {
    const clientId = await this.ownClientId(ctx);
    const manager = await ctx.db.manager();
    const rows = await manager.query(
      `UPDATE deletion_requests SET status = 'withdrawn', decided_at = now()
        WHERE organization_id = $1 AND client_id = $2 AND status = 'pending' RETURNING id`,
      [ctx.orgId, clientId],
    );
    if (rows.length) {
      await this.auditLog.record(ctx, {
        action: AUDIT_ACTIONS.DELETION_REQUEST_WITHDRAWN,
        target: { type: 'deletion_request', id: rows[0].id, label: await this.clientName(ctx, clientId) },
      });
    }
    return rows.length > 0;
  }

  /** Pending requests, oldest first: for owners and admins. */
  async list(
    ctx: ServiceContext,
    first: number,
    after: string | null | undefined,
  ): Promise<Connection<DeletionRequest>> {
    if (!isManager(ctx)) throw new ForbiddenError();
    return keysetPage<DeletionRequest>(ctx.db, {
      columns: REQUEST_COLUMNS,
      from: `deletion_requests d JOIN clients c ON c.organization_id = d.organization_id AND c.id = d.client_id
        WHERE d.organization_id = $1 AND d.status = 'pending'`,
      params: [ctx.orgId],
      order: { ...newestFirst('d'), direction: 'ASC' },
      first,
      after,
    });
  }

  /** Confirms a pending request: the client and everything recorded about them are erased. */
  async confirm(ctx: ServiceContext, id: string): Promise<boolean> {
    if (!isManager(ctx)) throw new ForbiddenError();
    const manager = await ctx.db.manager();
    const rows: { clientId: string }[] = await manager.query(
      `SELECT client_id AS "clientId" FROM deletion_requests
        WHERE organization_id = $1 AND id = $2 AND status = 'pending' FOR UPDATE`,
      [ctx.orgId, id],
    );
    if (!rows.length) throw new NotFoundError('Deletion request');
    await this.auditLog.record(ctx, {
      action: AUDIT_ACTIONS.DELETION_REQUEST_CONFIRMED,
      target: { type: 'deletion_request', id, label: await this.clientName(ctx, rows[0].clientId) },
      metadata: { clientId: rows[0].clientId },
    });
    return this.clients.delete(ctx, rows[0].clientId);
  }

  private async clientName(ctx: ServiceContext, clientId: string): Promise<string> {
    const manager = await ctx.db.manager();
    const [client]: { name: string }[] = await manager.query(
      'SELECT name FROM clients WHERE organization_id = $1 AND id = $2',
      [ctx.orgId, clientId],
    );
    return client?.name ?? '';
  }
}
