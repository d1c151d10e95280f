import type { Role } from '../tenancy/role.js';

/** What an action item works on (docs/domain.md, "Improvement plan"). */
export const PLAN_ITEM_CATEGORIES = [
  'skill',
  'presentation',
  'preparation',
  'networking',
  'search_strategy',
  'wellbeing',
] as const;
export type PlanItemCategory = (typeof PLAN_ITEM_CATEGORIES)[number];

export const PLAN_ITEM_STATUSES = ['todo', 'doing', 'done', 'dropped'] as const;
export type PlanItemStatus = (typeof PLAN_ITEM_STATUSES)[number];

/** Who carries an item out. */
export const PLAN_ITEM_OWNERS = ['coach', 'client'] as const;
export type PlanItemOwner = (typeof PLAN_ITEM_OWNERS)[number];

/** The two sides of a plan; owners and admins who coach a client act on the coach's side. */
export type PlanSide = PlanItemOwner;

export function planSideOf(role: Role): PlanSide {
  return role === 'client' ? 'client' : 'coach';
}
