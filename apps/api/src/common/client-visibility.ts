import type { ServiceContext } from './request-context.js';

/**
 * The SQL condition for the clients (table alias `alias`) the viewer may see: owners and admins see
 * everyone, a coach their caseload, a client only themself. Appends its parameter to `params`.
 * Every query that reads client data goes through this one rule.
 */
export function visibleClientCondition(ctx: ServiceContext, alias: string, params: unknown[]): string {
  if (ctx.role === 'owner' || ctx.role === 'admin') return 'true';
  params.push(ctx.membershipId);
  const membership = `$${params.length}`;
  if (ctx.role === 'coach') {
    return `EXISTS (SELECT 1 FROM coach_assignments visible_a
      WHERE visible_a.organization_id = ${alias}.organization_id AND visible_a.client_id = ${alias}.id
        AND visible_a.coach_membership_id = ${membership})`;
  }
  return `${alias}.membership_id = ${membership}`;
}

export function isStaff(ctx: Pick<ServiceContext, 'role'>): boolean {
  return ctx.role !== 'client';
}
