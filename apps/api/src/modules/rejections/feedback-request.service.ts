import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { FOLLOW_UP_DAYS, nextFeedbackRequestStatus, STAY_IN_TOUCH_DAYS } from '@rebound/domain';
import { visibleClientCondition } from '../../common/client-visibility.js';
import { dateOnlyColumn, todayUtc } from '../../common/date-only.js';
import { ConflictError, NotFoundError } from '../../common/errors.js';
import { updateVersioned } from '../../common/optimistic-lock.js';
import { keysetPage, newestFirst } from '../../common/keyset-page.js';
import type { Connection } from '../../common/pagination.js';
import type { ServiceContext } from '../../common/request-context.js';
import { groupBy } from '../../common/request-loaders.js';
import type {
  AdvanceFeedbackRequestInput,
  CreateFeedbackRequestInput,
  FeedbackRequest,
  FeedbackRequestFilter,
  RecordFeedbackAnswerInput,
  UpdateFeedbackRequestInput,
} from './dto/feedback-request.types.js';
import { counterpartOf, NotificationEventsService } from '../notifications/notification-events.service.js';
import { RejectionService } from './rejection.service.js';

const FOLLOW_UP_DUE = `(f.status = 'sent' AND f.followed_up_on IS NULL AND f.follow_up_on <= current_date)`;

const FEEDBACK_REQUEST_COLUMNS = `f.id, f.rejection_id AS "rejectionId", f.recipient_role AS "recipientRole",
  f.recipient_name AS "recipientName", f.recipient_email AS "recipientEmail", f.template_key AS "templateKey",
  f.message, f.status, ${dateOnlyColumn('f.sent_on', 'sentOn')}, ${dateOnlyColumn('f.follow_up_on', 'followUpOn')},
  ${dateOnlyColumn('f.followed_up_on', 'followedUpOn')}, ${dateOnlyColumn('f.stay_in_touch_on', 'stayInTouchOn')},
  ${dateOnlyColumn('f.answered_on', 'answeredOn')}, f.answer_text AS "answerText", ${FOLLOW_UP_DUE} AS "followUpDue",
  f.version, f.created_at AS "createdAt"`;

function visibleRequests(ctx: ServiceContext, params: unknown[]): string {
  return `feedback_requests f
    JOIN rejections r ON r.organization_id = f.organization_id AND r.id = f.rejection_id
    JOIN clients c ON c.organization_id = r.organization_id AND c.id = r.client_id
   WHERE f.organization_id = $1 AND ${visibleClientCondition(ctx, 'c', params)}`;
}

@Injectable()
export class FeedbackRequestService {
  constructor(
    private readonly rejections: RejectionService,
    private readonly notifications: NotificationEventsService,
  ) {}

  async list(
    ctx: ServiceContext,
    first: number,
    after: string | null | undefined,
    filter: FeedbackRequestFilter = {},
  ): Promise<Connection<FeedbackRequest>> {
    const params: unknown[] = [ctx.orgId];
    let from = visibleRequests(ctx, params);
    if (filter.clientId) {
      params.push(filter.clientId);
      from += ` AND r.client_id = $${params.length}`;
    }
    if (filter.statuses?.length) {
      params.push(filter.statuses);
      from += ` AND f.status = ANY($${params.length})`;
    }
    if (filter.followUpDue !== undefined)
      from += filter.followUpDue ? ` AND ${FOLLOW_UP_DUE}` : ` AND NOT ${FOLLOW_UP_DUE}`;
    return keysetPage<FeedbackRequest>(ctx.db, {
      columns: FEEDBACK_REQUEST_COLUMNS,
      from,
      params,
      order: newestFirst('f'),
      first,
      after,
    });
  }

  async find(ctx: ServiceContext, id: string): Promise<FeedbackRequest> {
    const params: unknown[] = [ctx.orgId, id];
    const manager = await ctx.db.manager();
    const rows: FeedbackRequest[] = await manager.query(
      `SELECT ${FEEDBACK_REQUEST_COLUMNS} FROM ${visibleRequests(ctx, params)} AND f.id = $2`,
      params,
    );
    if (!rows.length) throw new NotFoundError('Feedback request');
    return rows[0];
  }

  /** All requests of each rejection, newest first (for `feedbackRequests` and `latestFeedbackRequest`). */
  async byRejection(
    ctx: ServiceContext,
    rejectionIds: readonly string[],
  ): Promise<Map<string, FeedbackRequest[]>> {
    const params: unknown[] = [ctx.orgId, rejectionIds];
    const manager = await ctx.db.manager();
    const rows: FeedbackRequest[] = await manager.query(
      `SELECT ${FEEDBACK_REQUEST_COLUMNS} FROM ${visibleRequests(ctx, params)} AND f.rejection_id = ANY($2)
        ORDER BY f.created_at DESC, f.id DESC`,
      params,
    );
    return groupBy(rows, (row) => row.rejectionId);
  }

  async create(ctx: ServiceContext, input: CreateFeedbackRequestInput): Promise<FeedbackRequest> {
    await this.rejections.find(ctx, input.rejectionId);
    const id = input.id ?? randomUUID();
    const manager = await ctx.db.manager();
    const inserted: { id: string }[] = await manager.query(
      `INSERT INTO feedback_requests (organization_id, id, rejection_id, recipient_role, recipient_name, recipient_email, template_key, message)
       VALUES ($1, $2, $3, $4, $5, $6, coalesce($7, 'what_could_i_do_better'), coalesce($8, ''))
       ON CONFLICT (organization_id, id) DO NOTHING RETURNING id`,
      [
        ctx.orgId,
        id,
        input.rejectionId,
        input.recipientRole,
        input.recipientName?.trim() || null,
        input.recipientEmail ?? null,
        input.templateKey ?? null,
        input.message ?? null,
      ],
    );
    // The same id again is a retry of a create that already happened: answer with what it made.
    if (!inserted.length) return this.find(ctx, id);
    return this.find(ctx, id);
  }

  async update(ctx: ServiceContext, input: UpdateFeedbackRequestInput): Promise<FeedbackRequest> {
    const current = await this.find(ctx, input.id);
    const manager = await ctx.db.manager();
    await updateVersioned(
      manager,
      `UPDATE feedback_requests SET recipient_role = $4, recipient_name = $5, recipient_email = $6, message = $7,
              version = version + 1, updated_at = now()
        WHERE organization_id = $1 AND id = $2 AND version = $3 RETURNING id`,
      [
        ctx.orgId,
        input.id,
        input.version,
        input.recipientRole ?? current.recipientRole,
        input.recipientName === undefined ? current.recipientName : input.recipientName,
        input.recipientEmail === undefined ? current.recipientEmail : input.recipientEmail,
        input.message ?? current.message,
      ],
      { table: 'feedback_requests', orgId: ctx.orgId, id: input.id, what: 'Feedback request' },
    );
    return this.find(ctx, input.id);
  }

  /**
   * Sent (schedules one follow-up a week on and a stay-in-touch note months on), followed up (once),
   * or closed as unanswered.
   */
  async advance(ctx: ServiceContext, input: AdvanceFeedbackRequestInput): Promise<FeedbackRequest> {
    const current = await this.find(ctx, input.id);
    const next = nextFeedbackRequestStatus(current.status, input.event);
    if (!next || (input.event === 'followed_up' && current.followedUpOn)) {
      throw new ConflictError(
        'FEEDBACK_STEP_NOT_ALLOWED',
        `A ${current.status.replace('_', ' ')} request cannot be marked ${input.event.replace('_', ' ')}.`,
        'input.event',
      );
    }
    const on = input.on ?? todayUtc();
    const set: Record<typeof input.event, string> = {
      sent: `sent_on = $5::date, follow_up_on = $5::date + ${FOLLOW_UP_DAYS}, stay_in_touch_on = $5::date + ${STAY_IN_TOUCH_DAYS}`,
      followed_up: 'followed_up_on = $5::date',
      no_answer: 'follow_up_on = NULL',
    };
    const manager = await ctx.db.manager();
    await updateVersioned(
      manager,
      `UPDATE feedback_requests SET status = $4, ${set[input.event]}, version = version + 1, updated_at = now()
        WHERE organization_id = $1 AND id = $2 AND version = $3 RETURNING id`,
      [ctx.orgId, input.id, input.version, next, on],
      { table: 'feedback_requests', orgId: ctx.orgId, id: input.id, what: 'Feedback request' },
    );
    return this.find(ctx, input.id);
  }

  /** The answer closes the request and feeds the rejection: its text, its source and (if given) the reason. */
  async recordAnswer(ctx: ServiceContext, input: RecordFeedbackAnswerInput): Promise<FeedbackRequest> {
    const current = await this.find(ctx, input.id);
    if (!nextFeedbackRequestStatus(current.status, 'answered')) {
      throw new ConflictError(
        'FEEDBACK_NOT_SENT',
        'Only a sent request (or one closed as unanswered) can receive an answer.',
        'input.id',
      );
    }
    const manager = await ctx.db.manager();
    await updateVersioned(
      manager,
      `UPDATE feedback_requests SET status = 'answered', answer_text = $4, answered_on = $5::date, follow_up_on = NULL,
              version = version + 1, updated_at = now()
        WHERE organization_id = $1 AND id = $2 AND version = $3 RETURNING id`,
      [ctx.orgId, input.id, input.version, input.answerText.trim(), input.answeredOn ?? todayUtc()],
      { table: 'feedback_requests', orgId: ctx.orgId, id: input.id, what: 'Feedback request' },
    );
    await manager.query(
      `UPDATE rejections SET feedback_text = $3, feedback_source = $4, employer_reason = coalesce($5, employer_reason),
              version = version + 1, updated_at = now()
        WHERE organization_id = $1 AND id = $2`,
      [ctx.orgId, current.rejectionId, input.answerText.trim(), current.recipientRole, input.reason ?? null],
    );
    const answered = await this.find(ctx, input.id);
    const [{ clientId }]: { clientId: string }[] = await manager.query(
      'SELECT client_id AS "clientId" FROM rejections WHERE organization_id = $1 AND id = $2',
      [ctx.orgId, current.rejectionId],
    );
    await this.notifications.publish(ctx.db, ctx.orgId, {
      kind: 'feedback_answered',
      audience: counterpartOf(ctx.role, clientId),
      actorUserId: ctx.userId,
      title: 'A feedback request was answered',
      body: input.answerText.trim().slice(0, 140),
      link:
        ctx.role === 'client' ? `/caseload/${clientId}/rejections/${current.rejectionId}` : '/me/feedback',
      key: `feedback-answered:${input.id}:${answered.version}`,
    });
    return answered;
  }
}
