import type { Role } from '~/graphql/generated/graphql';

/** Who works with a caseload: coaches their own, owners and admins everyone's. */
export const COACHING_ROLES: readonly Role[] = ['OWNER', 'ADMIN', 'COACH'];

/** Owners and admins see every coach's clients and may filter by coach. */
export function seesAllCoaches(role: Role): boolean {
  return role === 'OWNER' || role === 'ADMIN';
}
