import type { PlanItemStatus, PlanSide } from './plan-vocabulary.js';

/**
 * Only the coach may drop an item the coach created; either side may drop the client's own items. Coach and
 * client edit everything else alike.
 */
export function canDropItem(input: { actorRole: PlanSide; createdByRole: PlanSide }): boolean {
  return input.actorRole === 'coach' || input.createdByRole === 'client';
}

/** Where an item's status may go: work starts, finishes, reopens; a dropped item comes back as to-do. */
export const PLAN_ITEM_TRANSITIONS: Record<PlanItemStatus, readonly PlanItemStatus[]> = {
  todo: ['doing', 'done', 'dropped'],
  doing: ['todo', 'done', 'dropped'],
  done: ['todo', 'doing', 'dropped'],
  dropped: ['todo'],
};

/**
 * Whether `actorRole` may move an item from `from` to `to`. False for a move that is not a change or not in
 * PLAN_ITEM_TRANSITIONS. Dropping follows canDropItem; so does bringing a dropped item back, and a client
 * may not undo a coach's decision to drop (pass `droppedByRole` when known).
 */
export function canChangeStatus(input: {
  actorRole: PlanSide;
  createdByRole: PlanSide;
  from: PlanItemStatus;
  to: PlanItemStatus;
  droppedByRole?: PlanSide | null;
}): boolean {
  const { actorRole, from, to } = input;
  if (!PLAN_ITEM_TRANSITIONS[from].includes(to)) return false;
  if (to === 'dropped') return canDropItem(input);
  if (from === 'dropped') {
    return canDropItem(input) && (actorRole === 'coach' || input.droppedByRole !== 'coach');
  }
  return true;
}

export interface PlanProgress {
  done: number;
  /** Items still in the plan: dropped ones do not count. */
  total: number;
  /** done / total, from 0 to 1; 0 for a plan with nothing in it. */
  share: number;
}

/** How far along the plan is, ignoring dropped items. */
export function planProgress(items: readonly { status: PlanItemStatus }[]): PlanProgress {
  const live = items.filter((item) => item.status !== 'dropped');
  const done = live.filter((item) => item.status === 'done').length;
  return { done, total: live.length, share: live.length === 0 ? 0 : done / live.length };
}
