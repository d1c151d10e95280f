import {
  actionCovers,
  evidenceKey,
  insightStatus,
  suggestionKey,
  type InsightActionRecord,
} from './insight-actions.js';
import type { Insight } from './insight-rules.js';

const insight = (key: string, rejectionIds: string[]): Insight => ({
  key,
  kind: 'stage_concentration',
  severity: 'warning',
  sentence: 'x',
  evidence: { rejectionIds, applicationIds: [] },
  suggestions: [],
});
const action = (
  insightKey: string,
  evidenceRejectionIds: string[],
  kind: InsightActionRecord['action'] = 'dismissed',
  suggestion = '',
): InsightActionRecord => ({ insightKey, action: kind, suggestionKey: suggestion, evidenceRejectionIds });

describe('suggestionKey', () => {
  it.each([
    [{ type: 'exercise', templateKey: 'mock-interview' } as const, 'exercise:mock-interview'],
    [{ type: 'plan_item', category: 'networking', title: 'Meet insiders' } as const, 'plan_item:networking'],
  ])('names %j as %s', (suggestion, key) => {
    expect(suggestionKey(suggestion)).toBe(key);
  });
});

describe('evidenceKey', () => {
  it.each([
    [[], ''],
    [['b', 'a'], 'a,b'],
    [['a', 'b', 'a'], 'a,b'],
  ])('keys %j as %j', (ids, key) => {
    expect(evidenceKey(ids)).toBe(key);
  });
});

describe('actionCovers', () => {
  it.each([
    ['the same evidence', ['r1', 'r2'], ['r2', 'r1'], true],
    ['evidence that shrank (an old rejection left the window)', ['r1', 'r2', 'r3'], ['r2', 'r3'], true],
    ['evidence with a rejection the coach had not seen', ['r1', 'r2'], ['r1', 'r2', 'r3'], false],
    ['empty evidence', [], [], true],
  ])('covers %s: %j then %j → %s', (_, seen, now, covers) => {
    expect(actionCovers(action('k', seen), insight('k', now))).toBe(covers);
  });

  it('never covers another insight', () => {
    expect(actionCovers(action('other', ['r1']), insight('k', ['r1']))).toBe(false);
  });
});

describe('insightStatus', () => {
  it('is open with no actions', () => {
    expect(insightStatus(insight('k', ['r1']), [])).toEqual({ dismissal: null, actedOn: [] });
  });

  it('lists the suggestions acted on and the dismissal that still applies', () => {
    const assigned = action('k', ['r1'], 'exercise_assigned', 'exercise:mock-interview');
    const dismissed = action('k', ['r1']);
    const stale = action('k', [], 'plan_item_added', 'plan_item:wellbeing');
    expect(insightStatus(insight('k', ['r1']), [assigned, dismissed, stale])).toEqual({
      dismissal: dismissed,
      actedOn: [assigned],
    });
  });
});
