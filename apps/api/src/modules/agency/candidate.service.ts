import { Injectable } from '@nestjs/common';
import { CONSENT_VERSION, onboardingChecklist } from '@rebound/domain';
import {
  clientFilterConditions,
  CLIENTS_BY_NAME,
  visibleClientCondition,
} from '../../common/client-visibility.js';
import { safeCsv } from '../../common/safe-csv.js';
import { NotFoundError } from '../../common/errors.js';
import { keysetPage } from '../../common/keyset-page.js';
import type { Connection } from '../../common/pagination.js';
import type { ServiceContext } from '../../common/request-context.js';
import { CANDIDATE_INVITATIONS_QUEUE } from '../jobs/queue-names.js';
import type { InvitationJob } from './candidate-invitation.processor.js';
import type { Candidate, CandidateFilter } from './dto/onboarding.types.js';
import { JobSender } from './job-sender.js';
import { assertStaff } from './staff-only.js';
import { AUDIT_ACTIONS } from '../audit/audit-actions.js';
import { AuditLogService } from '../audit/audit-log.service.js';

/**
 * The onboarding stage of client `c` in SQL, the same rule as `onboardingStage` in libs/domain (a test
 * checks the two agree on every candidate): the dashboard counts it and lists filter on it.
 */
export const STAGE_SQL = `CASE
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

/** An agency's candidates: the list, invitations and their reminders, and the CSV export. */
@Injectable()
export class CandidateService {
  constructor(
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
