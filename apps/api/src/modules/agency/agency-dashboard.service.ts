import { Injectable } from '@nestjs/common';
import { ONBOARDING_STAGES, type OnboardingStage } from '@rebound/domain';
import { visibleClientCondition } from '../../common/client-visibility.js';
import type { ServiceContext } from '../../common/request-context.js';
import { STAGE_SQL } from './candidate.service.js';
import type {
  AgencyDashboard,
  EmployerMedian,
  EmployerPattern,
  RecruiterLoad,
  StageCount,
} from './dto/onboarding.types.js';
import { assertStaff } from './staff-only.js';

/** The employers listed on the dashboard, most submissions first. */
export const EMPLOYER_PATTERN_ROWS = 50;

/** The agency's dashboard: candidates by stage, recruiters' loads and where employers turn candidates down. */
@Injectable()
export class AgencyDashboardService {
  /** Counted in SQL over the candidates the viewer may see (recruiters: their own). */
  async dashboard(ctx: ServiceContext, days = 365): Promise<AgencyDashboard> {
    assertStaff(ctx);
    const manager = await ctx.db.manager();
    const params: unknown[] = [ctx.orgId];
    const visible = visibleClientCondition(ctx, 'c', params);
    const stages: { stage: OnboardingStage | null; count: number }[] = await manager.query(
      `SELECT (${STAGE_SQL}) AS stage, count(*)::int AS count FROM clients c
        WHERE c.organization_id = $1 AND ${visible} GROUP BY 1`,
      params,
    );
    const countAt = (stage: OnboardingStage) => stages.find((row) => row.stage === stage)?.count ?? 0;
    const onboardingFunnel = ONBOARDING_STAGES.map((stage, i) => {
      const reached = ONBOARDING_STAGES.slice(i).reduce((sum, later) => sum + countAt(later), 0);
      return { stage, count: reached, dropOff: countAt(stage) };
    });
    // The last stage has nowhere further to go: nobody dropped off there.
    onboardingFunnel[onboardingFunnel.length - 1].dropOff = 0;

    const recruiters: RecruiterLoad[] = await manager.query(
      `SELECT pa.coach_membership_id AS "recruiterId", u.name AS "recruiterName", count(*)::int AS candidates,
              count(*) FILTER (WHERE (${STAGE_SQL}) = 'active')::int AS active
         FROM clients c
         LEFT JOIN coach_assignments pa ON pa.organization_id = c.organization_id AND pa.client_id = c.id AND pa.is_primary
         LEFT JOIN memberships m ON m.organization_id = pa.organization_id AND m.id = pa.coach_membership_id
         LEFT JOIN users u ON u.id = m.user_id
        WHERE c.organization_id = $1 AND ${visible}
        GROUP BY pa.coach_membership_id, u.name ORDER BY count(*) DESC, u.name NULLS LAST`,
      params,
    );

    const patternParams = [...params, days];
    // One row per employer over the visible submissions of the period; rates over decided ones only.
    const employers: (Omit<EmployerPattern, 'rejectionsByStage' | 'rejectionsByReason'> & {
      byStage: Record<string, number> | null;
      byReason: Record<string, number> | null;
      median: EmployerMedian;
    })[] = await manager.query(
      `WITH submitted AS (
         SELECT s.employer_id, a.stage, a.furthest_stage,
                a.stage IN ('hired', 'rejected') AS decided,
                r.stage_reached, coalesce(r.coach_tag, r.employer_reason, s.outcome_reason, 'unknown') AS reason
           FROM candidate_submissions s
           JOIN applications a ON a.organization_id = s.organization_id AND a.id = s.application_id
           JOIN clients c ON c.organization_id = s.organization_id AND c.id = s.client_id
           LEFT JOIN rejections r ON r.organization_id = s.organization_id AND r.application_id = s.application_id
          WHERE s.organization_id = $1 AND ${visible}
            AND s.submitted_on >= current_date - $${patternParams.length}::int),
       per_employer AS (
         SELECT employer_id, count(*)::int AS submissions,
                count(*) FILTER (WHERE NOT decided AND stage <> 'withdrawn')::int AS pending,
                count(*) FILTER (WHERE stage = 'withdrawn')::int AS withdrawn,
                count(*) FILTER (WHERE decided)::int AS decided,
                count(*) FILTER (WHERE decided AND furthest_stage IN ('interview', 'final_round', 'offer', 'hired'))::int AS interviews,
                count(*) FILTER (WHERE decided AND furthest_stage IN ('offer', 'hired'))::int AS offers,
                count(*) FILTER (WHERE stage = 'hired')::int AS placements,
                count(*) FILTER (WHERE stage = 'rejected')::int AS rejections
           FROM submitted GROUP BY employer_id),
       rated AS (
         SELECT p.*, CASE WHEN decided > 0 THEN interviews::float8 / decided END AS "interviewRate",
                CASE WHEN decided > 0 THEN offers::float8 / decided END AS "offerRate"
           FROM per_employer p),
       median AS (
         SELECT count(*)::int AS employers,
                percentile_cont(0.5) WITHIN GROUP (ORDER BY "interviewRate") AS "interviewRate",
                percentile_cont(0.5) WITHIN GROUP (ORDER BY "offerRate") AS "offerRate"
           FROM rated WHERE decided > 0),
       top AS (
         SELECT rated.*, e.name AS employer FROM rated
           JOIN employers e ON e.organization_id = $1 AND e.id = rated.employer_id
          ORDER BY rated.submissions DESC, e.name_key, e.id LIMIT ${EMPLOYER_PATTERN_ROWS})
       SELECT t.employer_id AS "employerId", t.employer, t.submissions, t.pending, t.withdrawn, t.decided,
              t.interviews, t.offers, t.placements, t.rejections, t."interviewRate", t."offerRate",
              (SELECT jsonb_object_agg(stage_reached, n) FROM (SELECT stage_reached, count(*)::int AS n FROM submitted x
                 WHERE x.employer_id = t.employer_id AND x.stage = 'rejected' GROUP BY stage_reached) s) AS "byStage",
              (SELECT jsonb_object_agg(reason, n) FROM (SELECT reason, count(*)::int AS n FROM submitted x
                 WHERE x.employer_id = t.employer_id AND x.stage = 'rejected' GROUP BY reason) s) AS "byReason",
              (SELECT to_jsonb(m) FROM median m) AS median
         FROM top t ORDER BY t.submissions DESC, lower(t.employer), t.employer_id`,
      patternParams,
    );
    const counts = (record: Record<string, number> | null): StageCount[] =>
      Object.entries(record ?? {})
        .map(([key, count]) => ({ key, count }))
        .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
    return {
      onboardingFunnel,
      notInvited: stages.find((row) => row.stage === null)?.count ?? 0,
      candidatesByRecruiter: recruiters,
      employerPatterns: employers.map(({ byStage, byReason, median: _sameOnEveryRow, ...row }) => ({
        ...row,
        rejectionsByStage: counts(byStage),
        rejectionsByReason: counts(byReason),
      })),
      employerMedian: employers[0]?.median ?? { employers: 0, interviewRate: null, offerRate: null },
    };
  }
}
