import { canChangeStatus, canDropItem, PLAN_ITEM_TRANSITIONS, planProgress } from './plan-rules.js';
import { PLAN_ITEM_STATUSES, planSideOf, type PlanItemStatus, type PlanSide } from './plan-vocabulary.js';
import type { Role } from '../tenancy/role.js';

describe('planSideOf', () => {
  it.each<[Role, PlanSide]>([
    ['owner', 'coach'],
    ['admin', 'coach'],
    ['coach', 'coach'],
    ['client', 'client'],
  ])('%s acts as %s', (role, side) => {
    expect(planSideOf(role)).toBe(side);
  });
});

describe('canDropItem', () => {
  it.each<[PlanSide, PlanSide, boolean]>([
    ['coach', 'coach', true],
    ['coach', 'client', true],
    ['client', 'client', true],
    ['client', 'coach', false],
  ])('%s dropping an item created by the %s → %p', (actorRole, createdByRole, expected) => {
    expect(canDropItem({ actorRole, createdByRole })).toBe(expected);
  });
});

describe('canChangeStatus', () => {
  it.each<[PlanSide, PlanSide, PlanItemStatus, PlanItemStatus, boolean]>([
    // Ordinary progress: either side, whoever created it.
    ['client', 'coach', 'todo', 'doing', true],
    ['client', 'coach', 'doing', 'done', true],
    ['client', 'coach', 'todo', 'done', true],
    ['coach', 'client', 'todo', 'doing', true],
    ['coach', 'client', 'doing', 'todo', true],
    // Reopening something marked done.
    ['client', 'coach', 'done', 'doing', true],
    ['coach', 'coach', 'done', 'todo', true],
    // Dropping.
    ['coach', 'coach', 'todo', 'dropped', true],
    ['coach', 'client', 'doing', 'dropped', true],
    ['client', 'client', 'doing', 'dropped', true],
    ['client', 'client', 'done', 'dropped', true],
    ['client', 'coach', 'todo', 'dropped', false],
    ['client', 'coach', 'doing', 'dropped', false],
    ['client', 'coach', 'done', 'dropped', false],
    // Bringing a dropped item back, as to-do only.
    ['coach', 'coach', 'dropped', 'todo', true],
    ['coach', 'client', 'dropped', 'todo', true],
    ['client', 'client', 'dropped', 'todo', true],
    ['client', 'coach', 'dropped', 'todo', false],
    ['coach', 'coach', 'dropped', 'doing', false],
    ['coach', 'coach', 'dropped', 'done', false],
    // Not a change.
    ['coach', 'coach', 'todo', 'todo', false],
    ['client', 'client', 'done', 'done', false],
    ['coach', 'coach', 'dropped', 'dropped', false],
  ])('%s on an item by the %s: %s → %s is %p', (actorRole, createdByRole, from, to, expected) => {
    expect(canChangeStatus({ actorRole, createdByRole, from, to })).toBe(expected);
  });

  it.each<[PlanSide, PlanSide, PlanSide | null, boolean]>([
    ['client', 'client', 'client', true],
    ['client', 'client', null, true],
    ['client', 'client', 'coach', false],
    ['coach', 'client', 'coach', true],
    ['coach', 'client', 'client', true],
    ['coach', 'coach', 'coach', true],
  ])(
    '%s restoring an item by the %s that the %s dropped → %p',
    (actorRole, createdByRole, droppedByRole, expected) => {
      expect(canChangeStatus({ actorRole, createdByRole, droppedByRole, from: 'dropped', to: 'todo' })).toBe(
        expected,
      );
    },
  );

  it('lists transitions only between known, different statuses', () => {
    for (const from of PLAN_ITEM_STATUSES) {
      for (const to of PLAN_ITEM_TRANSITIONS[from]) {
        expect(PLAN_ITEM_STATUSES).toContain(to);
        expect(to).not.toBe(from);
      }
    }
  });
});

describe('planProgress', () => {
  const items = (...statuses: PlanItemStatus[]) => statuses.map((status) => ({ status }));

  it.each<[string, PlanItemStatus[], { done: number; total: number; share: number }]>([
    ['an empty plan', [], { done: 0, total: 0, share: 0 }],
    ['only dropped items', ['dropped', 'dropped'], { done: 0, total: 0, share: 0 }],
    ['nothing done yet', ['todo', 'doing'], { done: 0, total: 2, share: 0 }],
    ['half done', ['done', 'todo', 'done', 'doing'], { done: 2, total: 4, share: 0.5 }],
    ['dropped items left out', ['done', 'dropped', 'todo', 'dropped'], { done: 1, total: 2, share: 0.5 }],
    ['all done', ['done', 'done', 'dropped'], { done: 2, total: 2, share: 1 }],
  ])('%s', (_name, statuses, expected) => {
    expect(planProgress(items(...statuses))).toEqual(expected);
  });

  it('gives an unrounded share', () => {
    expect(planProgress(items('done', 'todo', 'todo')).share).toBeCloseTo(1 / 3);
  });
});
