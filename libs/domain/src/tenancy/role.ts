/** Every role, from most to least powerful: the order lists and selects show them in. */
export const ROLES = ['owner', 'admin', 'coach', 'client'] as const;
export type Role = (typeof ROLES)[number];

export const MEMBERSHIP_STATUSES = ['active', 'disabled'] as const;
export type MembershipStatus = (typeof MEMBERSHIP_STATUSES)[number];

/** Roles that manage people and settings of an organization, and see every coach's clients. */
export const MANAGER_ROLES: readonly Role[] = ['owner', 'admin'];

/** Roles that work with clients, the organization's staff (agencies call coaches recruiters). */
export const COACHING_ROLES: readonly Role[] = ['owner', 'admin', 'coach'];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
