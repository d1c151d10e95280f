import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { rejectionStageFor, shouldSuggestFeedbackRequest } from '@rebound/domain';
import { isStaff, visibleClientCondition } from '../../common/client-visibility.js';
import { dateOnly } from '../../common/date-only.js';
import { ConflictError, ForbiddenError, NotFoundError } from '../../common/errors.js';
import { staleOrMissing, updateVersioned } from '../../common/optimistic-lock.js';
import { keysetPage } from '../../common/keyset-page.js';
import type { Connection } from '../../common/pagination.js';
import type { ServiceContext } from '../../common/request-context.js';
import { ApplicationService } from '../applications/application.service.js';
import type { Application } from '../applications/dto/application.types.js';
import {
  CLIENT_ONLY_FIELDS,
  COACH_ONLY_FIELDS,
  type RecordRejectionInput,
  type Rejection,
  type RejectionFields,
  type RejectionFilter,
  type UpdateRejectionInput,
} from './dto/rejection.types.js';
import { assertApplicationDates } from '../applications/application-dates.js';

/** What a rejection's fields are read from (table alias `r`), by field. */
const REJECTION_FIELDS: [expression: string, field: keyof Rejection][] = [
  ['r.id', 'id'],
  ['r.application_id', 'applicationId'],
  ['r.client_id', 'clientId'],
  [dateOnly('r.rejected_on'), 'rejectedOn'],
  ['r.stage_reached', 'stageReached'],
  ['r.ended_by', 'endedBy'],
  ['r.automated', 'automated'],
  ['r.employer_reason', 'employerReason'],
  ['r.client_view_reason', 'clientViewReason'],
  ['r.coach_tag', 'coachTag'],
  [`coalesce(r.coach_tag, r.employer_reason, r.client_view_reason, 'unknown')`, 'effectiveReason'],
  ['r.feedback_source', 'feedbackSource'],
  ['r.feedback_text', 'feedbackText'],
  ['r.client_notes', 'clientNotes'],
  ['r.coach_private_notes', 'coachPrivateNotes'],
  ['r.check_in', 'checkIn'],
  ['r.missing_skill', 'missingSkill'],
  ['r.email_text', 'emailText'],
  ['r.version', 'version'],
  ['r.created_at', 'createdAt'],
  ['r.updated_at', 'updatedAt'],
];

/** A rejection as read from SQL, before `RejectionService.present`. */
export type RejectionRow = Omit<Rejection, 'feedbackRequestSuggested'>;

/** Fields read whatever was asked for: the ids relations load by, and what `present` derives from. */
const ALWAYS_READ = new Set<string>(['id', 'applicationId', 'clientId', 'endedBy', 'automated']);

/**
 * A rejection that a list joins to each of its rows (alias `r`), its columns named `prefix` + field:
 * the `columns` to select and how to `read` it back from a row (null when the row has none). With
 * `fields`, only those are read (and the few every rejection needs); the others stay undefined.
 */
export function prefixedRejection(
  prefix: string,
  fields?: ReadonlySet<string>,
): {
  columns: string;
  read(row: Record<string, unknown>): RejectionRow | null;
} {
  const named = REJECTION_FIELDS.filter(
    ([, field]) => !fields || fields.has(field) || ALWAYS_READ.has(field),
  ).map(([expression, field]) => [expression, field, `${prefix}${field}`] as const);
  return {
    columns: named.map(([expression, , column]) => `${expression} AS "${column}"`).join(', '),
    read(row) {
      if (row[named[0][2]] === null) return null;
      const rejection: Record<string, unknown> = {};
      for (const [, field, column] of named) rejection[field] = row[column];
      return rejection as unknown as RejectionRow;
    },
  };
}

const REJECTION_COLUMNS = prefixedRejection('').columns;

/** SQL column for each writable field. */
const COLUMN: Record<string, string> = {
  endedBy: 'ended_by',
  automated: 'automated',
  stageReached: 'stage_reached',
  employerReason: 'employer_reason',
  feedbackSource: 'feedback_source',
  feedbackText: 'feedback_text',
  clientViewReason: 'client_view_reason',
  clientNotes: 'client_notes',
  checkIn: 'check_in',
  missingSkill: 'missing_skill',
  coachTag: 'coach_tag',
  coachPrivateNotes: 'coach_private_notes',
  rejectedOn: 'rejected_on',
};

/** A blank skill is no skill. */
function normalised(field: string, value: unknown): unknown {
  if (field === 'missingSkill' && typeof value === 'string') return value.trim() || null;
  return value;
}

function visibleRejections(ctx: ServiceContext, params: unknown[]): string {
  return `rejections r JOIN clients c ON c.organization_id = r.organization_id AND c.id = r.client_id
    WHERE r.organization_id = $1 AND ${visibleClientCondition(ctx, 'c', params)}`;
}

@Injectable()
export class RejectionService {
  constructor(private readonly applications: ApplicationService) {}

  /** What the viewer may see of a rejection: clients never see the coach's private notes. */
  present(ctx: ServiceContext, row: RejectionRow): Rejection {
    return {
      ...row,
      coachPrivateNotes: isStaff(ctx) ? row.coachPrivateNotes : null,
      feedbackRequestSuggested: shouldSuggestFeedbackRequest({
        endedBy: row.endedBy,
        automated: row.automated,
      }),
    };
  }

  async list(
    ctx: ServiceContext,
    first: number,
    after: string | null | undefined,
    filter: RejectionFilter = {},
  ): Promise<Connection<Rejection>> {
    const params: unknown[] = [ctx.orgId];
    let from = visibleRejections(ctx, params);
    if (filter.clientId) {
      params.push(filter.clientId);
      from += ` AND r.client_id = $${params.length}`;
    }
    if (filter.stages?.length) {
      params.push(filter.stages);
      from += ` AND r.stage_reached = ANY($${params.length})`;
    }
    if (filter.reasons?.length) {
      params.push(filter.reasons);
      from += ` AND coalesce(r.coach_tag, r.employer_reason, r.client_view_reason, 'unknown') = ANY($${params.length})`;
    }
    if (filter.from) {
      params.push(filter.from);
      from += ` AND r.rejected_on >= $${params.length}::date`;
    }
    if (filter.to) {
      params.push(filter.to);
      from += ` AND r.rejected_on <= $${params.length}::date`;
    }
    return keysetPage<Rejection>(
      ctx.db,
      {
        columns: REJECTION_COLUMNS,
        from,
        params,
        order: { key: 'r.rejected_on', type: 'date', id: 'r.id', direction: 'DESC' },
        first,
        after,
      },
      (row) => this.present(ctx, row),
    );
  }

  async find(ctx: ServiceContext, id: string): Promise<Rejection> {
    const params: unknown[] = [ctx.orgId, id];
    const manager = await ctx.db.manager();
    const rows: Rejection[] = await manager.query(
      `SELECT ${REJECTION_COLUMNS} FROM ${visibleRejections(ctx, params)} AND r.id = $2`,
      params,
    );
    if (!rows.length) throw new NotFoundError('Rejection');
    return this.present(ctx, rows[0]);
  }

  async byApplication(
    ctx: ServiceContext,
    applicationIds: readonly string[],
  ): Promise<Map<string, Rejection>> {
    const params: unknown[] = [ctx.orgId, applicationIds];
    const manager = await ctx.db.manager();
    const rows: Rejection[] = await manager.query(
      `SELECT ${REJECTION_COLUMNS} FROM ${visibleRejections(ctx, params)} AND r.application_id = ANY($2)`,
      params,
    );
    return new Map(rows.map((row) => [row.applicationId, this.present(ctx, row)]));
  }

  async findMany(ctx: ServiceContext, ids: readonly string[]): Promise<Map<string, Rejection>> {
    const params: unknown[] = [ctx.orgId, ids];
    const manager = await ctx.db.manager();
    const rows: Rejection[] = await manager.query(
      `SELECT ${REJECTION_COLUMNS} FROM ${visibleRejections(ctx, params)} AND r.id = ANY($2)`,
      params,
    );
    return new Map(rows.map((row) => [row.id, this.present(ctx, row)]));
  }

  /** Closes the application as rejected and records what is known, in one step. */
  async record(ctx: ServiceContext, input: RecordRejectionInput): Promise<Rejection> {
    this.assertOwnFields(ctx, input);
    const application = await this.applications.find(ctx, input.applicationId, true);
    if (application.version !== input.applicationVersion) {
      await staleOrMissing(await ctx.db.manager(), 'applications', ctx.orgId, application.id, 'Application');
    }
    // A late "no" after silence is still the employer's answer: a ghosted application takes it.
    if (application.closedAt && application.stage !== 'ghosted')
      throw new ConflictError(
        'APPLICATION_CLOSED',
        'This application is already closed.',
        'input.applicationId',
      );
    assertApplicationDates(
      { appliedOn: application.appliedOn, rejectedOn: input.rejectedOn },
      { appliedOn: 'input.applicationId', rejectedOn: 'input.rejectedOn' },
    );
    return this.recordFor(ctx, application, { ...input, id: randomUUID() });
  }

  /** Closes an open, locked application as rejected and inserts the rejection with the given id. */
  async recordFor(
    ctx: ServiceContext,
    application: Application,
    input: RejectionFields & { id: string; rejectedOn: string; emailText?: string },
  ): Promise<Rejection> {
    this.assertOwnFields(ctx, input);
    await this.applications.changeStage(ctx, application, 'rejected', null);
    const values: Record<string, unknown> = {
      stage_reached:
        input.stageReached ??
        rejectionStageFor({
          stage: application.furthestStage,
          interviewRound: application.furthestInterviewRound,
        }),
      rejected_on: input.rejectedOn,
      ...(input.emailText ? { email_text: input.emailText } : {}),
    };
    for (const [field, column] of Object.entries(COLUMN)) {
      const value = (input as unknown as Record<string, unknown>)[field];
      if (value !== undefined && !(column in values)) values[column] = normalised(field, value);
    }
    const columns = Object.keys(values);
    const manager = await ctx.db.manager();
    await manager.query(
      `INSERT INTO rejections (organization_id, id, application_id, client_id, ${columns.join(', ')})
       VALUES ($1, $2, $3, $4, ${columns.map((_, index) => `$${index + 5}`).join(', ')})`,
      [ctx.orgId, input.id, application.id, application.clientId, ...Object.values(values)],
    );
    return this.find(ctx, input.id);
  }

  async update(ctx: ServiceContext, input: UpdateRejectionInput): Promise<Rejection> {
    this.assertOwnFields(ctx, input);
    await this.find(ctx, input.id);
    const changes = Object.entries(COLUMN).filter(
      ([field]) => (input as unknown as Record<string, unknown>)[field] !== undefined,
    );
    const manager = await ctx.db.manager();
    await updateVersioned(
      manager,
      `UPDATE rejections SET ${changes
        .map(([, column], index) => `${column} = $${index + 4}`)
        .concat('version = version + 1', 'updated_at = now()')
        .join(', ')}
        WHERE organization_id = $1 AND id = $2 AND version = $3 RETURNING id`,
      [
        ctx.orgId,
        input.id,
        input.version,
        ...changes.map(([field]) => normalised(field, (input as unknown as Record<string, unknown>)[field])),
      ],
      { table: 'rejections', orgId: ctx.orgId, id: input.id, what: 'Rejection' },
    );
    return this.find(ctx, input.id);
  }

  /** The coach's tag and private notes are the coach's; the client's view, notes and check-in the client's. */
  private assertOwnFields(ctx: ServiceContext, input: object): void {
    const given = (fields: readonly string[]) =>
      fields.filter((field) => (input as Record<string, unknown>)[field] !== undefined);
    const notYours = isStaff(ctx) ? given(CLIENT_ONLY_FIELDS) : given(COACH_ONLY_FIELDS);
    if (notYours.length) {
      const owner = isStaff(ctx) ? 'the client' : 'the coach';
      const message = `Only ${owner} can set this.`;
      const code = isStaff(ctx) ? 'CLIENT_ONLY_FIELD' : 'COACH_ONLY_FIELD';
      throw new ForbiddenError(
        message,
        notYours.map((field) => ({ path: `input.${field}`, code, message })),
      );
    }
  }
}
