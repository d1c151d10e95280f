import { COACHING_ROLES, MANAGER_ROLES } from '@rebound/domain';
import type { KeysetOrder } from './keyset-page.js';
import type { ServiceContext } from './request-context.js';

/**
 * The SQL condition for the clients (table alias `alias`) the viewer may see: owners and admins see
 * everyone, a coach their caseload, a client only themself. Appends its parameter to `params`.
 * Every query that reads client data goes through this one rule.
 */
export function visibleClientCondition(ctx: ServiceContext, alias: string, params: unknown[]): string {
  if (isManager(ctx)) return 'true';
  params.push(ctx.membershipId);
  const membership = `$${params.length}`;
  if (ctx.role === 'coach') {
    return `EXISTS (SELECT 1 FROM coach_assignments visible_a
      WHERE visible_a.organization_id = ${alias}.organization_id AND visible_a.client_id = ${alias}.id
        AND visible_a.coach_membership_id = ${membership})`;
  }
  return `${alias}.membership_id = ${membership}`;
}

/** Owners, admins and coaches: the organization's staff, who work with clients. */
export function isStaff(ctx: Pick<ServiceContext, 'role'>): boolean {
  return COACHING_ROLES.includes(ctx.role);
}

/** Owners and admins: who manage the organization and see every coach's clients. */
export function isManager(ctx: Pick<ServiceContext, 'role'>): boolean {
  return MANAGER_ROLES.includes(ctx.role);
}

/** Clients (alias `c`) by name, case aside: the caseload's and the candidates' order. */
export const CLIENTS_BY_NAME: KeysetOrder = {
  key: 'lower(c.name)',
  type: 'text',
  id: 'c.id',
  direction: 'ASC',
};

/** A LIKE pattern matching `search` anywhere, case-insensitively, with its wildcards taken literally. */
export function containsPattern(search: string): string {
  return `%${search
    .trim()
    .toLowerCase()
    .replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}

/**
 * The SQL conditions of a client list's filter over clients `alias`: statuses, one coach's caseload,
 * part of the name or email. Appends their parameters to `params`.
 */
export function clientFilterConditions(
  alias: string,
  params: unknown[],
  filter: { statuses?: readonly string[] | null; coachId?: string | null; search?: string | null },
): string[] {
  const conditions: string[] = [];
  if (filter.statuses?.length) {
    params.push(filter.statuses);
    conditions.push(`${alias}.status = ANY($${params.length})`);
  }
  if (filter.coachId) {
    params.push(filter.coachId);
    conditions.push(`EXISTS (SELECT 1 FROM coach_assignments fa WHERE fa.organization_id = ${alias}.organization_id
      AND fa.client_id = ${alias}.id AND fa.coach_membership_id = $${params.length})`);
  }
  if (filter.search?.trim()) {
    params.push(containsPattern(filter.search));
    conditions.push(
      `(lower(${alias}.name) LIKE $${params.length} OR lower(coalesce(${alias}.email, '')) LIKE $${params.length})`,
    );
  }
  return conditions;
}
