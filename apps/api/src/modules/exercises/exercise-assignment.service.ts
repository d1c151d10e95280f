import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import {
  isOverdue,
  nextAssignmentStatus,
  validateAnswers,
  type AssignmentEvent,
  type AssignmentStatus,
  type BuiltInTemplateKey,
  type ExerciseTemplateContent,
} from '@rebound/domain';
import { isStaff, visibleClientCondition } from '../../common/client-visibility.js';
import { dateOnlyColumn } from '../../common/date-only.js';
import { BadUserInputError, ConflictError, ForbiddenError, NotFoundError } from '../../common/errors.js';
import { updateVersioned } from '../../common/optimistic-lock.js';
import { keysetPage, newestFirst } from '../../common/keyset-page.js';
import type { Connection } from '../../common/pagination.js';
import type { ServiceContext } from '../../common/request-context.js';
import { ClientService } from '../clients/client.service.js';
import { NotificationEventsService } from '../notifications/notification-events.service.js';
import { BUILT_IN_PREFIX, ExerciseTemplateService } from './exercise-template.service.js';
import type {
  AssignExerciseInput,
  ExerciseAnswer,
  ExerciseAnswerInput,
  ExerciseAssignment,
  ExerciseAssignmentFilter,
  ExerciseTemplate,
  RescheduleExerciseInput,
  ReviewExerciseInput,
  SaveExerciseAnswersInput,
  WithdrawExerciseInput,
} from './dto/exercise.types.js';

interface AssignmentRow {
  id: string;
  clientId: string;
  builtInKey: string | null;
  templateId: string | null;
  templateVersion: number | null;
  content: ExerciseTemplateContent;
  dueOn: string | null;
  status: AssignmentStatus;
  answers: Record<string, string | number | string[]>;
  rejectionId: string | null;
  evidenceRejectionIds: string[];
  planItemId: string | null;
  coachComment: string;
  submittedAt: Date | null;
  reviewedAt: Date | null;
  version: number;
  createdAt: Date;
  cursorAt: string;
}

const ASSIGNMENT_COLUMNS = `x.id, x.client_id AS "clientId", x.built_in_key AS "builtInKey", v.template_id AS "templateId",
  v.version_number AS "templateVersion", x.content, ${dateOnlyColumn('x.due_on', 'dueOn')}, x.status, x.answers,
  x.rejection_id AS "rejectionId", x.evidence_rejection_ids AS "evidenceRejectionIds", x.plan_item_id AS "planItemId", x.coach_comment AS "coachComment", x.submitted_at AS "submittedAt",
  x.reviewed_at AS "reviewedAt", x.version, x.created_at AS "createdAt"`;

function visibleAssignments(ctx: ServiceContext, params: unknown[]): string {
  return `exercise_assignments x
    JOIN clients c ON c.organization_id = x.organization_id AND c.id = x.client_id
    LEFT JOIN exercise_template_versions v ON v.organization_id = x.organization_id AND v.id = x.template_version_id
   WHERE x.organization_id = $1 AND ${visibleClientCondition(ctx, 'c', params)}`;
}

function toAnswerMap(answers: ExerciseAnswerInput[]): Record<string, unknown> {
  return Object.fromEntries(
    answers.map((answer) => [answer.promptKey, answer.text ?? answer.number ?? answer.choices ?? null]),
  );
}

function toAnswerList(answers: AssignmentRow['answers']): ExerciseAnswer[] {
  return Object.entries(answers).map(([promptKey, value]) =>
    Array.isArray(value)
      ? { promptKey, choices: value }
      : typeof value === 'number'
        ? { promptKey, number: value }
        : { promptKey, text: value },
  );
}

/** Exercises assigned to clients: assigning, answering, reviewing, withdrawing and rescheduling. */
@Injectable()
export class ExerciseAssignmentService {
  constructor(
    private readonly clients: ClientService,
    private readonly notifications: NotificationEventsService,
    private readonly templates: ExerciseTemplateService,
  ) {}

  /** One assignment per client, each with the template's current content frozen in it. */
  async assign(ctx: ServiceContext, input: AssignExerciseInput): Promise<ExerciseAssignment[]> {
    if (!isStaff(ctx)) throw new ForbiddenError('Coaches assign exercises.');
    const template = await this.templates.findTemplate(ctx, input.templateId);
    const clientIds = [...new Set(input.clientIds)];
    if (input.rejectionId && clientIds.length !== 1) {
      throw new BadUserInputError([
        {
          path: 'input.rejectionId',
          code: 'LINK_NEEDS_ONE_CLIENT',
          message: 'Link a rejection only when assigning to one client.',
        },
      ]);
    }
    if (input.evidenceRejectionIds?.length && clientIds.length !== 1) {
      throw new BadUserInputError([
        {
          path: 'input.evidenceRejectionIds',
          code: 'LINK_NEEDS_ONE_CLIENT',
          message: 'Link rejections only when assigning to one client.',
        },
      ]);
    }
    const clients = [];
    for (const clientId of clientIds) clients.push(await this.clients.find(ctx, clientId));
    const manager = await ctx.db.manager();
    await this.refuseOpenDuplicates(ctx, template.id, clients);
    const evidence = [...new Set(input.evidenceRejectionIds ?? [])];
    if (evidence.length) {
      const [{ found }]: { found: number }[] = await manager.query(
        'SELECT count(*)::int AS found FROM rejections WHERE organization_id = $1 AND id = ANY($2) AND client_id = $3',
        [ctx.orgId, evidence, clientIds[0]],
      );
      if (found !== evidence.length) throw new NotFoundError('Rejection');
    }
    if (input.rejectionId) {
      const rejection = await manager.query(
        'SELECT 1 FROM rejections WHERE organization_id = $1 AND id = $2 AND client_id = $3',
        [ctx.orgId, input.rejectionId, clientIds[0]],
      );
      if (!rejection.length) throw new NotFoundError('Rejection');
    }
    if (input.planItemId) {
      const item = await manager.query(
        'SELECT 1 FROM plan_items WHERE organization_id = $1 AND id = $2 AND client_id = $3',
        [ctx.orgId, input.planItemId, clientIds[0]],
      );
      if (!item.length) throw new NotFoundError('Plan item');
    }
    const ids: string[] = [];
    for (const clientId of clientIds) {
      ids.push(
        await this.insertAssignment(ctx, template, clientId, {
          dueOn: input.dueOn ?? null,
          rejectionId: input.rejectionId ?? null,
          planItemId: input.planItemId ?? null,
          evidence,
        }),
      );
    }
    return Promise.all(ids.map((id) => this.findAssignment(ctx, id)));
  }

  /**
   * A client starts a built-in exercise on their own, as the next step after one of their rejections. Once
   * per rejection and exercise: accepting the same next step again answers the exercise already started.
   */
  async startForRejection(
    ctx: ServiceContext,
    input: { templateKey: BuiltInTemplateKey; rejectionId: string; planItemId: string | null; dueOn: string },
  ): Promise<ExerciseAssignment> {
    const manager = await ctx.db.manager();
    const params: unknown[] = [ctx.orgId, input.rejectionId];
    const [rejection]: { clientId: string }[] = await manager.query(
      `SELECT r.client_id AS "clientId" FROM rejections r
         JOIN clients c ON c.organization_id = r.organization_id AND c.id = r.client_id
        WHERE r.organization_id = $1 AND r.id = $2 AND ${visibleClientCondition(ctx, 'c', params)}`,
      params,
    );
    if (!rejection) throw new NotFoundError('Rejection');
    const [started]: { id: string }[] = await manager.query(
      `SELECT id FROM exercise_assignments
        WHERE organization_id = $1 AND rejection_id = $2 AND built_in_key = $3 LIMIT 1`,
      [ctx.orgId, input.rejectionId, input.templateKey],
    );
    if (started) return this.findAssignment(ctx, started.id);
    const template = await this.templates.findTemplate(ctx, `${BUILT_IN_PREFIX}${input.templateKey}`);
    const id = await this.insertAssignment(ctx, template, rejection.clientId, {
      dueOn: input.dueOn,
      rejectionId: input.rejectionId,
      planItemId: input.planItemId,
    });
    return this.findAssignment(ctx, id);
  }

  /** One assignment with the template's current content frozen in it; answers its id. */
  private async insertAssignment(
    ctx: ServiceContext,
    template: ExerciseTemplate,
    clientId: string,
    links: {
      dueOn: string | null;
      rejectionId: string | null;
      planItemId: string | null;
      /** The rejections behind the insight the coach assigned it from. */
      evidence?: string[];
    },
  ): Promise<string> {
    const manager = await ctx.db.manager();
    const content: ExerciseTemplateContent = {
      title: template.title,
      purpose: template.purpose,
      estimatedMinutes: template.estimatedMinutes,
      prompts: template.prompts,
    } as ExerciseTemplateContent;
    const id = randomUUID();
    await manager.query(
      `INSERT INTO exercise_assignments (organization_id, id, client_id, built_in_key, template_version_id, content, due_on, rejection_id, assigned_by_user_id, plan_item_id, evidence_rejection_ids)
       VALUES ($1, $2, $3, $4,
               (SELECT v.id FROM exercise_templates t JOIN exercise_template_versions v
                   ON v.organization_id = t.organization_id AND v.template_id = t.id AND v.version_number = t.current_version
                 WHERE t.organization_id = $1 AND t.id = $5::uuid),
               $6, $7, $8, $9, $10, $11)`,
      [
        ctx.orgId,
        id,
        clientId,
        template.builtIn ? template.id.slice(BUILT_IN_PREFIX.length) : null,
        template.builtIn ? null : template.id,
        JSON.stringify(content),
        links.dueOn,
        links.rejectionId,
        ctx.userId,
        links.planItemId,
        links.evidence ?? [],
      ],
    );
    await this.notifications.publish(ctx.db, ctx.orgId, {
      kind: 'exercise_assigned',
      audience: { clientOf: clientId },
      actorUserId: ctx.userId,
      title: 'New exercise from your coach',
      body: template.title,
      link: `/me/exercises/${id}`,
      key: `exercise-assigned:${id}`,
    });
    return id;
  }

  async listAssignments(
    ctx: ServiceContext,
    first: number,
    after: string | null | undefined,
    filter: ExerciseAssignmentFilter = {},
  ): Promise<Connection<ExerciseAssignment>> {
    const params: unknown[] = [ctx.orgId];
    let from = visibleAssignments(ctx, params);
    if (filter.clientId) {
      params.push(filter.clientId);
      from += ` AND x.client_id = $${params.length}`;
    }
    if (filter.statuses?.length) {
      params.push(filter.statuses);
      from += ` AND x.status = ANY($${params.length})`;
    } else {
      // A withdrawn exercise is gone from every list unless asked for by its status.
      from += ` AND x.status <> 'withdrawn'`;
    }
    return keysetPage<AssignmentRow, ExerciseAssignment>(
      ctx.db,
      { columns: ASSIGNMENT_COLUMNS, from, params, order: newestFirst('x'), first, after },
      (row) => this.presentAssignment(row),
    );
  }

  async findAssignment(ctx: ServiceContext, id: string): Promise<ExerciseAssignment> {
    const params: unknown[] = [ctx.orgId, id];
    const manager = await ctx.db.manager();
    const rows: AssignmentRow[] = await manager.query(
      `SELECT ${ASSIGNMENT_COLUMNS} FROM ${visibleAssignments(ctx, params)} AND x.id = $2`,
      params,
    );
    if (!rows.length) throw new NotFoundError('Exercise');
    return this.presentAssignment(rows[0]);
  }

  /**
   * The client's own work: a draft save keeps what was sent (null clears an answer) and may be partial;
   * a submission must answer every required prompt, checked against the version the exercise was made from.
   */
  async saveAnswers(
    ctx: ServiceContext,
    input: SaveExerciseAnswersInput,
    submit: boolean,
  ): Promise<ExerciseAssignment> {
    if (isStaff(ctx)) throw new ForbiddenError('Only the client answers their exercises.');
    const current = await this.findAssignment(ctx, input.id);
    const event: AssignmentEvent = submit ? 'submitted' : 'started';
    const next = nextAssignmentStatus(current.status, event);
    if (!next)
      throw new ConflictError(
        'EXERCISE_NOT_OPEN',
        `This exercise is ${current.status.replace('_', ' ')} and can no longer be changed.`,
        'input.id',
      );
    const incoming = toAnswerMap(input.answers);
    const merged = Object.fromEntries(
      Object.entries({
        ...Object.fromEntries(current.answers.map((a) => [a.promptKey, a.text ?? a.number ?? a.choices])),
        ...incoming,
      }).filter(([, value]) => value !== null && value !== undefined),
    );
    const problems = validateAnswers(
      current.prompts as ExerciseTemplateContent['prompts'],
      submit ? merged : incoming,
      { forSubmission: submit },
    );
    if (problems.length)
      throw new BadUserInputError(problems.map((problem) => ({ ...problem, path: `input.${problem.path}` })));
    const manager = await ctx.db.manager();
    await updateVersioned(
      manager,
      `UPDATE exercise_assignments SET answers = $4, status = $5, submitted_at = CASE WHEN $6 THEN now() ELSE submitted_at END,
              version = version + 1, updated_at = now()
        WHERE organization_id = $1 AND id = $2 AND version = $3`,
      [ctx.orgId, input.id, input.version, JSON.stringify(merged), next, submit],
      { table: 'exercise_assignments', orgId: ctx.orgId, id: input.id, what: 'Exercise' },
    );
    const saved = await this.findAssignment(ctx, input.id);
    if (submit) {
      const client = await this.clients.find(ctx, current.clientId);
      await this.notifications.publish(ctx.db, ctx.orgId, {
        kind: 'exercise_submitted',
        audience: { coachesOf: current.clientId },
        actorUserId: ctx.userId,
        title: `${client.name} submitted an exercise`,
        body: current.title,
        link: `/exercises/review/${input.id}`,
        key: `exercise-submitted:${input.id}:${saved.version}`,
      });
    }
    return saved;
  }

  async review(ctx: ServiceContext, input: ReviewExerciseInput): Promise<ExerciseAssignment> {
    if (!isStaff(ctx)) throw new ForbiddenError('Your coach reviews exercises.');
    const current = await this.findAssignment(ctx, input.id);
    const next = nextAssignmentStatus(current.status, input.sendBack ? 'reopened' : 'reviewed');
    if (!next)
      throw new ConflictError(
        'EXERCISE_NOT_SUBMITTED',
        'Only a submitted exercise can be reviewed.',
        'input.id',
      );
    const manager = await ctx.db.manager();
    await updateVersioned(
      manager,
      `UPDATE exercise_assignments SET status = $4, coach_comment = $5, reviewed_at = CASE WHEN $4 = 'reviewed' THEN now() END,
              version = version + 1, updated_at = now()
        WHERE organization_id = $1 AND id = $2 AND version = $3`,
      [ctx.orgId, input.id, input.version, next, input.comment.trim()],
      { table: 'exercise_assignments', orgId: ctx.orgId, id: input.id, what: 'Exercise' },
    );
    const reviewed = await this.findAssignment(ctx, input.id);
    await this.notifications.publish(ctx.db, ctx.orgId, {
      kind: input.sendBack ? 'exercise_sent_back' : 'exercise_reviewed',
      audience: { clientOf: current.clientId },
      actorUserId: ctx.userId,
      title: input.sendBack ? 'Your coach sent an exercise back' : 'Your coach reviewed an exercise',
      body: input.comment.trim() ? `${current.title} — ${input.comment.trim().slice(0, 140)}` : current.title,
      link: `/me/exercises/${input.id}`,
      key: `exercise-${input.sendBack ? 'sent-back' : 'reviewed'}:${input.id}:${reviewed.version}`,
    });
    return reviewed;
  }

  /** The coach takes back an exercise the client has not handed in; it leaves every list, its history stays. */
  async withdraw(ctx: ServiceContext, input: WithdrawExerciseInput): Promise<ExerciseAssignment> {
    if (!isStaff(ctx)) throw new ForbiddenError('Your coach withdraws exercises.');
    const current = await this.findAssignment(ctx, input.id);
    if (!nextAssignmentStatus(current.status, 'withdrawn'))
      throw current.status === 'withdrawn'
        ? new ConflictError('EXERCISE_WITHDRAWN', 'This exercise is already withdrawn.', 'input.id')
        : new ConflictError(
            'EXERCISE_HANDED_IN',
            'A handed-in exercise cannot be withdrawn; review it or send it back.',
            'input.id',
          );
    const manager = await ctx.db.manager();
    await updateVersioned(
      manager,
      `UPDATE exercise_assignments SET status = 'withdrawn', withdrawn_at = now(), version = version + 1, updated_at = now()
        WHERE organization_id = $1 AND id = $2 AND version = $3`,
      [ctx.orgId, input.id, input.version],
      { table: 'exercise_assignments', orgId: ctx.orgId, id: input.id, what: 'Exercise' },
    );
    return this.findAssignment(ctx, input.id);
  }

  /** A new due date (or none) for an exercise still open. */
  async reschedule(ctx: ServiceContext, input: RescheduleExerciseInput): Promise<ExerciseAssignment> {
    if (!isStaff(ctx)) throw new ForbiddenError('Your coach sets due dates.');
    const current = await this.findAssignment(ctx, input.id);
    if (current.status !== 'assigned' && current.status !== 'in_progress')
      throw new ConflictError(
        'EXERCISE_NOT_OPEN',
        'Only an exercise not yet handed in has a due date to change.',
        'input.id',
      );
    const manager = await ctx.db.manager();
    await updateVersioned(
      manager,
      `UPDATE exercise_assignments SET due_on = $4::date, version = version + 1, updated_at = now()
        WHERE organization_id = $1 AND id = $2 AND version = $3`,
      [ctx.orgId, input.id, input.version, input.dueOn ?? null],
      { table: 'exercise_assignments', orgId: ctx.orgId, id: input.id, what: 'Exercise' },
    );
    return this.findAssignment(ctx, input.id);
  }

  /**
   * One open copy of an exercise per client: assigning it again while the first is not yet reviewed is
   * refused, naming who already has it. The clients' rows are locked first, so two coaches assigning
   * at once cannot both pass the check.
   */
  private async refuseOpenDuplicates(
    ctx: ServiceContext,
    templateId: string,
    clients: { id: string; name: string }[],
  ): Promise<void> {
    const manager = await ctx.db.manager();
    const ids = clients.map((client) => client.id);
    await manager.query('SELECT 1 FROM clients WHERE organization_id = $1 AND id = ANY($2) FOR UPDATE', [
      ctx.orgId,
      ids,
    ]);
    const builtInKey = templateId.startsWith(BUILT_IN_PREFIX)
      ? templateId.slice(BUILT_IN_PREFIX.length)
      : null;
    const open: { clientId: string }[] = await manager.query(
      `SELECT DISTINCT x.client_id AS "clientId" FROM exercise_assignments x
         LEFT JOIN exercise_template_versions v ON v.organization_id = x.organization_id AND v.id = x.template_version_id
        WHERE x.organization_id = $1 AND x.client_id = ANY($2) AND x.status IN ('assigned', 'in_progress', 'submitted')
          AND (x.built_in_key = $3 OR v.template_id = $4::uuid)`,
      [ctx.orgId, ids, builtInKey, builtInKey ? null : templateId],
    );
    if (!open.length) return;
    const names = clients
      .filter((client) => open.some((row) => row.clientId === client.id))
      .map((c) => c.name);
    throw new ConflictError(
      'EXERCISE_ALREADY_OPEN',
      `${names.join(', ')} already ${names.length === 1 ? 'has' : 'have'} this exercise open. Withdraw it or wait for it to be reviewed before assigning it again.`,
      'input.clientIds',
      { names: names.join(', ') },
    );
  }

  private presentAssignment(row: AssignmentRow): ExerciseAssignment {
    return {
      id: row.id,
      clientId: row.clientId,
      templateId: row.builtInKey ? `${BUILT_IN_PREFIX}${row.builtInKey}` : row.templateId!,
      templateVersion: row.templateVersion ?? 1,
      title: row.content.title,
      purpose: row.content.purpose,
      estimatedMinutes: row.content.estimatedMinutes,
      prompts: row.content.prompts as ExerciseAssignment['prompts'],
      dueOn: row.dueOn,
      status: row.status,
      overdue: isOverdue(
        { dueOn: row.dueOn ? new Date(`${row.dueOn}T00:00:00Z`) : null, status: row.status },
        new Date(),
      ),
      answers: toAnswerList(row.answers),
      rejectionId: row.rejectionId,
      evidenceRejectionIds: row.evidenceRejectionIds,
      planItemId: row.planItemId,
      coachComment: row.coachComment,
      submittedAt: row.submittedAt,
      reviewedAt: row.reviewedAt,
      version: row.version,
      createdAt: row.createdAt,
      cursorAt: row.cursorAt,
    };
  }
}
