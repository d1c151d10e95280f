import type { Insight, InsightSuggestion } from './insight-rules.js';

export const INSIGHT_ACTIONS = ['exercise_assigned', 'plan_item_added', 'dismissed'] as const;
export type InsightAction = (typeof INSIGHT_ACTIONS)[number];

/** What a coach did about an insight, and the evidence they saw when they did it. */
export interface InsightActionRecord {
  insightKey: string;
  action: InsightAction;
  /** `suggestionKey` of the suggestion acted on; empty for a dismissal. */
  suggestionKey: string;
  evidenceRejectionIds: readonly string[];
}

/** Names a suggestion within its insight: `exercise:<template key>` or `plan_item:<category>`. */
export function suggestionKey(suggestion: InsightSuggestion): string {
  return suggestion.type === 'exercise'
    ? `exercise:${suggestion.templateKey}`
    : `plan_item:${suggestion.category}`;
}

/** The same evidence gives the same key, whatever its order. */
export function evidenceKey(rejectionIds: readonly string[]): string {
  return [...new Set(rejectionIds)].sort().join(',');
}

/**
 * An action still answers an insight while the insight's evidence holds nothing the coach had not seen:
 * a new rejection behind the same pattern brings a dismissed insight back, and asks for a fresh look.
 */
export function actionCovers(action: InsightActionRecord, insight: Insight): boolean {
  if (action.insightKey !== insight.key) return false;
  const seen = new Set(action.evidenceRejectionIds);
  return insight.evidence.rejectionIds.every((id) => seen.has(id));
}

export interface InsightStatus {
  dismissal: InsightActionRecord | null;
  /** The suggestions already acted on for this evidence (by `suggestionKey`). */
  actedOn: InsightActionRecord[];
}

export function insightStatus(insight: Insight, actions: readonly InsightActionRecord[]): InsightStatus {
  const covering = actions.filter((action) => actionCovers(action, insight));
  return {
    dismissal: covering.find((action) => action.action === 'dismissed') ?? null,
    actedOn: covering.filter((action) => action.action !== 'dismissed'),
  };
}
