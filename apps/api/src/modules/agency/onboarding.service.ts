import { Injectable } from '@nestjs/common';
import {
  CONSENT_TEXT,
  CONSENT_VERSION,
  ONBOARDING_STAGES,
  onboardingChecklist,
  onboardingStage,
  type OnboardingStage,
} from '@rebound/domain';
import {
  clientFilterConditions,
  CLIENTS_BY_NAME,
  visibleClientCondition,
} from '../../common/client-visibility.js';
import { todayUtc } from '../../common/date-only.js';
import { safeCsv } from '../../common/safe-csv.js';
import { ForbiddenError, NotFoundError } from '../../common/errors.js';
import { updateVersioned } from '../../common/optimistic-lock.js';
import { keysetPage } from '../../common/keyset-page.js';
import type { Connection } from '../../common/pagination.js';
import type { ServiceContext } from '../../common/request-context.js';
import { CANDIDATE_INVITATIONS_QUEUE } from '../jobs/queue-names.js';
import { ApplicationService } from '../applications/application.service.js';
import type { InvitationJob } from './candidate-invitation.processor.js';
import type {
  AgencyDashboard,
  Candidate,
  CandidateFilter,
  EmployerMedian,
  EmployerPattern,
  MyOnboarding,
  RecruiterLoad,
  StageCount,
  SubmitCandidateInput,
  Submission,
  UpdateMyOnboardingInput,
} from './dto/onboarding.types.js';
import { EmployerService } from './employer.service.js';
import { JobSender } from './job-sender.js';
import { SubmissionService } from './submission.service.js';
import { assertStaff } from './staff-only.js';
import { AUDIT_ACTIONS } from '../audit/audit-actions.js';
import { AuditLogService } from '../audit/audit-log.service.js';

/** The employers listed on the dashboard, most submissions first. */
export const EMPLOYER_PATTERN_ROWS = 50;

/**
 * The onboarding stage of client `c` in SQL, the same rule as `onboardingStage` in libs/domain (a test
 * checks the two agree on every candidate): the dashboard counts it and lists filter on it.
 */
const STAGE_SQL = `CASE
  WHEN c.membership_id IS NULL THEN
    CASE WHEN EXISTS (SELECT 1 FROM invitations si WHERE si.organization_id = c.organization_id
                        AND lower(si.email) = lower(c.email) AND si.revoked_at IS NULL) THEN 'invited' END
  WHEN cardinality(c.target_roles) = 0 OR cardinality(c.locations) = 0
       OR btrim(coalesce(c.availability, '')) = '' OR c.consent_version IS DISTINCT FROM '${CONSENT_VERSION}'
    THEN 'accepted'
  WHEN EXISTS (SELECT 1 FROM candidate_submissions ss WHERE ss.organization_id = c.organization_id AND ss.client_id = c.id)
    THEN 'active'
  ELSE 'profile_complete' END`;

const CANDIDATE_COLUMNS = `c.id, c.name, c.email, c.phone, c.target_roles AS "targetRoles", c.locations, c.tags,
  c.availability, c.consent_version AS "consentVersion", c.membership_id IS NOT NULL AS accepted,
  (${STAGE_SQL}) AS stage,
  (SELECT u.name FROM coach_assignments pa JOIN memberships pm ON pm.organization_id = pa.organization_id
     AND pm.id = pa.coach_membership_id JOIN users u ON u.id = pm.user_id
    WHERE pa.organization_id = c.organization_id AND pa.client_id = c.id AND pa.is_primary) AS "recruiterName",
  (SELECT count(*)::int FROM candidate_submissions s WHERE s.organization_id = c.organization_id AND s.client_id = c.id) AS submissions`;

type CandidateRow = Omit<Candidate, 'checklist'> & {
  availability: string | null;
  consentVersion: string | null;
  accepted: boolean;
};

@Injectable()
export class OnboardingService {
  constructor(
    private readonly applications: ApplicationService,
    private readonly employers: EmployerService,
    private readonly submissions: SubmissionService,
    private readonly jobs: JobSender,
    private readonly auditLog: AuditLogService,
  ) {}

  async candidates(
    ctx: ServiceContext,
    first: number,
    after: string | null | undefined,
    filter: CandidateFilter = {},
  ): Promise<Connection<Candidate>> {
    assertStaff(ctx);
    const params: unknown[] = [ctx.orgId];
    const conditions = candidateConditions(ctx, filter, params);
    return keysetPage<CandidateRow, Candidate>(
      ctx.db,
      {
        columns: CANDIDATE_COLUMNS,
        from: `clients c WHERE ${conditions.join(' AND ')}`,
        params,
        order: CLIENTS_BY_NAME,
        first,
        after,
      },
      presentCandidate,
    );
  }

  /** Queues invitations for the chosen candidates; they go out in throttled batches. */
  async invite(
    ctx: ServiceContext,
    input: { clientIds?: string[] | null; allMatching?: CandidateFilter | null },
  ): Promise<number> {
    assertStaff(ctx);
    const manager = await ctx.db.manager();
    let visible: { id: string }[];
    if (input.allMatching) {
      // Select all: every candidate the list shows with this filter, on every page.
      const params: unknown[] = [ctx.orgId];
      visible = await manager.query(
        `SELECT c.id FROM clients c WHERE ${candidateConditions(ctx, input.allMatching, params).join(' AND ')}`,
        params,
      );
    } else {
      const params: unknown[] = [ctx.orgId, [...new Set(input.clientIds ?? [])]];
      visible = await manager.query(
        `SELECT c.id FROM clients c WHERE c.organization_id = $1 AND c.id = ANY($2) AND ${visibleClientCondition(ctx, 'c', params)}`,
        params,
      );
      if (visible.length !== (params[1] as string[]).length) throw new NotFoundError('Candidate');
    }
    if (!visible.length) return 0;
    const job: InvitationJob = {
      orgId: ctx.orgId,
      invitedByUserId: ctx.userId,
      mode: 'invite',
      clientIds: visible.map((row) => row.id),
    };
    await this.jobs.send(manager, CANDIDATE_INVITATIONS_QUEUE, job);
    return visible.length;
  }

  /** Queues a fresh link for every candidate invitation pending longer than `olderThanDays`. */
  async resend(ctx: ServiceContext, olderThanDays: number): Promise<number> {
    assertStaff(ctx);
    const manager = await ctx.db.manager();
    const [{ count }] = await manager.query(
      `SELECT count(*)::int AS count FROM invitations WHERE organization_id = $1 AND role = 'client'
          AND accepted_at IS NULL AND revoked_at IS NULL AND last_sent_at < now() - make_interval(days => $2)`,
      [ctx.orgId, olderThanDays],
    );
    if (count) {
      const job: InvitationJob = {
        orgId: ctx.orgId,
        invitedByUserId: ctx.userId,
        mode: 'resend',
        olderThanDays,
      };
      await this.jobs.send(manager, CANDIDATE_INVITATIONS_QUEUE, job);
    }
    return count;
  }

  async mine(ctx: ServiceContext): Promise<MyOnboarding> {
    const row = await this.ownRecord(ctx);
    return presentOnboarding(row);
  }

  async updateMine(ctx: ServiceContext, input: UpdateMyOnboardingInput): Promise<MyOnboarding> {
    const current = await this.ownRecord(ctx);
    const tidy = (values?: string[]) => [...new Set((values ?? []).map((v) => v.trim()).filter(Boolean))];
    const manager = await ctx.db.manager();
    const consentNow = input.consent === true && current.consentVersion !== CONSENT_VERSION;
    const withdrawn = input.consent === false;
    await updateVersioned(
      manager,
      `UPDATE clients SET target_roles = $4, locations = $5, availability = $6, work_authorization = $7,
              resume_url = $8,
              consent_version = CASE WHEN $9 THEN '${CONSENT_VERSION}' WHEN $10 THEN NULL ELSE consent_version END,
              consent_at = CASE WHEN $9 THEN now() WHEN $10 THEN NULL ELSE consent_at END,
              version = version + 1, updated_at = now()
        WHERE organization_id = $1 AND id = $2 AND version = $3 RETURNING id`,
      [
        ctx.orgId,
        current.clientId,
        input.version,
        input.targetRoles ? tidy(input.targetRoles) : current.targetRoles,
        input.locations ? tidy(input.locations) : current.locations,
        input.availability === undefined ? current.availability : input.availability.trim() || null,
        input.workAuthorization === undefined
          ? current.workAuthorization
          : input.workAuthorization.trim() || null,
        input.resumeUrl === undefined ? current.resumeUrl : input.resumeUrl.trim() || null,
        consentNow,
        withdrawn,
      ],
      { table: 'clients', orgId: ctx.orgId, id: current.clientId, what: 'Profile' },
    );
    return this.mine(ctx);
  }

  /** A submission is an application made by the agency for the candidate: its outcome feeds the insights. */
  async submit(ctx: ServiceContext, input: SubmitCandidateInput): Promise<Submission> {
    assertStaff(ctx);
    const employer = input.employerId
      ? await this.employers.find(ctx, input.employerId)
      : await this.employers.findOrCreateByName(ctx, input.company ?? '');
    const application = await this.applications.create(ctx, {
      id: input.id,
      clientId: input.clientId,
      company: employer.name,
      roleTitle: input.roleTitle,
      postingUrl: input.postingUrl,
      source: 'agency',
      appliedOn: input.submittedOn ?? todayUtc(),
    });
    const manager = await ctx.db.manager();
    await manager.query(
      `INSERT INTO candidate_submissions (organization_id, client_id, application_id, submitted_by_membership_id, submitted_on, note, employer_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (organization_id, application_id) DO NOTHING`,
      [
        ctx.orgId,
        application.clientId,
        application.id,
        ctx.membershipId,
        application.appliedOn,
        input.note?.trim() ?? '',
        employer.id,
      ],
    );
    return this.submissions.findByApplication(ctx, application.id);
  }

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

  /** Every visible candidate with their onboarding and outcomes, as CSV. */
  async exportCsv(ctx: ServiceContext): Promise<string> {
    assertStaff(ctx);
    const params: unknown[] = [ctx.orgId];
    const manager = await ctx.db.manager();
    const rows: (CandidateRow & { applications: number; rejections: number; offers: number })[] =
      await manager.query(
        `SELECT ${CANDIDATE_COLUMNS},
              (SELECT count(*)::int FROM applications a WHERE a.organization_id = c.organization_id AND a.client_id = c.id) AS applications,
              (SELECT count(*)::int FROM rejections r WHERE r.organization_id = c.organization_id AND r.client_id = c.id) AS rejections,
              (SELECT count(*)::int FROM applications a WHERE a.organization_id = c.organization_id AND a.client_id = c.id
                  AND a.furthest_stage IN ('offer', 'hired')) AS offers
         FROM clients c WHERE c.organization_id = $1 AND ${visibleClientCondition(ctx, 'c', params)}
        ORDER BY lower(c.name), c.id`,
        params,
      );
    await this.auditLog.record(ctx, {
      action: AUDIT_ACTIONS.EXPORT_CANDIDATES,
      target: { type: 'export', label: 'Candidates (CSV)' },
      metadata: { rows: rows.length },
    });
    return safeCsv(
      [
        'name',
        'email',
        'phone',
        'target_roles',
        'locations',
        'tags',
        'recruiter',
        'onboarding_stage',
        'submissions',
        'applications',
        'rejections',
        'offers',
      ],
      rows.map((row) => [
        row.name,
        row.email,
        row.phone,
        row.targetRoles.join('; '),
        row.locations.join('; '),
        row.tags.join('; '),
        row.recruiterName,
        row.stage ?? 'not_invited',
        row.submissions,
        row.applications,
        row.rejections,
        row.offers,
      ]),
    );
  }

  private async ownRecord(ctx: ServiceContext) {
    if (ctx.role !== 'client') throw new ForbiddenError('This is the candidate’s own profile.');
    const manager = await ctx.db.manager();
    const rows: (Omit<MyOnboarding, 'checklist' | 'stage' | 'consentText' | 'currentConsentVersion'> & {
      invited: boolean;
      submissions: number;
    })[] = await manager.query(
      `SELECT c.id AS "clientId", c.target_roles AS "targetRoles", c.locations, c.availability,
              c.work_authorization AS "workAuthorization", c.resume_url AS "resumeUrl",
              c.consent_version AS "consentVersion", c.consent_at AS "consentAt", c.version,
              true AS invited,
              (SELECT count(*)::int FROM candidate_submissions s WHERE s.organization_id = c.organization_id AND s.client_id = c.id) AS submissions
         FROM clients c WHERE c.organization_id = $1 AND c.membership_id = $2`,
      [ctx.orgId, ctx.membershipId],
    );
    if (!rows.length) throw new NotFoundError('Profile');
    return rows[0];
  }
}

/** The conditions of the candidate list (and of "select all"): the viewer's candidates, then the filter. */
function candidateConditions(ctx: ServiceContext, filter: CandidateFilter, params: unknown[]): string[] {
  const conditions = ['c.organization_id = $1', visibleClientCondition(ctx, 'c', params)];
  if (filter.stages?.length) {
    params.push(filter.stages);
    conditions.push(`(${STAGE_SQL}) = ANY($${params.length})`);
  }
  conditions.push(
    ...clientFilterConditions('c', params, { coachId: filter.recruiterId, search: filter.search }),
  );
  return conditions;
}

function presentCandidate(row: CandidateRow): Candidate {
  const { availability, consentVersion, accepted, ...candidate } = row;
  return {
    ...candidate,
    checklist: onboardingChecklist({
      invited: true,
      accepted,
      targetRoles: row.targetRoles,
      locations: row.locations,
      availability,
      consentVersion,
      submissions: row.submissions,
    }),
  };
}

function presentOnboarding(
  row: Omit<MyOnboarding, 'checklist' | 'stage' | 'consentText' | 'currentConsentVersion'> & {
    invited: boolean;
    submissions: number;
  },
): MyOnboarding {
  const { invited, submissions, ...profile } = row;
  const facts = { ...profile, invited, accepted: true, submissions };
  return {
    ...profile,
    consentText: CONSENT_TEXT,
    currentConsentVersion: CONSENT_VERSION,
    checklist: onboardingChecklist(facts),
    stage: onboardingStage(facts),
  };
}
