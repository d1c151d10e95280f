import { COACHING_ROLES as DOMAIN_COACHING_ROLES } from '@rebound/domain';
import type { Role } from '~/graphql/generated/graphql';
import { apiRole, MANAGER_ROLES } from '~/members/roles';

/** Who works with a caseload: coaches their own, owners and admins everyone's. */
export const COACHING_ROLES: readonly Role[] = DOMAIN_COACHING_ROLES.map(apiRole);

/** Owners and admins see every coach's clients and may filter by coach. */
export function seesAllCoaches(role: Role): boolean {
  return MANAGER_ROLES.includes(role);
}
