import { describe, expect, it } from '@jest/globals';
import { daysUntil, orderNextSteps, urgencyOf, type NextStepCandidate } from './next-steps.js';

const TODAY = '2026-11-30';

describe('urgencyOf', () => {
  it.each([
    [null, 'later'],
    ['2026-11-29', 'overdue'],
    ['2026-11-30', 'today'],
    ['2026-12-01', 'this_week'],
    ['2026-12-07', 'this_week'],
    ['2026-12-08', 'later'],
  ] as const)('%s → %s', (dueOn, urgency) => {
    expect(urgencyOf(dueOn, TODAY)).toBe(urgency);
  });

  it('counts days across month and year ends', () => {
    expect(daysUntil('2027-01-01', '2026-12-31')).toBe(1);
    expect(daysUntil('2026-02-28', '2026-03-01')).toBe(-1);
  });
});

describe('orderNextSteps', () => {
  const step = (kind: NextStepCandidate['kind'], id: string, dueOn: string | null): NextStepCandidate => ({
    kind,
    id,
    title: id,
    dueOn,
  });

  it('puts what is overdue first, then today, this week and the rest', () => {
    const ordered = orderNextSteps(
      [
        step('plan_item', 'later', null),
        step('plan_item', 'week', '2026-12-03'),
        step('plan_item', 'today', TODAY),
        step('plan_item', 'overdue', '2026-11-20'),
      ],
      TODAY,
    );
    expect(ordered.map((s) => [s.id, s.urgency])).toEqual([
      ['overdue', 'overdue'],
      ['today', 'today'],
      ['week', 'this_week'],
      ['later', 'later'],
    ]);
  });

  it('at equal urgency: exercises, follow-ups, unsent requests, plan items', () => {
    const ordered = orderNextSteps(
      [
        step('plan_item', 'p', '2026-12-02'),
        step('feedback_draft', 'd', '2026-12-02'),
        step('follow_up', 'f', '2026-12-02'),
        step('exercise', 'e', '2026-12-05'),
      ],
      TODAY,
    );
    expect(ordered.map((s) => s.id)).toEqual(['e', 'f', 'd', 'p']);
  });

  it('within a kind, the earliest date first and undated last', () => {
    const ordered = orderNextSteps(
      [
        step('plan_item', 'b', null),
        step('plan_item', 'a', '2026-12-20'),
        step('plan_item', 'c', '2026-12-10'),
      ],
      TODAY,
    );
    expect(ordered.map((s) => s.id)).toEqual(['c', 'a', 'b']);
  });

  it('keeps at most the limit and does not change its input', () => {
    const input = Array.from({ length: 9 }, (_, n) => step('exercise', `e${n}`, null));
    expect(orderNextSteps(input, TODAY)).toHaveLength(6);
    expect(orderNextSteps(input, TODAY, 2)).toHaveLength(2);
    expect(input[0]).not.toHaveProperty('urgency');
  });

  it('answers nothing for nothing', () => {
    expect(orderNextSteps([], TODAY)).toEqual([]);
  });
});
