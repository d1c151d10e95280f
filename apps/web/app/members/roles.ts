import { canInvite, fromConstantCase, ROLES as DOMAIN_ROLES, type Role as DomainRole } from '@rebound/domain';
import { MANAGER_ROLES, ROLES } from '~/graphql/enums';
import type { Role } from '~/graphql/generated/graphql';

export { MANAGER_ROLES, ROLES };

const toDomain = (role: Role): DomainRole => fromConstantCase(DOMAIN_ROLES, role)!;

/** The roles someone may invite people as (the domain's rule, which the API enforces too). */
export function invitableRoles(viewerRole: Role): Role[] {
  return ROLES.filter((role) => canInvite(toDomain(viewerRole), toDomain(role)));
}

/**
 * The roles a manager may give a member: owners any; admins any but owner, and never to an owner.
 * Empty when the viewer may not change this member's role.
 */
export function assignableRoles(viewerRole: Role, memberRole: Role): Role[] {
  if (viewerRole === 'OWNER') return [...ROLES];
  if (viewerRole === 'ADMIN' && memberRole !== 'OWNER') return ROLES.filter((role) => role !== 'OWNER');
  return [];
}

/** Whether the viewer may disable or enable this member: managers, never themselves, admins not owners. */
export function canChangeStatus(viewerRole: Role, member: { role: Role; isViewer: boolean }): boolean {
  if (member.isViewer || !MANAGER_ROLES.includes(viewerRole)) return false;
  return viewerRole === 'OWNER' || member.role !== 'OWNER';
}
