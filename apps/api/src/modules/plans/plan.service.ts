import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { canChangeStatus, PLAN_ITEM_TRANSITIONS, planProgress, planSideOf } from '@rebound/domain';
import { dateOnlyColumn } from '../../common/date-only.js';
import { ForbiddenError, NotFoundError } from '../../common/errors.js';
import { updateVersioned } from '../../common/optimistic-lock.js';
import { keysetPage, newestFirst } from '../../common/keyset-page.js';
import type { Connection } from '../../common/pagination.js';
import type { ServiceContext } from '../../common/request-context.js';
import { groupBy } from '../../common/request-loaders.js';
import { ClientService } from '../clients/client.service.js';
import { counterpartOf, NotificationEventsService } from '../notifications/notification-events.service.js';
import type {
  AddPlanGoalInput,
  AddPlanItemInput,
  CommentOnPlanItemInput,
  ImprovementPlan,
  PlanActivity,
  PlanItem,
  PlanItemComment,
  UpdatePlanItemInput,
} from './dto/plan.types.js';

/** A plan holds at most this many items, so it is always returned whole. */
export const MAX_PLAN_ITEMS = 200;

const ITEM_COLUMNS = `i.id, i.client_id AS "clientId", i.goal_id AS "goalId", i.title, i.category, i.owner,
  ${dateOnlyColumn('i.due_on', 'dueOn')}, i.status, i.evidence, i.position, i.created_by_side AS "createdBySide",
  i.dropped_by_side AS "droppedBySide", i.rejection_ids AS "rejectionIds", i.version`;

/**
 * The plan coach and client share. Both edit it (the client only their own, the coach their caseload's);
 * only the coach drops what the coach added; every change lands in the activity history.
 */
@Injectable()
export class PlanService {
  constructor(
    private readonly clients: ClientService,
    private readonly notifications: NotificationEventsService,
  ) {}

  async plan(ctx: ServiceContext, clientId: string): Promise<ImprovementPlan> {
    await this.clients.find(ctx, clientId);
    const manager = await ctx.db.manager();
    const goals = await manager.query(
      'SELECT id, title, position FROM plan_goals WHERE organization_id = $1 AND client_id = $2 ORDER BY position, created_at',
      [ctx.orgId, clientId],
    );
    const items: PlanItem[] = await manager.query(
      `SELECT ${ITEM_COLUMNS} FROM plan_items i WHERE i.organization_id = $1 AND i.client_id = $2 ORDER BY i.position, i.created_at`,
      [ctx.orgId, clientId],
    );
    return { clientId, goals, items, progress: planProgress(items) };
  }

  async addGoal(ctx: ServiceContext, input: AddPlanGoalInput): Promise<ImprovementPlan> {
    await this.clients.find(ctx, input.clientId);
    const manager = await ctx.db.manager();
    const [goal]: { id: string }[] = await manager.query(
      `INSERT INTO plan_goals (organization_id, client_id, title, position)
       SELECT $1, $2, $3, coalesce(max(position) + 1, 0) FROM plan_goals WHERE organization_id = $1 AND client_id = $2
       RETURNING id`,
      [ctx.orgId, input.clientId, input.title.trim()],
    );
    await this.record(ctx, input.clientId, null, 'goal_added', {
      goalId: goal.id,
      title: input.title.trim(),
    });
    return this.plan(ctx, input.clientId);
  }

  async addItem(ctx: ServiceContext, input: AddPlanItemInput): Promise<PlanItem> {
    await this.clients.find(ctx, input.clientId);
    const manager = await ctx.db.manager();
    if (input.goalId) {
      const goal = await manager.query(
        'SELECT 1 FROM plan_goals WHERE organization_id = $1 AND id = $2 AND client_id = $3',
        [ctx.orgId, input.goalId, input.clientId],
      );
      if (!goal.length) throw new NotFoundError('Goal');
    }
    const rejectionIds = [...new Set(input.rejectionIds ?? [])];
    if (rejectionIds.length) {
      const [{ count }] = await manager.query(
        'SELECT count(*)::int AS count FROM rejections WHERE organization_id = $1 AND client_id = $2 AND id = ANY($3)',
        [ctx.orgId, input.clientId, rejectionIds],
      );
      if (count !== rejectionIds.length) throw new NotFoundError('Rejection');
    }
    const id = randomUUID();
    const inserted: { id: string }[] = await manager.query(
      `INSERT INTO plan_items (organization_id, id, client_id, goal_id, title, category, owner, due_on, created_by_side, rejection_ids, position)
       SELECT $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, coalesce(max(position) + 1, 0)
         FROM plan_items WHERE organization_id = $1 AND client_id = $3
       HAVING count(*) < ${MAX_PLAN_ITEMS}
       RETURNING id`,
      [
        ctx.orgId,
        id,
        input.clientId,
        input.goalId ?? null,
        input.title.trim(),
        input.category,
        input.owner,
        input.dueOn ?? null,
        planSideOf(ctx.role),
        rejectionIds,
      ],
    );
    if (!inserted.length)
      throw new ForbiddenError(`A plan holds at most ${MAX_PLAN_ITEMS} items. Drop or finish some first.`);
    await this.record(ctx, input.clientId, id, 'item_added', {
      title: input.title.trim(),
      category: input.category,
      owner: input.owner,
    });
    return this.item(ctx, id);
  }

  async updateItem(ctx: ServiceContext, input: UpdatePlanItemInput): Promise<PlanItem> {
    const current = await this.item(ctx, input.id);
    const side = planSideOf(ctx.role);
    if (input.status && input.status !== current.status) {
      const allowed = canChangeStatus({
        actorRole: side,
        createdByRole: current.createdBySide,
        from: current.status,
        to: input.status,
        droppedByRole: current.droppedBySide,
      });
      if (!allowed) {
        // A move the plan allows in general was refused for who is asking: dropping, or bringing back.
        const coachDecides = PLAN_ITEM_TRANSITIONS[current.status].includes(input.status);
        throw new ForbiddenError(
          coachDecides
            ? 'Only the coach can drop or bring back an item the coach added.'
            : `An item cannot move from ${current.status} to ${input.status}.`,
          [
            coachDecides
              ? { path: 'input.status', code: 'PLAN_ITEM_COACH_DECIDES', message: 'Not allowed for you.' }
              : {
                  path: 'input.status',
                  code: 'PLAN_ITEM_MOVE_NOT_ALLOWED',
                  params: { from: current.status, to: input.status },
                  message: 'Not allowed for you.',
                },
          ],
        );
      }
    }
    const next = {
      title: input.title?.trim() ?? current.title,
      category: input.category ?? current.category,
      owner: input.owner ?? current.owner,
      dueOn: input.dueOn === undefined ? current.dueOn : input.dueOn,
      status: input.status ?? current.status,
      evidence: input.evidence ?? current.evidence,
      position: input.position ?? current.position,
    };
    const manager = await ctx.db.manager();
    await updateVersioned(
      manager,
      `UPDATE plan_items SET title = $4, category = $5, owner = $6, due_on = $7, status = $8, evidence = $9, position = $10,
              dropped_by_side = CASE WHEN $8 = 'dropped' THEN $11 ELSE NULL END, version = version + 1, updated_at = now()
        WHERE organization_id = $1 AND id = $2 AND version = $3`,
      [
        ctx.orgId,
        input.id,
        input.version,
        next.title,
        next.category,
        next.owner,
        next.dueOn,
        next.status,
        next.evidence,
        next.position,
        side,
      ],
      { table: 'plan_items', orgId: ctx.orgId, id: input.id, what: 'Plan item' },
    );
    const changes = Object.fromEntries(
      Object.entries(next)
        .filter(([field, value]) => value !== (current as unknown as Record<string, unknown>)[field])
        .map(([field, value]) => [
          field,
          { from: (current as unknown as Record<string, unknown>)[field], to: value },
        ]),
    );
    if (Object.keys(changes).length)
      await this.record(ctx, current.clientId, current.id, 'item_changed', changes);
    return this.item(ctx, input.id);
  }

  async comment(ctx: ServiceContext, input: CommentOnPlanItemInput): Promise<PlanItemComment> {
    const item = await this.item(ctx, input.itemId);
    const manager = await ctx.db.manager();
    const [comment]: { id: string }[] = await manager.query(
      'INSERT INTO plan_item_comments (organization_id, item_id, author_user_id, body) VALUES ($1, $2, $3, $4) RETURNING id',
      [ctx.orgId, item.id, ctx.userId, input.body.trim()],
    );
    await this.record(ctx, item.clientId, item.id, 'item_commented', { commentId: comment.id });
    await this.notifications.publish(ctx.db, ctx.orgId, {
      kind: 'plan_item_commented',
      audience: counterpartOf(ctx.role, item.clientId),
      actorUserId: ctx.userId,
      title: 'New comment on the plan',
      body: item.title,
      link: ctx.role === 'client' ? `/caseload/${item.clientId}/plan` : '/me/plan',
      key: `plan-item-commented:${comment.id}`,
    });
    const rows = await this.commentsOf(ctx, [item.id]);
    return rows.get(item.id)!.find((row) => row.id === comment.id)!;
  }

  async commentsOf(ctx: ServiceContext, itemIds: readonly string[]): Promise<Map<string, PlanItemComment[]>> {
    const manager = await ctx.db.manager();
    const rows: PlanItemComment[] = await manager.query(
      `SELECT c.id, c.item_id AS "itemId", u.name AS "authorName", c.body, c.created_at AS "createdAt"
         FROM plan_item_comments c LEFT JOIN users u ON u.id = c.author_user_id
        WHERE c.organization_id = $1 AND c.item_id = ANY($2) ORDER BY c.created_at, c.id`,
      [ctx.orgId, itemIds],
    );
    return groupBy(rows, (row) => row.itemId);
  }

  async activity(
    ctx: ServiceContext,
    clientId: string,
    first: number,
    after?: string | null,
  ): Promise<Connection<PlanActivity>> {
    await this.clients.find(ctx, clientId);
    return keysetPage<PlanActivity>(ctx.db, {
      columns: `a.id, a.item_id AS "itemId", u.name AS "actorName", a.action, a.details::text AS details,
        a.created_at AS "createdAt"`,
      from: `plan_activity a LEFT JOIN users u ON u.id = a.actor_user_id
        WHERE a.organization_id = $1 AND a.client_id = $2`,
      params: [ctx.orgId, clientId],
      order: newestFirst('a'),
      first,
      after,
    });
  }

  /** One plan item, if the viewer may see its client. */
  private async item(ctx: ServiceContext, id: string): Promise<PlanItem> {
    const manager = await ctx.db.manager();
    const rows: PlanItem[] = await manager.query(
      `SELECT ${ITEM_COLUMNS} FROM plan_items i WHERE i.organization_id = $1 AND i.id = $2`,
      [ctx.orgId, id],
    );
    if (!rows.length) throw new NotFoundError('Plan item');
    await this.clients.find(ctx, rows[0].clientId).catch(() => {
      throw new NotFoundError('Plan item');
    });
    return rows[0];
  }

  private async record(
    ctx: ServiceContext,
    clientId: string,
    itemId: string | null,
    action: string,
    details: object,
  ): Promise<void> {
    const manager = await ctx.db.manager();
    await manager.query(
      'INSERT INTO plan_activity (organization_id, client_id, item_id, actor_user_id, action, details) VALUES ($1, $2, $3, $4, $5, $6)',
      [ctx.orgId, clientId, itemId, ctx.userId, action, JSON.stringify(details)],
    );
  }
}
