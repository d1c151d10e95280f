import { COACHING_ROLES, MANAGER_ROLES } from '~/graphql/enums';
import type { Role } from '~/graphql/generated/graphql';

/** Who works with a caseload: coaches their own, owners and admins everyone's. */
export { COACHING_ROLES };

/** Owners and admins see every coach's clients and may filter by coach. */
export function seesAllCoaches(role: Role): boolean {
  return (MANAGER_ROLES as readonly Role[]).includes(role);
}
