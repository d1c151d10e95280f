import {
  canInvite,
  MANAGER_ROLES as DOMAIN_MANAGER_ROLES,
  ROLES as DOMAIN_ROLES,
  type Role as DomainRole,
} from '@rebound/domain';
import type { Role } from '~/graphql/generated/graphql';

/** A role of the domain as the API's GraphQL enum spells it. */
export const apiRole = (role: DomainRole) => role.toUpperCase() as Role;
const toDomain = (role: Role) => role.toLowerCase() as DomainRole;

/** Roles from most to least powerful, the order every list and select shows them in. */
export const ROLES: readonly Role[] = DOMAIN_ROLES.map(apiRole);

/** Owners and admins: they manage members and settings and see every coach's clients. */
export const MANAGER_ROLES: readonly Role[] = DOMAIN_MANAGER_ROLES.map(apiRole);

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
