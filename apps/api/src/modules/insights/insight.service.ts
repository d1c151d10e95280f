import { Injectable } from '@nestjs/common';
import {
  BUILT_IN_TEMPLATES,
  clientInsights,
  evidenceKey,
  insightStatus,
  suggestionKey,
  triageScore,
  type Insight,
  type InsightActionRecord,
} from '@rebound/domain';
import { isStaff } from '../../common/client-visibility.js';
import { BadUserInputError, ForbiddenError, NotFoundError } from '../../common/errors.js';
import type { ServiceContext } from '../../common/request-context.js';
import { ClientService } from '../clients/client.service.js';
import { ExerciseAssignmentService } from '../exercises/exercise-assignment.service.js';
import { BUILT_IN_PREFIX } from '../exercises/exercise-template.service.js';
import { PlanService } from '../plans/plan.service.js';
import { ClientHistoryService } from './client-history.service.js';
import type {
  ActOnInsightInput,
  ClientAttention,
  ClientInsight,
  DismissInsightInput,
} from './dto/insight.types.js';

interface ActionRow extends InsightActionRecord {
  id: string;
  assignmentId: string | null;
  planItemId: string | null;
  reason: string;
  createdAt: Date;
}

const TEMPLATE_TITLES = new Map(BUILT_IN_TEMPLATES.map((template) => [template.key, template.title]));

@Injectable()
export class InsightService {
  constructor(
    private readonly clients: ClientService,
    private readonly histories: ClientHistoryService,
    private readonly exercises: ExerciseAssignmentService,
    private readonly plans: PlanService,
  ) {}

  /** The client's insights, most severe first, each with what the coaches did about it. */
  async forClient(ctx: ServiceContext, clientId: string, now = new Date()): Promise<ClientInsight[]> {
    const [insights, actions] = await this.current(ctx, clientId, now);
    return insights.map((insight) => present(insight, actions));
  }

  /** The client's triage score now, computed from their history as the caseload computes it. */
  async attention(ctx: ServiceContext, clientId: string, now = new Date()): Promise<ClientAttention> {
    if (!isStaff(ctx)) throw new ForbiddenError('Attention scores are for coaches.');
    await this.clients.find(ctx, clientId);
    const histories = await this.histories.load(ctx, [clientId]);
    return { clientId, ...triageScore(histories.get(clientId)!, now) };
  }

  /**
   * Assigns a suggested exercise or adds a suggested plan item, linked to the insight's evidence. The
   * evidence is recomputed here, never taken from the caller. Acting twice on the same suggestion for the
   * same evidence (a retry, a double click) changes nothing the second time.
   */
  async act(ctx: ServiceContext, input: ActOnInsightInput, now = new Date()): Promise<ClientInsight> {
    if (!isStaff(ctx)) throw new ForbiddenError('Coaches act on insights.');
    const [insights] = await this.current(ctx, input.clientId, now);
    const insight = findInsight(insights, input.insightKey);
    const suggestion = insight.suggestions.find((s) => suggestionKey(s) === input.suggestionKey);
    if (!suggestion) {
      throw new BadUserInputError([
        {
          path: 'input.suggestionKey',
          code: 'SUGGESTION_NOT_OFFERED',
          message: 'This insight does not suggest that.',
        },
      ]);
    }
    const manager = await ctx.db.manager();
    // The action row is written first: a concurrent retry waits on its unique key and then does nothing.
    const claimed: { id: string }[] = await manager.query(
      `INSERT INTO insight_actions (organization_id, client_id, insight_key, action, suggestion_key,
                                    evidence_rejection_ids, evidence_key, created_by_user_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (organization_id, client_id, insight_key, suggestion_key, evidence_key) DO NOTHING
       RETURNING id`,
      [
        ctx.orgId,
        input.clientId,
        insight.key,
        suggestion.type === 'exercise' ? 'exercise_assigned' : 'plan_item_added',
        input.suggestionKey,
        insight.evidence.rejectionIds,
        evidenceKey(insight.evidence.rejectionIds),
        ctx.userId,
      ],
    );
    if (claimed.length) {
      const [actionId] = claimed.map((row) => row.id);
      if (suggestion.type === 'exercise') {
        const [assignment] = await this.exercises.assign(ctx, {
          templateId: `${BUILT_IN_PREFIX}${suggestion.templateKey}`,
          clientIds: [input.clientId],
          dueOn: input.dueOn,
          // The newest rejection behind the pattern is the one the exercise reflects on.
          rejectionId: insight.evidence.rejectionIds[0],
          evidenceRejectionIds: insight.evidence.rejectionIds.slice(0, 50),
        });
        await manager.query(
          'UPDATE insight_actions SET assignment_id = $3 WHERE organization_id = $1 AND id = $2',
          [ctx.orgId, actionId, assignment.id],
        );
      } else {
        const item = await this.plans.addItem(ctx, {
          clientId: input.clientId,
          title: suggestion.title,
          category: suggestion.category,
          owner: 'client',
          dueOn: input.dueOn,
          rejectionIds: insight.evidence.rejectionIds.slice(0, 20),
        });
        await manager.query(
          'UPDATE insight_actions SET plan_item_id = $3 WHERE organization_id = $1 AND id = $2',
          [ctx.orgId, actionId, item.id],
        );
      }
    }
    return present(insight, await this.actions(ctx, input.clientId));
  }

  /** Hides an insight until new evidence joins it; the reason stays for colleagues to read. */
  async dismiss(ctx: ServiceContext, input: DismissInsightInput, now = new Date()): Promise<ClientInsight> {
    if (!isStaff(ctx)) throw new ForbiddenError('Coaches dismiss insights.');
    const [insights] = await this.current(ctx, input.clientId, now);
    const insight = findInsight(insights, input.insightKey);
    const manager = await ctx.db.manager();
    await manager.query(
      `INSERT INTO insight_actions (organization_id, client_id, insight_key, action, evidence_rejection_ids,
                                    evidence_key, reason, created_by_user_id)
       VALUES ($1, $2, $3, 'dismissed', $4, $5, $6, $7)
       ON CONFLICT (organization_id, client_id, insight_key, suggestion_key, evidence_key) DO NOTHING`,
      [
        ctx.orgId,
        input.clientId,
        insight.key,
        insight.evidence.rejectionIds,
        evidenceKey(insight.evidence.rejectionIds),
        input.reason.trim(),
        ctx.userId,
      ],
    );
    return present(insight, await this.actions(ctx, input.clientId));
  }

  private async current(ctx: ServiceContext, clientId: string, now: Date): Promise<[Insight[], ActionRow[]]> {
    if (!isStaff(ctx)) throw new ForbiddenError('Insights are for coaches.');
    await this.clients.find(ctx, clientId);
    const histories = await this.histories.load(ctx, [clientId]);
    return [clientInsights(histories.get(clientId)!, now), await this.actions(ctx, clientId)];
  }

  private async actions(ctx: ServiceContext, clientId: string): Promise<ActionRow[]> {
    const manager = await ctx.db.manager();
    return manager.query(
      `SELECT id, insight_key AS "insightKey", action, suggestion_key AS "suggestionKey",
              evidence_rejection_ids AS "evidenceRejectionIds", assignment_id AS "assignmentId",
              plan_item_id AS "planItemId", reason, created_at AS "createdAt"
         FROM insight_actions WHERE organization_id = $1 AND client_id = $2 ORDER BY created_at DESC`,
      [ctx.orgId, clientId],
    );
  }
}

function findInsight(insights: Insight[], key: string): Insight {
  const insight = insights.find((candidate) => candidate.key === key);
  if (!insight) throw new NotFoundError('Insight');
  return insight;
}

function present(insight: Insight, actions: ActionRow[]): ClientInsight {
  const status = insightStatus(insight, actions);
  const dismissal = status.dismissal as ActionRow | null;
  return {
    key: insight.key,
    kind: insight.kind,
    severity: insight.severity,
    sentence: insight.sentence,
    evidence: insight.evidence,
    dismissal: dismissal && { reason: dismissal.reason, dismissedAt: dismissal.createdAt },
    suggestions: insight.suggestions.map((suggestion) => {
      const key = suggestionKey(suggestion);
      const acted = status.actedOn.find((action) => action.suggestionKey === key) as ActionRow | undefined;
      return {
        key,
        type: suggestion.type,
        templateId: suggestion.type === 'exercise' ? `${BUILT_IN_PREFIX}${suggestion.templateKey}` : null,
        category: suggestion.type === 'plan_item' ? suggestion.category : null,
        title:
          suggestion.type === 'exercise' ? TEMPLATE_TITLES.get(suggestion.templateKey)! : suggestion.title,
        actedOn: !!acted,
        assignmentId: acted?.assignmentId ?? null,
        planItemId: acted?.planItemId ?? null,
      };
    }),
  };
}
