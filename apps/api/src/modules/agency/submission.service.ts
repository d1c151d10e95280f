import { Injectable } from '@nestjs/common';
import {
  applicationStageOf,
  nextInterviewRound,
  submissionMoveProblem,
  submissionStageOf,
  type SubmissionMoveProblem,
  type ProblemCode,
} from '@rebound/domain';
import { containsPattern, visibleClientCondition } from '../../common/client-visibility.js';
import { dateOnly, todayUtc } from '../../common/date-only.js';
import { BadUserInputError, NotFoundError, type FieldProblem } from '../../common/errors.js';
import { staleOrMissing } from '../../common/optimistic-lock.js';
import { keysetPage } from '../../common/keyset-page.js';
import type { Connection } from '../../common/pagination.js';
import type { ServiceContext } from '../../common/request-context.js';
import { APPLICATION_COLUMNS, ApplicationService } from '../applications/application.service.js';
import type { Application } from '../applications/dto/application.types.js';
import { RejectionService } from '../rejections/rejection.service.js';
import type { SubmitCandidateInput, Submission } from './dto/onboarding.types.js';
import { EmployerService } from './employer.service.js';
import type { MoveSubmissionInput, MoveSubmissionsInput, SubmissionFilter } from './dto/submission.types.js';
import { assertStaff } from './staff-only.js';

type SubmissionRow = Omit<Submission, 'stage' | 'interviewRound' | 'version'> & {
  application: Application;
};

/** The submissions of the candidates the viewer may see, each with its application, employer and outcome. */
function visibleSubmissions(ctx: ServiceContext, params: unknown[]): string {
  return `candidate_submissions s
    JOIN clients c ON c.organization_id = s.organization_id AND c.id = s.client_id
    JOIN applications a ON a.organization_id = s.organization_id AND a.id = s.application_id
    JOIN employers e ON e.organization_id = s.organization_id AND e.id = s.employer_id
    LEFT JOIN employer_contacts oc ON oc.organization_id = s.organization_id AND oc.id = s.outcome_contact_id
   WHERE s.organization_id = $1 AND ${visibleClientCondition(ctx, 'c', params)}`;
}

const SUBMISSION_COLUMNS = `s.id, s.client_id AS "clientId", c.name AS "candidateName",
  ${dateOnly('s.submitted_on')} AS "submittedOn", s.note, s.outcome_reason AS "outcomeReason",
  jsonb_build_object('id', e.id, 'name', e.name) AS employer,
  CASE WHEN oc.id IS NULL THEN NULL ELSE jsonb_build_object('id', oc.id, 'employerId', oc.employer_id,
    'name', oc.name, 'email', oc.email, 'title', oc.title) END AS "outcomeContact",
  (SELECT to_jsonb(app) FROM (SELECT ${APPLICATION_COLUMNS}) app) AS application`;

/** How a refused move is answered, and which field it is about. */
const PROBLEMS: Record<SubmissionMoveProblem, { field: string; code: ProblemCode; message: string }> = {
  closed: {
    field: 'stage',
    code: 'SUBMISSION_ENDED',
    message: 'This submission has ended: a new attempt is a new submission.',
  },
  same_stage: {
    field: 'stage',
    code: 'SUBMISSION_SAME_STAGE',
    message: 'The submission is already at this stage.',
  },
  backwards: { field: 'stage', code: 'SUBMISSION_BACKWARDS', message: 'A submission only moves forward.' },
  placed_needs_offer: {
    field: 'stage',
    code: 'SUBMISSION_PLACED_WITHOUT_OFFER',
    message: 'A candidate is placed after an offer: record the offer first.',
  },
  not_recordable: {
    field: 'stage',
    code: 'SUBMISSION_NO_RESPONSE_NOT_RECORDABLE',
    message: 'Silence is noticed from the dates; it is not recorded.',
  },
  reason_required: { field: 'reason', code: 'REQUIRED', message: 'Choose why it ended.' },
};

/**
 * The agency's pipeline: a submission moves through the stages of the candidate's own application, so
 * the candidate's tracker follows it, and a rejection is recorded as the candidate's rejection (their
 * insights count it as they count any other).
 */
@Injectable()
export class SubmissionService {
  constructor(
    private readonly applications: ApplicationService,
    private readonly rejections: RejectionService,
    private readonly employers: EmployerService,
  ) {}

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
    return this.findByApplication(ctx, application.id);
  }

  async list(
    ctx: ServiceContext,
    first: number,
    after: string | null | undefined,
    filter: SubmissionFilter = {},
  ): Promise<Connection<Submission>> {
    assertStaff(ctx);
    const params: unknown[] = [ctx.orgId];
    let from = visibleSubmissions(ctx, params);
    if (filter.stages?.length) {
      params.push(filter.stages.map(applicationStageOf));
      from += ` AND a.stage = ANY($${params.length})`;
    }
    if (filter.employerId) {
      params.push(filter.employerId);
      from += ` AND s.employer_id = $${params.length}`;
    }
    if (filter.clientId) {
      params.push(filter.clientId);
      from += ` AND s.client_id = $${params.length}`;
    }
    if (filter.open !== undefined && filter.open !== null) {
      from += filter.open ? ' AND a.closed_at IS NULL' : ' AND a.closed_at IS NOT NULL';
    }
    if (filter.search?.trim()) {
      params.push(containsPattern(filter.search));
      from += ` AND (lower(c.name) LIKE $${params.length} OR lower(a.role_title) LIKE $${params.length})`;
    }
    return keysetPage<SubmissionRow, Submission>(
      ctx.db,
      {
        columns: SUBMISSION_COLUMNS,
        from,
        params,
        order: { key: 's.submitted_on', type: 'date', id: 's.id', direction: 'DESC' },
        first,
        after,
      },
      present,
    );
  }

  async find(ctx: ServiceContext, id: string): Promise<Submission> {
    assertStaff(ctx);
    return (await this.findWhere(ctx, 's.id', [id]))[0] ?? notFound();
  }

  async findByApplication(ctx: ServiceContext, applicationId: string): Promise<Submission> {
    return (await this.findWhere(ctx, 's.application_id', [applicationId]))[0] ?? notFound();
  }

  /** One move, checked against the version the recruiter saw. */
  async move(ctx: ServiceContext, input: MoveSubmissionInput): Promise<Submission> {
    assertStaff(ctx);
    const [current] = await this.findWhere(ctx, 's.id', [input.id], true);
    if (!current) notFound();
    if (current.version !== input.version) {
      await staleOrMissing(
        await ctx.db.manager(),
        'applications',
        ctx.orgId,
        current.application.id,
        'Submission',
      );
    }
    const problems = await this.problemsOf(ctx, [current], input, 'input');
    if (problems.length) throw new BadUserInputError(problems);
    await this.apply(ctx, current, input);
    return this.find(ctx, input.id);
  }

  /**
   * The same move for many submissions, all or nothing: one refused submission refuses the lot, naming
   * each refused one by its place in `ids`.
   */
  async moveMany(ctx: ServiceContext, input: MoveSubmissionsInput): Promise<Submission[]> {
    assertStaff(ctx);
    const ids = [...new Set(input.ids)];
    const found = await this.findWhere(ctx, 's.id', ids, true);
    if (found.length !== ids.length) notFound();
    const byId = new Map(found.map((submission) => [submission.id, submission]));
    const ordered = ids.map((id) => byId.get(id)!);
    const problems = await this.problemsOf(ctx, ordered, input, 'input');
    if (problems.length) throw new BadUserInputError(problems);
    for (const submission of ordered) await this.apply(ctx, submission, input);
    const moved = new Map((await this.findWhere(ctx, 's.id', ids)).map((row) => [row.id, row]));
    return ids.map((id) => moved.get(id)!);
  }

  private async problemsOf(
    ctx: ServiceContext,
    submissions: Submission[],
    input: MoveSubmissionsInput | MoveSubmissionInput,
    path: string,
  ): Promise<FieldProblem[]> {
    const problems: FieldProblem[] = [];
    const bulk = 'ids' in input;
    submissions.forEach((submission, index) => {
      const problem = submissionMoveProblem({
        from: submission.stage,
        to: input.stage,
        fromRound: submission.interviewRound,
        toRound:
          input.stage === 'interview'
            ? ('interviewRound' in input && input.interviewRound) ||
              nextInterviewRound(submission.stage, submission.interviewRound)
            : null,
        reason: input.reason,
      });
      if (!problem) return;
      const { field, code, message } = PROBLEMS[problem];
      // In a bulk move the stage is everyone's: the submission that cannot take it is the one named.
      const fieldPath = bulk && field === 'stage' ? `${path}.ids.${index}` : `${path}.${field}`;
      // The candidate's name says which submission it is: in a bulk move, the one that cannot take the stage.
      const params = field === 'stage' ? { params: { candidate: submission.candidateName } } : {};
      if (!problems.some((known) => known.path === fieldPath)) {
        problems.push({ path: fieldPath, code, message, ...params });
      }
    });
    if (input.contactId) {
      const manager = await ctx.db.manager();
      const [contact]: { employerId: string }[] = await manager.query(
        `SELECT employer_id AS "employerId" FROM employer_contacts WHERE organization_id = $1 AND id = $2`,
        [ctx.orgId, input.contactId],
      );
      if (!contact || submissions.some((submission) => submission.employer.id !== contact.employerId)) {
        problems.push({
          path: `${path}.contactId`,
          code: 'CONTACT_OF_OTHER_EMPLOYER',
          message: 'Choose a contact of this employer.',
        });
      }
    }
    return problems;
  }

  private async apply(
    ctx: ServiceContext,
    submission: Submission,
    input: MoveSubmissionsInput | MoveSubmissionInput,
  ): Promise<void> {
    const application = submission.application;
    if (input.stage === 'rejected') {
      await this.rejections.record(ctx, {
        applicationId: application.id,
        applicationVersion: application.version,
        rejectedOn: input.decidedOn ?? todayUtc(),
        endedBy: 'employer',
        employerReason: input.reason,
      });
    } else {
      const round =
        input.stage === 'interview'
          ? ('interviewRound' in input && input.interviewRound) ||
            nextInterviewRound(submission.stage, submission.interviewRound)
          : null;
      await this.applications.changeStage(ctx, application, applicationStageOf(input.stage), round);
    }
    const ended = input.stage === 'rejected' || input.stage === 'withdrawn';
    const manager = await ctx.db.manager();
    await manager.query(
      `UPDATE candidate_submissions SET outcome_reason = $3, outcome_contact_id = $4
        WHERE organization_id = $1 AND id = $2`,
      [ctx.orgId, submission.id, ended ? input.reason : null, input.contactId ?? null],
    );
  }

  private async findWhere(
    ctx: ServiceContext,
    column: 's.id' | 's.application_id',
    ids: readonly string[],
    lock = false,
  ): Promise<Submission[]> {
    const params: unknown[] = [ctx.orgId, ids];
    const manager = await ctx.db.manager();
    const rows: SubmissionRow[] = await manager.query(
      `SELECT ${SUBMISSION_COLUMNS} FROM ${visibleSubmissions(ctx, params)} AND ${column} = ANY($2)
        ${lock ? 'FOR UPDATE OF a' : ''}`,
      params,
    );
    return rows.map(present);
  }
}

function present(row: SubmissionRow): Submission {
  // Read through JSON, the application's timestamps arrive as text.
  const json = row.application as unknown as Record<string, string | null>;
  const application: Application = {
    ...row.application,
    lastActivityAt: new Date(json.lastActivityAt!),
    closedAt: json.closedAt ? new Date(json.closedAt) : null,
    createdAt: new Date(json.createdAt!),
    updatedAt: new Date(json.updatedAt!),
  };
  return {
    ...row,
    application,
    stage: submissionStageOf(row.application.stage),
    interviewRound: row.application.stage === 'interview' ? row.application.interviewRound : null,
    version: row.application.version,
  };
}

function notFound(): never {
  throw new NotFoundError('Submission');
}
