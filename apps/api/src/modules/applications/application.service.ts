import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { canMoveTo, furthestStage, type ApplicationStage } from '@rebound/domain';
import { visibleClientCondition } from '../../common/client-visibility.js';
import { dateOnlyColumn } from '../../common/date-only.js';
import { BadUserInputError, NotFoundError } from '../../common/errors.js';
import { staleOrMissing, updateVersioned } from '../../common/optimistic-lock.js';
import { keysetPage } from '../../common/keyset-page.js';
import type { Connection } from '../../common/pagination.js';
import type { ServiceContext } from '../../common/request-context.js';
import { groupBy } from '../../common/request-loaders.js';
import { ClientService } from '../clients/client.service.js';
import { assertApplicationDates } from './application-dates.js';
import type {
  Application,
  ApplicationFilter,
  ApplicationSort,
  CreateApplicationInput,
  MoveApplicationInput,
  StageEvent,
  UpdateApplicationInput,
} from './dto/application.types.js';

export const APPLICATION_COLUMNS = `a.id, a.client_id AS "clientId", a.company, a.role_title AS "roleTitle",
  a.posting_url AS "postingUrl", a.source, ${dateOnlyColumn('a.applied_on', 'appliedOn')}, a.stage,
  a.interview_round AS "interviewRound", a.furthest_stage AS "furthestStage",
  a.furthest_interview_round AS "furthestInterviewRound", a.last_activity_at AS "lastActivityAt",
  a.closed_at AS "closedAt", a.version, a.created_at AS "createdAt", a.updated_at AS "updatedAt"`;

/** Applications joined to their client, limited to clients the viewer may see. */
function visibleApplications(ctx: ServiceContext, params: unknown[]): string {
  return `applications a JOIN clients c ON c.organization_id = a.organization_id AND c.id = a.client_id
    WHERE a.organization_id = $1 AND ${visibleClientCondition(ctx, 'c', params)}`;
}

const CLOSING: ReadonlySet<ApplicationStage> = new Set(['hired', 'rejected', 'withdrawn', 'ghosted']);

@Injectable()
export class ApplicationService {
  constructor(private readonly clients: ClientService) {}

  async list(
    ctx: ServiceContext,
    first: number,
    after: string | null | undefined,
    filter: ApplicationFilter = {},
    sort: ApplicationSort = 'applied_newest',
  ): Promise<Connection<Application>> {
    const params: unknown[] = [ctx.orgId];
    let from = visibleApplications(ctx, params);
    if (filter.clientId) {
      params.push(filter.clientId);
      from += ` AND a.client_id = $${params.length}`;
    }
    if (filter.stages?.length) {
      params.push(filter.stages);
      from += ` AND a.stage = ANY($${params.length})`;
    }
    if (filter.open !== undefined)
      from += filter.open ? ' AND a.closed_at IS NULL' : ' AND a.closed_at IS NOT NULL';
    if (filter.appliedFrom) {
      params.push(filter.appliedFrom);
      from += ` AND a.applied_on >= $${params.length}::date`;
    }
    if (filter.appliedTo) {
      params.push(filter.appliedTo);
      from += ` AND a.applied_on <= $${params.length}::date`;
    }
    const direction = sort === 'applied_newest' ? 'DESC' : 'ASC';
    return keysetPage<Application>(ctx.db, {
      columns: APPLICATION_COLUMNS,
      from,
      params,
      order: { key: 'a.applied_on', type: 'date', id: 'a.id', direction },
      first,
      after,
    });
  }

  async find(ctx: ServiceContext, id: string, lock = false): Promise<Application> {
    const params: unknown[] = [ctx.orgId, id];
    const manager = await ctx.db.manager();
    const rows: Application[] = await manager.query(
      `SELECT ${APPLICATION_COLUMNS} FROM ${visibleApplications(ctx, params)} AND a.id = $2 ${lock ? 'FOR UPDATE OF a' : ''}`,
      params,
    );
    if (!rows.length) throw new NotFoundError('Application');
    return rows[0];
  }

  async findMany(ctx: ServiceContext, ids: readonly string[]): Promise<Map<string, Application>> {
    const params: unknown[] = [ctx.orgId, ids];
    const manager = await ctx.db.manager();
    const rows: Application[] = await manager.query(
      `SELECT ${APPLICATION_COLUMNS} FROM ${visibleApplications(ctx, params)} AND a.id = ANY($2)`,
      params,
    );
    return new Map(rows.map((row) => [row.id, row]));
  }

  /** Staff for clients they see, or the client for themself. */
  async create(ctx: ServiceContext, input: CreateApplicationInput): Promise<Application> {
    assertApplicationDates(
      { appliedOn: input.appliedOn },
      { appliedOn: 'input.appliedOn', rejectedOn: 'input.appliedOn' },
    );
    await this.clients.find(ctx, input.clientId);
    const id = input.id ?? randomUUID();
    const manager = await ctx.db.manager();
    const inserted: { id: string }[] = await manager.query(
      `INSERT INTO applications (organization_id, id, client_id, company, role_title, posting_url, source, applied_on, created_by_user_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       ON CONFLICT (organization_id, id) DO NOTHING RETURNING id`,
      [
        ctx.orgId,
        id,
        input.clientId,
        input.company.trim(),
        input.roleTitle.trim(),
        input.postingUrl ?? null,
        input.source,
        input.appliedOn,
        ctx.userId,
      ],
    );
    // The same id again is a retry of a create that already happened: answer with what it made.
    if (!inserted.length) return this.find(ctx, id);
    await manager.query(
      `INSERT INTO application_stage_events (organization_id, application_id, from_stage, to_stage, changed_by_user_id)
       VALUES ($1, $2, NULL, 'applied', $3)`,
      [ctx.orgId, id, ctx.userId],
    );
    return this.find(ctx, id);
  }

  async update(ctx: ServiceContext, input: UpdateApplicationInput): Promise<Application> {
    assertApplicationDates(
      { appliedOn: input.appliedOn },
      { appliedOn: 'input.appliedOn', rejectedOn: 'input.appliedOn' },
    );
    const current = await this.find(ctx, input.id);
    const manager = await ctx.db.manager();
    await updateVersioned(
      manager,
      `UPDATE applications SET company = $4, role_title = $5, posting_url = $6, source = $7, applied_on = $8,
              version = version + 1, updated_at = now()
        WHERE organization_id = $1 AND id = $2 AND version = $3 RETURNING id`,
      [
        ctx.orgId,
        input.id,
        input.version,
        input.company?.trim() ?? current.company,
        input.roleTitle?.trim() ?? current.roleTitle,
        input.postingUrl === undefined ? current.postingUrl : input.postingUrl,
        input.source ?? current.source,
        input.appliedOn ?? current.appliedOn,
      ],
      { table: 'applications', orgId: ctx.orgId, id: input.id, what: 'Application' },
    );
    return this.find(ctx, input.id);
  }

  /** Moves along the stages; a rejection is recorded with `recordRejection`, which also closes it. */
  async move(ctx: ServiceContext, input: MoveApplicationInput): Promise<Application> {
    if (input.stage === 'rejected') {
      throw new BadUserInputError([
        {
          path: 'input.stage',
          code: 'RECORD_REJECTION_INSTEAD',
          message: 'Record the rejection instead: it closes the application.',
        },
      ]);
    }
    const current = await this.find(ctx, input.id, true);
    if (current.version !== input.version)
      await staleOrMissing(await ctx.db.manager(), 'applications', ctx.orgId, input.id, 'Application');
    await this.changeStage(ctx, current, input.stage, input.interviewRound ?? null);
    return this.find(ctx, input.id);
  }

  /**
   * The one place a stage changes: checks the move, keeps the furthest stage for good, appends the
   * history event, and closes the application on a closing stage.
   */
  async changeStage(
    ctx: ServiceContext,
    current: Application,
    stage: ApplicationStage,
    round: number | null,
  ): Promise<void> {
    const interviewRound = stage === 'interview' ? (round ?? 1) : null;
    if (!canMoveTo(current.stage, stage)) {
      throw new BadUserInputError([
        {
          path: 'input.stage',
          code: 'STAGE_MOVE_NOT_ALLOWED',
          params: { from: current.stage, to: stage },
          message: `An application cannot move from ${current.stage} to ${stage}.`,
        },
      ]);
    }
    const furthest = furthestStage([
      { stage: current.furthestStage, interviewRound: current.furthestInterviewRound },
      { stage, interviewRound },
    ]);
    const manager = await ctx.db.manager();
    await manager.query(
      `UPDATE applications SET stage = $3, interview_round = $4, furthest_stage = $5, furthest_interview_round = $6,
              closed_at = CASE WHEN $7 THEN coalesce(closed_at, now()) ELSE NULL END,
              last_activity_at = now(), version = version + 1, updated_at = now()
        WHERE organization_id = $1 AND id = $2`,
      [
        ctx.orgId,
        current.id,
        stage,
        interviewRound,
        furthest.stage,
        furthest.interviewRound ?? null,
        CLOSING.has(stage),
      ],
    );
    await manager.query(
      `INSERT INTO application_stage_events (organization_id, application_id, from_stage, to_stage, interview_round, changed_by_user_id)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [ctx.orgId, current.id, current.stage, stage, interviewRound, ctx.userId],
    );
  }

  async historyOf(
    ctx: ServiceContext,
    applicationIds: readonly string[],
  ): Promise<Map<string, StageEvent[]>> {
    const manager = await ctx.db.manager();
    const rows: StageEvent[] = await manager.query(
      `SELECT e.id, e.application_id AS "applicationId", e.from_stage AS "fromStage", e.to_stage AS "toStage",
              e.interview_round AS "interviewRound", u.name AS "changedByName", e.changed_at AS "changedAt"
         FROM application_stage_events e LEFT JOIN users u ON u.id = e.changed_by_user_id
        WHERE e.organization_id = $1 AND e.application_id = ANY($2)
        ORDER BY e.changed_at, e.id`,
      [ctx.orgId, applicationIds],
    );
    return groupBy(rows, (row) => row.applicationId);
  }
}
