import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { API_CONFIG, type ApiConfig } from '../../config/config.js';
import { BadUserInputError, ForbiddenError } from '../../common/errors.js';
import { isManager } from '../../common/client-visibility.js';
import { keysetPage, newestFirst } from '../../common/keyset-page.js';
import type { Connection } from '../../common/pagination.js';
import type { ServiceContext } from '../../common/request-context.js';
import { safeCsv } from '../../common/safe-csv.js';
import type { RequestTransaction } from '../../database/request-transaction.js';
import { AUDIT_ACTIONS, AUDIT_ACTOR_NAMES, type AuditAction } from './audit-actions.js';
import { deviceFingerprint } from './device-fingerprint.js';
import type { AuditLogEntry, AuditLogFilterInput } from './dto/audit-log.types.js';

/** The transaction an entry is written in, the organization it belongs to and, for a person, who acted. */
export interface AuditScope {
  db: RequestTransaction;
  orgId: string;
  userId?: string | null;
}

export interface AuditRecord {
  action: AuditAction;
  /** The record acted on: its kind (`member`, `invitation`, `client`…), id and name at the time. */
  target: { type: string; id?: string | null; label?: string | null };
  metadata?: Record<string, unknown>;
  /** Who acted when no person did: the product itself (`system`) or a Stripe webhook (`stripe`). */
  actor?: 'system' | 'stripe';
}

/** At most this many entries in one CSV export; the retention period bounds the log anyway. */
export const AUDIT_CSV_MAX_ROWS = 100_000;

const ENTRY_COLUMNS = `e.id, e.created_at AS "createdAt", e.actor_kind AS "actorKind",
  e.actor_user_id AS "actorUserId", e.actor_name AS "actorName", e.action, e.target_type AS "targetType",
  e.target_id AS "targetId", e.target_label AS "targetLabel", e.metadata::text AS metadata,
  e.client_address AS "clientAddress", e.request_id AS "requestId"`;

/** The filter's conditions on `e`, from parameter `$2` on (`$1` is the organization). */
const FILTER_CONDITIONS = `e.organization_id = $1
  AND ($2::text IS NULL OR e.action = $2)
  AND ($3::uuid IS NULL OR e.actor_user_id = $3)
  AND ($4::timestamptz IS NULL OR e.created_at >= $4)
  AND ($5::timestamptz IS NULL OR e.created_at < $5)`;

/**
 * The audit log: who did what to which record. Services call `record` inside the transaction of the
 * action itself, so an entry exists exactly when its action committed. The database keeps entries
 * append-only (see the migration); only the retention purge removes old ones.
 */
@Injectable()
export class AuditLogService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(API_CONFIG) private readonly config: ApiConfig,
  ) {}

  async record(scope: AuditScope, entry: AuditRecord): Promise<void> {
    const actorKind = entry.actor ?? (scope.userId ? 'user' : 'system');
    const actorUserId = actorKind === 'user' ? scope.userId! : null;
    const origin = scope.db.origin;
    const manager = await scope.db.primary.manager();
    await manager.query(
      `INSERT INTO audit_log_entries (organization_id, actor_kind, actor_user_id, actor_name, action,
                                      target_type, target_id, target_label, metadata, client_address, request_id)
       VALUES ($1, $2, $3::uuid, coalesce((SELECT left(u.name, 200) FROM users u WHERE u.id = $3::uuid), $4),
               $5, $6, $7, left($8, 500), $9::jsonb, left($10, 100), left($11, 128))`,
      [
        scope.orgId,
        actorKind,
        actorUserId,
        actorKind === 'user' ? '' : AUDIT_ACTOR_NAMES[actorKind],
        entry.action,
        entry.target.type,
        entry.target.id ?? null,
        entry.target.label ?? '',
        JSON.stringify(entry.metadata ?? {}),
        origin?.clientAddress ?? null,
        origin?.requestId ?? null,
      ],
    );
  }

  /**
   * Called where a session is opened: keeps the session's device fingerprint and, when the user has
   * signed in before but never from this device, records `auth.sign_in_new_device` in every organization
   * they are an active member of (a session belongs to none, hence the definer function). The first
   * session of an account is no news and is not recorded.
   */
  async recordSignIn(db: RequestTransaction, userId: string, sessionId: string): Promise<void> {
    const device = deviceFingerprint(db.origin);
    if (!device) return;
    const manager = await db.manager();
    const [seen]: { before: boolean; known: boolean }[] = await manager.query(
      `SELECT EXISTS (SELECT 1 FROM sessions WHERE user_id = $1 AND id <> $2) AS before,
              EXISTS (SELECT 1 FROM sessions WHERE user_id = $1 AND id <> $2 AND device_hash = $3) AS known`,
      [userId, sessionId, device],
    );
    await manager.query('UPDATE sessions SET device_hash = $2 WHERE id = $1', [sessionId, device]);
    if (!seen.before || seen.known) return;
    await manager.query('SELECT record_new_device_sign_in($1, $2, $3, $4, $5)', [
      userId,
      sessionId,
      db.origin?.userAgent ?? null,
      db.origin?.clientAddress ?? null,
      db.origin?.requestId ?? null,
    ]);
  }

  /** Entries newest first, filtered; for owners and admins. */
  async list(
    ctx: ServiceContext,
    filter: AuditLogFilterInput | undefined,
    first: number,
    after?: string | null,
  ): Promise<Connection<AuditLogEntry>> {
    this.assertManager(ctx);
    return keysetPage<AuditLogEntry>(ctx.db, {
      columns: ENTRY_COLUMNS,
      from: `audit_log_entries e WHERE ${FILTER_CONDITIONS}`,
      params: this.filterParams(ctx, filter),
      order: newestFirst('e'),
      first,
      after,
    });
  }

  /** The filtered log as CSV (times in UTC); the export is itself recorded, after the rows are read. */
  async exportCsv(ctx: ServiceContext, filter: AuditLogFilterInput | undefined): Promise<string> {
    this.assertManager(ctx);
    const params = this.filterParams(ctx, filter);
    const manager = await ctx.db.manager();
    const rows: AuditLogEntry[] = await manager.query(
      `SELECT ${ENTRY_COLUMNS} FROM audit_log_entries e WHERE ${FILTER_CONDITIONS}
        ORDER BY e.created_at DESC, e.id DESC LIMIT ${AUDIT_CSV_MAX_ROWS}`,
      params,
    );
    const csv = safeCsv(
      [
        'time_utc',
        'actor',
        'actor_user_id',
        'action',
        'target_type',
        'target_id',
        'target',
        'details',
        'client_address',
        'request_id',
      ],
      rows.map((row) => [
        new Date(row.createdAt).toISOString(),
        row.actorName,
        row.actorUserId,
        row.action,
        row.targetType,
        row.targetId,
        row.targetLabel,
        row.metadata,
        row.clientAddress,
        row.requestId,
      ]),
    );
    await this.record(ctx, {
      action: AUDIT_ACTIONS.EXPORT_AUDIT_LOG,
      target: { type: 'audit_log', label: 'Audit log' },
      metadata: { rows: rows.length, filter: this.describeFilter(filter) },
    });
    return csv;
  }

  get retentionDays(): number {
    return this.config.AUDIT_RETENTION_DAYS;
  }

  /** Removes entries older than the retention period (AUDIT_RETENTION_DAYS), in every organization. */
  async purgeExpired(): Promise<number> {
    const [{ removed }]: { removed: string }[] = await this.dataSource.query(
      'SELECT purge_audit_log($1) AS removed',
      [this.config.AUDIT_RETENTION_DAYS],
    );
    return Number(removed);
  }

  private assertManager(ctx: ServiceContext): void {
    if (!isManager(ctx)) throw new ForbiddenError();
  }

  private filterParams(ctx: ServiceContext, filter: AuditLogFilterInput | undefined): unknown[] {
    const from = filter?.from ?? null;
    const to = filter?.to ?? null;
    if (from && to && from.getTime() > to.getTime()) {
      throw new BadUserInputError([
        { path: 'filter.to', code: 'END_BEFORE_START', message: 'The end must come after the start.' },
      ]);
    }
    return [ctx.orgId, filter?.action ?? null, filter?.actorId ?? null, from, to];
  }

  private describeFilter(filter: AuditLogFilterInput | undefined): Record<string, string> {
    const described: Record<string, string> = {};
    if (filter?.action) described.action = filter.action;
    if (filter?.actorId) described.actorId = filter.actorId;
    if (filter?.from) described.from = filter.from.toISOString();
    if (filter?.to) described.to = filter.to.toISOString();
    return described;
  }
}
