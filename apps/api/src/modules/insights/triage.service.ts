import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { clientInsights, triageScore } from '@rebound/domain';
import { clientFilterConditions, isStaff, visibleClientCondition } from '../../common/client-visibility.js';
import { todayUtc } from '../../common/date-only.js';
import { ForbiddenError } from '../../common/errors.js';
import { decodeCursor, pageSize, toConnection } from '../../common/keyset-page.js';
import type { Connection } from '../../common/pagination.js';
import type { ServiceContext } from '../../common/request-context.js';
import { forEachTenant } from '../../database/per-tenant.js';
import type { RequestTransaction } from '../../database/request-transaction.js';
import { clientColumns } from '../clients/client.service.js';
import { RejectionService, prefixedRejection } from '../rejections/rejection.service.js';
import type { Client, ClientFilter } from '../clients/dto/client.types.js';
import { ClientHistoryService } from './client-history.service.js';
import type { CaseloadCounts, CaseloadEntry, CaseloadSort } from './dto/caseload.types.js';
import type { TriageReason } from './dto/insight.types.js';

/** Without a status filter, a caseload shows the clients still searching. */
const DEFAULT_STATUSES = ['active', 'paused'];

/** Each caseload row carries the client's last rejection, its columns prefixed. */
const LAST_REJECTION_PREFIX = 'lastRejection.';

/**
 * The fields of each entry's client and last rejection an operation asks for: the page reads only their
 * columns (a rejection's email and notes are long texts a caseload rarely shows). Undefined: all of them.
 */
export interface CaseloadSelection {
  client?: ReadonlySet<string>;
  lastRejection?: ReadonlySet<string>;
}

/** Recomputed rows from which a caseload request refreshes the table's statistics (see the migration). */
const MANY_RECOMPUTED = 1_000;

/** A caseload row's columns that are not the client's own. */
const ENTRY_COLUMNS = new Set([
  'total',
  'stale',
  'rolling',
  'score',
  'reasons',
  'insightCount',
  'counts',
  'scoreKey',
]);

const DAY_MS = 86_400_000;

/** A stale row that yesterday's computation already prepared today's figures for (`t`: the triage row). */
const ROLLS = `(t.computed_on = $TODAY - 1 AND t.next_score IS NOT NULL)`;

/**
 * One statement's answer: the caseload's size, its triage rows to recompute (`stale`) and those computed
 * yesterday whose figures for today are ready (`rolling`), on every row of the page (with
 * the client's columns, the triage figures and the last rejection's); one row with `id` null when the
 * page is empty.
 */
type CaseloadRow = Client & {
  total: number;
  stale: string[];
  rolling: string[];
  score: number;
  reasons: TriageReason[];
  insightCount: number;
  counts: CaseloadCounts;
  scoreKey: string;
};

/** Open work per client, counted in SQL when a triage row is (re)computed; `c` is the client. */
const COUNTS_SQL = `jsonb_build_object(
  'applications', (SELECT count(*) FROM applications a WHERE a.organization_id = c.organization_id AND a.client_id = c.id),
  'openApplications', (SELECT count(*) FROM applications a WHERE a.organization_id = c.organization_id
      AND a.client_id = c.id AND a.closed_at IS NULL),
  'rejections', (SELECT count(*) FROM rejections r WHERE r.organization_id = c.organization_id AND r.client_id = c.id),
  'overdueExercises', (SELECT count(*) FROM exercise_assignments e WHERE e.organization_id = c.organization_id
      AND e.client_id = c.id AND e.status IN ('assigned', 'in_progress') AND e.due_on < $TODAY::date),
  'submissionsToReview', (SELECT count(*) FROM exercise_assignments e WHERE e.organization_id = c.organization_id
      AND e.client_id = c.id AND e.status = 'submitted'),
  'openPlanItems', (SELECT count(*) FROM plan_items p WHERE p.organization_id = c.organization_id
      AND p.client_id = c.id AND p.status IN ('todo', 'doing')),
  'pendingFeedbackRequests', (SELECT count(*) FROM feedback_requests f JOIN rejections r
      ON r.organization_id = f.organization_id AND r.id = f.rejection_id
      WHERE f.organization_id = c.organization_id AND r.client_id = c.id AND f.status = 'sent'))`;

const LAST_REJECTION_SQL = `(SELECT r.id FROM rejections r WHERE r.organization_id = c.organization_id AND r.client_id = c.id
  ORDER BY r.rejected_on DESC, r.created_at DESC, r.id DESC LIMIT 1)`;

@Injectable()
export class TriageService {
  constructor(
    private readonly histories: ClientHistoryService,
    private readonly rejections: RejectionService,
    private readonly dataSource: DataSource,
  ) {}

  /**
   * Recomputes every searching client's triage row that is stale, missing, from an earlier day or without
   * tomorrow's figures, tenant by tenant: the worker runs it after midnight, so that today's first
   * caseload reads fresh rows and tomorrow's can roll them forward if this pass does not run.
   */
  async refreshAll(now: Date): Promise<number> {
    const refreshed = await forEachTenant(this.dataSource, async (db, orgId) => {
      const manager = await db.manager();
      const rows: { id: string }[] = await manager.query(
        `SELECT c.id FROM clients c
           LEFT JOIN client_triage t ON t.organization_id = c.organization_id AND t.id = c.id
          WHERE c.organization_id = $1 AND c.status = ANY($2)
            AND (t.id IS NULL OR t.computed_on < $3::date OR t.next_score IS NULL)`,
        [orgId, DEFAULT_STATUSES, todayUtc(now)],
      );
      await this.recompute(
        { orgId, db },
        rows.map((row) => row.id),
        now,
        false,
      );
      return rows.length;
    });
    if (refreshed) await this.dataSource.query('SELECT refresh_triage_statistics()');
    return refreshed;
  }

  /**
   * The viewer's caseload (coaches: their clients; admins: everyone, or one coach's with `coachId`),
   * sorted by attention or by name. One statement counts the caseload, finds its stale triage rows and
   * reads the page with each row's last rejection; when some rows were stale they are brought up to date
   * and the page read again: a fixed number of statements, whatever the caseload's size. Rows computed
   * yesterday take the figures computed for today then (one UPDATE, no history read); only rows changed
   * since, or older, are computed from their histories.
   */
  async caseload(
    ctx: ServiceContext,
    first: number,
    after: string | null | undefined,
    sort: CaseloadSort,
    filter: ClientFilter = {},
    selection: CaseloadSelection = {},
    now = new Date(),
  ): Promise<Connection<CaseloadEntry>> {
    if (!isStaff(ctx)) throw new ForbiddenError('The caseload is for coaches.');
    const lastRejection = prefixedRejection(LAST_REJECTION_PREFIX, selection.lastRejection);
    const limit = pageSize(first);
    const cursor = decodeCursor(after);
    const params: unknown[] = [ctx.orgId];
    const conditions = ['c.organization_id = $1', visibleClientCondition(ctx, 'c', params)];
    conditions.push(
      ...clientFilterConditions('c', params, {
        ...filter,
        statuses: filter.statuses?.length ? filter.statuses : DEFAULT_STATUSES,
      }),
    );
    const where = conditions.join(' AND ');
    params.push(todayUtc(now));
    const today = `$${params.length}::date`;
    const rolls = ROLLS.replace('$TODAY', today);

    const sortKey =
      sort === 'attention' ? `lpad(t.score::text, 10, '0') || '|' || lower(c.name)` : 'lower(c.name)';
    const pageConditions = [...conditions];
    if (cursor) {
      params.push(cursor.key, cursor.id);
      const [key, id] = [`$${params.length - 1}`, `$${params.length}::uuid`];
      pageConditions.push(
        sort === 'attention'
          ? `(t.score < split_part(${key}, '|', 1)::int
              OR (t.score = split_part(${key}, '|', 1)::int
                  AND (lower(c.name), c.id) > (substr(${key}, strpos(${key}, '|') + 1), ${id})))`
          : `(lower(c.name), c.id) > (${key}, ${id})`,
      );
    }
    params.push(limit + 1);
    const order = sort === 'attention' ? 't.score DESC, lower(c.name), c.id' : 'lower(c.name), c.id';
    // Rows from an earlier day come from the freshness index first (none on most requests), before the
    // visibility check joins them; the page is ranked on narrow rows and only its own rows read in full
    // with their last rejection (a coach's 200 clients would otherwise all be read and sorted whole).
    const read = (db: RequestTransaction): Promise<CaseloadRow[]> =>
      db.queryPrepared(
        `WITH earlier AS MATERIALIZED (
           SELECT t.organization_id, t.id, t.computed_on, t.next_score FROM client_triage t
            WHERE t.organization_id = $1 AND t.computed_on < ${today})
         SELECT s.total, st.stale, st.rolling, page.*
           FROM (SELECT count(*)::int AS total FROM clients c WHERE ${where}) s
           CROSS JOIN (SELECT coalesce(array_agg(t.id) FILTER (WHERE NOT ${rolls}), '{}') AS stale,
                              coalesce(array_agg(t.id) FILTER (WHERE ${rolls}), '{}') AS rolling
                         FROM earlier t
                         JOIN clients c ON c.organization_id = t.organization_id AND c.id = t.id
                        WHERE ${where}) st
           LEFT JOIN LATERAL (
             SELECT ${clientColumns(selection.client)}, t.score, t.reasons, t.insight_count AS "insightCount",
                    t.counts, ${lastRejection.columns}, ${sortKey} AS "scoreKey"
               FROM (SELECT c.id FROM clients c
                       JOIN client_triage t ON t.organization_id = c.organization_id AND t.id = c.id
                      WHERE ${pageConditions.join(' AND ')} ORDER BY ${order} LIMIT $${params.length}) ranked
               JOIN clients c ON c.organization_id = $1 AND c.id = ranked.id
               JOIN client_triage t ON t.organization_id = c.organization_id AND t.id = c.id
               LEFT JOIN rejections r ON r.organization_id = t.organization_id AND r.id = t.last_rejection_id
              ORDER BY ${order}) page ON true`,
        params,
      );
    // On the read replica when the operation allows lagging reads; stale rows are brought up to date on
    // the primary, and the page is then read there.
    let rows = await ctx.db.readMayLag(read);
    const { stale, rolling } = rows[0];
    if (rolling.length) await this.rollForward(ctx, rolling, now);
    if (stale.length) await this.recompute(ctx, stale, now);
    if (stale.length || rolling.length) rows = await read(ctx.db);
    const entries = rows[0].id === null ? [] : rows.map((row) => this.entry(ctx, row, lastRejection));
    return toConnection(entries, limit, rows[0].total);
  }

  /** A caseload row as an entry: the client's columns, the triage figures, the last rejection. */
  private entry(
    ctx: ServiceContext,
    row: CaseloadRow,
    rejection: ReturnType<typeof prefixedRejection>,
  ): CaseloadEntry & { cursorAt: string } {
    const client: Record<string, unknown> = {};
    for (const column in row) {
      if (!ENTRY_COLUMNS.has(column) && !column.startsWith(LAST_REJECTION_PREFIX))
        client[column] = row[column as keyof CaseloadRow];
    }
    const lastRejection = rejection.read(row as unknown as Record<string, unknown>);
    return {
      id: row.id,
      cursorAt: row.scoreKey,
      client: client as unknown as Client,
      attentionScore: row.score,
      attentionReasons: row.reasons,
      insightCount: row.insightCount,
      counts: row.counts,
      lastRejection: lastRejection && this.rejections.present(ctx, lastRejection),
    };
  }

  /** Today's figures of rows computed yesterday, prepared then: a write since would have made them stale. */
  private async rollForward(ctx: Pick<ServiceContext, 'orgId' | 'db'>, clientIds: string[], now: Date) {
    const manager = await ctx.db.manager();
    await manager.query(
      `UPDATE client_triage
          SET score = next_score, reasons = next_reasons, insight_count = next_insight_count, counts = next_counts,
              next_score = NULL, next_reasons = NULL, next_insight_count = NULL, next_counts = NULL,
              computed_on = $3::date
        WHERE organization_id = $1 AND id = ANY($2::uuid[]) AND computed_on = $3::date - 1 AND next_score IS NOT NULL`,
      [ctx.orgId, clientIds, todayUtc(now)],
    );
  }

  /**
   * Computes the triage rows of `clientIds` from their histories, for today and for tomorrow: a fixed
   * number of statements, one more when so many rows changed that the planner's statistics must follow.
   */
  private async recompute(
    ctx: Pick<ServiceContext, 'orgId' | 'db'>,
    clientIds: string[],
    now: Date,
    analyzeWhenMany = true,
  ): Promise<void> {
    if (!clientIds.length) return;
    const manager = await ctx.db.manager();
    const histories = await this.histories.load(ctx, clientIds);
    const tomorrow = new Date(now.getTime() + DAY_MS);
    const scoreOn = (history: Parameters<typeof triageScore>[0], day: Date) => {
      const { score, reasons } = triageScore(history, day);
      return { score, reasons: JSON.stringify(reasons), insights: clientInsights(history, day).length };
    };
    const scored = clientIds.map((id) => {
      const history = histories.get(id)!;
      return { id, today: scoreOn(history, now), tomorrow: scoreOn(history, tomorrow) };
    });
    await manager.query(
      `INSERT INTO client_triage (organization_id, id, score, reasons, insight_count, counts, last_rejection_id, computed_on,
                                  next_score, next_reasons, next_insight_count, next_counts)
       SELECT c.organization_id, c.id, s.score, s.reasons::jsonb, s.insights, ${COUNTS_SQL.replaceAll('$TODAY', '$6')},
              ${LAST_REJECTION_SQL}, $6::date,
              s.next_score, s.next_reasons::jsonb, s.next_insights, ${COUNTS_SQL.replaceAll('$TODAY', '$10')}
         FROM unnest($2::uuid[], $3::int[], $4::text[], $5::int[], $7::int[], $8::text[], $9::int[])
              AS s (id, score, reasons, insights, next_score, next_reasons, next_insights)
         JOIN clients c ON c.organization_id = $1 AND c.id = s.id
       ON CONFLICT (organization_id, id) DO UPDATE
         SET score = excluded.score, reasons = excluded.reasons, insight_count = excluded.insight_count,
             counts = excluded.counts, last_rejection_id = excluded.last_rejection_id, computed_on = excluded.computed_on,
             next_score = excluded.next_score, next_reasons = excluded.next_reasons,
             next_insight_count = excluded.next_insight_count, next_counts = excluded.next_counts`,
      [
        ctx.orgId,
        scored.map((s) => s.id),
        scored.map((s) => s.today.score),
        scored.map((s) => s.today.reasons),
        scored.map((s) => s.today.insights),
        todayUtc(now),
        scored.map((s) => s.tomorrow.score),
        scored.map((s) => s.tomorrow.reasons),
        scored.map((s) => s.tomorrow.insights),
        todayUtc(tomorrow),
      ],
    );
    if (analyzeWhenMany && clientIds.length >= MANY_RECOMPUTED) {
      await manager.query('SELECT refresh_triage_statistics()');
    }
  }
}
