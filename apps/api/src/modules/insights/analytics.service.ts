import { Injectable } from '@nestjs/common';
import {
  FUNNEL_STEPS,
  RECENT_WINDOW_DAYS,
  stagesReaching,
  type FunnelStepName,
  type RejectionReason,
  type RejectionStage,
} from '@rebound/domain';
import { isManager, visibleClientCondition } from '../../common/client-visibility.js';
import { todayUtc } from '../../common/date-only.js';
import { BadUserInputError } from '../../common/errors.js';
import type { ServiceContext } from '../../common/request-context.js';
import type { RequestTransaction } from '../../database/request-transaction.js';
import { ClientService } from '../clients/client.service.js';
import type {
  AnalyticsRangeInput,
  CaseloadComparison,
  CoachFunnel,
  FunnelCount,
  OrganizationAnalytics,
  OutcomeCount,
  ReboundTime,
  ReplyRate,
  StageReasonCell,
} from './dto/analytics.types.js';
import type { RejectionBaseline, StageReasonComparison } from './dto/rejection-baseline.types.js';
import { AUDIT_ACTIONS } from '../audit/audit-actions.js';
import { AuditLogService } from '../audit/audit-log.service.js';

const DAY_MS = 86_400_000;
export const DEFAULT_RANGE_DAYS = 90;
export const MAX_RANGE_DAYS = 3 * 366;
/** Employers listed in the reply-rate table, most asked first. */
export const EMPLOYER_ROWS = 20;
/**
 * How long computed analytics serve their scope (organization or one coach's caseload) and range. The
 * figures aggregate up to hundreds of thousands of rows; a dashboard a minute old is still true enough, and
 * it says when it was computed.
 */
export const ANALYTICS_CACHE_SECONDS = 60;

type StepCounts = Record<FunnelStepName, number>;

/**
 * CTEs `coach` and `caseload`: the clients of the primary coach of client `$2` in organization `$1` (the
 * whole organization when the client has no primary coach), archived clients left out, the client included.
 */
const CASELOAD_OF_CLIENT = `coach AS (
         SELECT coach_membership_id FROM coach_assignments
          WHERE organization_id = $1 AND client_id = $2 AND is_primary),
       caseload AS (
         SELECT c.id FROM clients c
          WHERE c.organization_id = $1 AND c.status <> 'archived'
            AND (NOT EXISTS (SELECT 1 FROM coach)
                 OR EXISTS (SELECT 1 FROM coach_assignments pa JOIN coach ON coach.coach_membership_id = pa.coach_membership_id
                             WHERE pa.organization_id = c.organization_id AND pa.client_id = c.id AND pa.is_primary))
          UNION SELECT $2::uuid)`;

/** `count(*) FILTER …` per funnel step over applications `a`, with the stage lists as parameters. */
function funnelColumns(params: unknown[]): string {
  return FUNNEL_STEPS.map((step) => {
    params.push(stagesReaching(step));
    return `count(a.id) FILTER (WHERE a.furthest_stage = ANY($${params.length}))::int AS "${step}"`;
  }).join(', ');
}

function funnelSteps(counts: StepCounts): FunnelCount[] {
  return FUNNEL_STEPS.map((step, i) => {
    const previous = i === 0 ? null : counts[FUNNEL_STEPS[i - 1]];
    return { step, count: counts[step], conversion: previous ? counts[step] / previous : null };
  });
}

const rate = (row: Omit<ReplyRate, 'rate'>): ReplyRate => ({
  ...row,
  rate: row.requested ? row.answered / row.requested : null,
});

@Injectable()
export class AnalyticsService {
  constructor(
    private readonly clients: ClientService,
    private readonly auditLog: AuditLogService,
  ) {}

  /** The same figures for a download (the analytics CSV): the export is recorded in the audit log. */
  async export(ctx: ServiceContext, range: AnalyticsRangeInput = {}): Promise<OrganizationAnalytics> {
    const analytics = await this.organization(ctx, range);
    await this.auditLog.record(ctx, {
      action: AUDIT_ACTIONS.EXPORT_ANALYTICS,
      target: { type: 'export', label: `Analytics ${analytics.from} – ${analytics.to} (CSV)` },
      metadata: { from: analytics.from, to: analytics.to },
    });
    return analytics;
  }

  /**
   * Grouped and counted in SQL over the clients the viewer may see (coaches: their caseload), served from
   * the cache while it is fresh. Concurrent misses for the same scope and range wait for one computation.
   * The cache is looked up and the figures computed on the read replica when there is a fresh one; the
   * lock and the cache's row are the primary's.
   */
  async organization(
    ctx: ServiceContext,
    range: AnalyticsRangeInput = {},
    now = new Date(),
  ): Promise<OrganizationAnalytics> {
    const { from, to } = resolveRange(range, now);
    const scope = isManager(ctx) ? 'organization' : `coach:${ctx.membershipId}`;
    const key = [ctx.orgId, scope, from, to];
    const cached = async (db: RequestTransaction): Promise<OrganizationAnalytics | null> => {
      const rows: { data: OrganizationAnalytics; computedAt: Date }[] = await (
        await db.manager()
      ).query(
        `SELECT data, computed_at AS "computedAt" FROM analytics_cache
          WHERE organization_id = $1 AND scope_key = $2 AND range_from = $3 AND range_to = $4
            AND computed_at > now() - make_interval(secs => ${ANALYTICS_CACHE_SECONDS})`,
        key,
      );
      return rows.length ? { ...rows[0].data, computedAt: rows[0].computedAt } : null;
    };
    const hit = await ctx.db.readFromReplica(cached);
    if (hit) return hit;
    const manager = await ctx.db.manager();
    await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [key.join('|')]);
    const filledMeanwhile = await cached(ctx.db);
    if (filledMeanwhile) return filledMeanwhile;
    const computed = await ctx.db.readFromReplica((db) => this.compute({ ...ctx, db }, from, to));
    const [{ computedAt }]: { computedAt: Date }[] = await manager.query(
      `INSERT INTO analytics_cache (organization_id, scope_key, range_from, range_to, data)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (organization_id, scope_key, range_from, range_to)
         DO UPDATE SET data = excluded.data, computed_at = now()
       RETURNING computed_at AS "computedAt"`,
      [...key, JSON.stringify(computed)],
    );
    return { ...computed, computedAt };
  }

  private async compute(
    ctx: ServiceContext,
    from: string,
    to: string,
  ): Promise<Omit<OrganizationAnalytics, 'computedAt'>> {
    const manager = await ctx.db.manager();
    const scoped = (params: unknown[]) => visibleClientCondition(ctx, 'c', params);
    const client = (alias: string) =>
      `JOIN clients c ON c.organization_id = ${alias}.organization_id AND c.id = ${alias}.client_id`;

    const matrixParams: unknown[] = [ctx.orgId, from, to];
    const matrix: StageReasonCell[] = await manager.query(
      `SELECT r.stage_reached AS stage,
              coalesce(r.coach_tag, r.employer_reason, r.client_view_reason, 'unknown') AS reason, count(*)::int AS count
         FROM rejections r ${client('r')}
        WHERE r.organization_id = $1 AND r.rejected_on BETWEEN $2 AND $3 AND r.ended_by <> 'client'
          AND ${scoped(matrixParams)}
        GROUP BY 1, 2 ORDER BY 1, 2`,
      matrixParams,
    );

    const funnelParams: unknown[] = [ctx.orgId, from, to];
    const columns = funnelColumns(funnelParams);
    const funnels: (StepCounts & { coachId: string | null; coachName: string | null })[] =
      await manager.query(
        `SELECT pa.coach_membership_id AS "coachId", u.name AS "coachName", ${columns}
         FROM applications a ${client('a')}
         LEFT JOIN coach_assignments pa
           ON pa.organization_id = a.organization_id AND pa.client_id = a.client_id AND pa.is_primary
         LEFT JOIN memberships m ON m.organization_id = pa.organization_id AND m.id = pa.coach_membership_id
         LEFT JOIN users u ON u.id = m.user_id
        WHERE a.organization_id = $1 AND a.applied_on BETWEEN $2 AND $3 AND ${scoped(funnelParams)}
        GROUP BY pa.coach_membership_id, u.name ORDER BY lower(u.name) NULLS LAST, pa.coach_membership_id`,
        funnelParams,
      );

    const replyParams: unknown[] = [ctx.orgId, from, to];
    const replies: (Omit<ReplyRate, 'rate'> & { byEmployer: boolean })[] = await manager.query(
      `WITH sent AS (
         SELECT r.stage_reached, lower(btrim(ap.company)) AS employer_key, ap.company, f.status
           FROM feedback_requests f
           JOIN rejections r ON r.organization_id = f.organization_id AND r.id = f.rejection_id
           JOIN applications ap ON ap.organization_id = r.organization_id AND ap.id = r.application_id
           ${client('r')}
          WHERE f.organization_id = $1 AND f.status <> 'draft' AND f.sent_on BETWEEN $2 AND $3
            AND ${scoped(replyParams)})
       (SELECT false AS "byEmployer", stage_reached AS label, count(*)::int AS requested,
               count(*) FILTER (WHERE status = 'answered')::int AS answered
          FROM sent GROUP BY stage_reached ORDER BY stage_reached)
       UNION ALL
       (SELECT true, min(company), count(*)::int, count(*) FILTER (WHERE status = 'answered')::int
          FROM sent GROUP BY employer_key ORDER BY count(*) DESC, min(company) LIMIT ${EMPLOYER_ROWS})`,
      replyParams,
    );

    const reboundParams: unknown[] = [ctx.orgId, from, to];
    const [reboundTime]: ReboundTime[] = await manager.query(
      `WITH gaps AS (
         SELECT (SELECT min(n.applied_on) FROM applications n
                  WHERE n.organization_id = r.organization_id AND n.client_id = r.client_id
                    AND n.applied_on >= r.rejected_on AND n.id <> r.application_id) - r.rejected_on AS days
           FROM rejections r ${client('r')}
          WHERE r.organization_id = $1 AND r.rejected_on BETWEEN $2 AND $3 AND r.ended_by <> 'client'
            AND ${scoped(reboundParams)})
       SELECT count(days)::int AS measured, (count(*) - count(days))::int AS "notYet",
              percentile_cont(0.5) WITHIN GROUP (ORDER BY days) AS "medianDays"
         FROM gaps`,
      reboundParams,
    );

    const outcomeParams: unknown[] = [ctx.orgId, from, to];
    const outcomes: OutcomeCount[] = await manager.query(
      `SELECT to_char(e.changed_at AT TIME ZONE 'UTC', 'YYYY-MM') AS month, pa.coach_membership_id AS "coachId",
              u.name AS "coachName",
              count(*) FILTER (WHERE e.to_status = 'placed')::int AS placed,
              count(*) FILTER (WHERE e.to_status = 'paused')::int AS paused
         FROM client_lifecycle_events e ${client('e')}
         LEFT JOIN coach_assignments pa
           ON pa.organization_id = e.organization_id AND pa.client_id = e.client_id AND pa.is_primary
         LEFT JOIN memberships m ON m.organization_id = pa.organization_id AND m.id = pa.coach_membership_id
         LEFT JOIN users u ON u.id = m.user_id
        WHERE e.organization_id = $1 AND e.kind = 'status' AND e.to_status IN ('placed', 'paused')
          AND e.changed_at >= $2::date AND e.changed_at < $3::date + 1 AND ${scoped(outcomeParams)}
        GROUP BY 1, pa.coach_membership_id, u.name
        ORDER BY 1, lower(u.name) NULLS LAST, pa.coach_membership_id`,
      outcomeParams,
    );

    const sum = (rows: { count: number }[]) => rows.reduce((total, row) => total + row.count, 0);
    return {
      from,
      to,
      applications: sum(funnels.map((row) => ({ count: row.applications }))),
      rejections: sum(matrix),
      stageReasonMatrix: matrix,
      funnelByCoach: funnels.map(({ coachId, coachName, ...counts }): CoachFunnel => ({
        coachId,
        coachName,
        steps: funnelSteps(counts),
      })),
      replyRateByStage: replies
        .filter((row) => !row.byEmployer)
        .map(({ byEmployer: _, ...row }) => rate(row)),
      replyRateByEmployer: replies
        .filter((row) => row.byEmployer)
        .map(({ byEmployer: _, ...row }) => rate(row)),
      reboundTime,
      outcomes,
    };
  }

  /**
   * The client's conversion at each funnel step beside the median across their primary coach's caseload
   * (the whole organization when they have no primary coach). One statement.
   */
  async caseloadComparison(ctx: ServiceContext, clientId: string): Promise<CaseloadComparison> {
    await this.clients.find(ctx, clientId);
    const params: unknown[] = [ctx.orgId, clientId];
    const columns = funnelColumns(params);
    const medians = FUNNEL_STEPS.slice(1)
      .map(
        (step, i) => `percentile_cont(0.5) WITHIN GROUP (ORDER BY "${step}"::float8 / "${FUNNEL_STEPS[i]}")
            FILTER (WHERE "${FUNNEL_STEPS[i]}" > 0) AS "${step}"`,
      )
      .join(', ');
    const [row]: {
      client: StepCounts;
      size: number;
      medians: Record<FunnelStepName, number | null>;
    }[] = await ctx.db.readFromReplica(async (db) =>
      (await db.manager()).query(
        `WITH ${CASELOAD_OF_CLIENT},
       per_client AS (
         SELECT cl.id AS client_id, ${columns}
           FROM caseload cl
           LEFT JOIN applications a ON a.organization_id = $1 AND a.client_id = cl.id
          GROUP BY cl.id)
       SELECT (SELECT to_jsonb(p) FROM per_client p WHERE p.client_id = $2) AS client,
              (SELECT count(*)::int FROM per_client) AS size,
              (SELECT to_jsonb(m) FROM (SELECT ${medians} FROM per_client) m) AS medians`,
        params,
      ),
    );
    return {
      clientId,
      caseloadSize: row.size,
      steps: funnelSteps(row.client).map((step) => ({
        ...step,
        caseloadMedian: step.step === 'applications' ? null : row.medians[step.step],
      })),
    };
  }

  /**
   * The client's rejections by stage reached × effective reason beside the caseload's (all recorded history),
   * and the caseload's shares by stage and by reason over the insights' window, counted the way the
   * stage and reason patterns count (stages: not ended by the client; reasons: ended by the employer).
   * One statement over the caseload's rejections (rejections_client_idx per client).
   */
  async rejectionBaseline(
    ctx: ServiceContext,
    clientId: string,
    now = new Date(),
  ): Promise<RejectionBaseline> {
    await this.clients.find(ctx, clientId);
    const manager = await ctx.db.manager();
    const [row]: {
      size: number;
      clientTotal: number;
      caseloadTotal: number;
      cells: StageReasonComparison[] | null;
      stages: { stage: RejectionStage; count: number }[] | null;
      reasons: { reason: RejectionReason; count: number }[] | null;
    }[] = await manager.query(
      `WITH ${CASELOAD_OF_CLIENT},
       caseload_rejections AS (
         SELECT r.client_id, r.stage_reached AS stage, r.ended_by,
                coalesce(r.coach_tag, r.employer_reason, r.client_view_reason, 'unknown') AS reason,
                r.rejected_on >= $3::date - $4::int AS recent
           FROM caseload cl JOIN rejections r ON r.organization_id = $1 AND r.client_id = cl.id)
       SELECT (SELECT count(*)::int FROM caseload) AS size,
              (SELECT count(*)::int FROM caseload_rejections WHERE client_id = $2) AS "clientTotal",
              (SELECT count(*)::int FROM caseload_rejections) AS "caseloadTotal",
              (SELECT jsonb_agg(g ORDER BY g.stage, g.reason) FROM (
                 SELECT stage, reason, count(*) FILTER (WHERE client_id = $2)::int AS "clientCount",
                        count(*)::int AS "caseloadCount"
                   FROM caseload_rejections GROUP BY stage, reason) g) AS cells,
              (SELECT jsonb_agg(s ORDER BY s.stage) FROM (
                 SELECT stage, count(*)::int AS count FROM caseload_rejections
                  WHERE recent AND ended_by <> 'client' GROUP BY stage) s) AS stages,
              (SELECT jsonb_agg(s ORDER BY s.reason) FROM (
                 SELECT reason, count(*)::int AS count FROM caseload_rejections
                  WHERE recent AND ended_by = 'employer' GROUP BY reason) s) AS reasons`,
      [ctx.orgId, clientId, todayUtc(now), RECENT_WINDOW_DAYS],
    );
    const stages = row.stages ?? [];
    const reasons = row.reasons ?? [];
    const recentStageTotal = stages.reduce((sum, s) => sum + s.count, 0);
    const recentReasonTotal = reasons.reduce((sum, r) => sum + r.count, 0);
    return {
      clientId,
      caseloadSize: row.size,
      clientTotal: row.clientTotal,
      caseloadTotal: row.caseloadTotal,
      cells: row.cells ?? [],
      windowDays: RECENT_WINDOW_DAYS,
      recentStageTotal,
      recentStages: stages.map((s) => ({ ...s, share: shareOf(s.count, recentStageTotal) })),
      recentReasonTotal,
      recentReasons: reasons.map((r) => ({ ...r, share: shareOf(r.count, recentReasonTotal) })),
    };
  }
}

/** Share of a total, 0 when there is nothing to share. */
const shareOf = (count: number, total: number) => (total ? count / total : 0);

function resolveRange(range: AnalyticsRangeInput, now: Date): { from: string; to: string } {
  const to = range.to ?? todayUtc(now);
  const from = range.from ?? todayUtc(new Date(Date.parse(`${to}T00:00:00Z`) - DEFAULT_RANGE_DAYS * DAY_MS));
  const days = (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS;
  if (days < 0) {
    throw new BadUserInputError([
      { path: 'range.from', code: 'RANGE_REVERSED', message: 'Start on or before the end date.' },
    ]);
  }
  if (days > MAX_RANGE_DAYS) {
    throw new BadUserInputError([
      {
        path: 'range.to',
        code: 'RANGE_TOO_LONG',
        params: { limit: MAX_RANGE_DAYS },
        message: `Choose a range of at most ${MAX_RANGE_DAYS} days.`,
      },
    ]);
  }
  return { from, to };
}
