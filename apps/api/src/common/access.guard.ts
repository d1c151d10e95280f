import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { isRole } from '@rebound/domain';
import { OrganizationService } from '../modules/tenancy/organization.service.js';
import { ACCESS_METADATA, AccessRule } from './access.decorators.js';
import { ForbiddenError, UnauthenticatedError } from './errors.js';
import type { GraphQLContext } from './request-context.js';

/** The HTTP header through which the web app names the organization of `/app/:org/...`. */
export const ORGANIZATION_HEADER = 'x-rebound-org';

@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly organizations: OrganizationService,
  ) {}

  async canActivate(execution: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_METADATA, [
      execution.getHandler(),
      execution.getClass(),
    ]);
    if (!rule) {
      throw new Error(
        `${execution.getClass().name}.${execution.getHandler().name} declares no access rule (@Public, @SignedIn or @Roles)`,
      );
    }
    if (rule.kind === 'public') return true;
    if (execution.getType<string>() !== 'graphql')
      throw new Error('Only GraphQL operations may require a member');

    const ctx = GqlExecutionContext.create(execution).getContext<GraphQLContext>();
    if (!ctx.viewer) throw new UnauthenticatedError();
    if (rule.kind === 'signed-in') return true;

    ctx.membership ??= await this.loadMembership(ctx);
    if (!rule.roles.includes(ctx.membership.role)) throw new ForbiddenError();
    return true;
  }

  /** Resolves the organization named by the request and the viewer's active membership in it. */
  private async loadMembership(ctx: GraphQLContext): Promise<NonNullable<GraphQLContext['membership']>> {
    const slug = ctx.req.header(ORGANIZATION_HEADER);
    if (!slug) throw new ForbiddenError(`Name the organization in the ${ORGANIZATION_HEADER} header.`);
    const organization = await this.organizations.findBySlug(slug);
    ctx.db.setScope({ orgId: organization.id, userId: ctx.viewer!.userId });
    const manager = await ctx.db.manager();
    const rows: { role: string }[] = await manager.query(
      `SELECT role FROM memberships WHERE organization_id = $1 AND user_id = $2 AND status = 'active'`,
      [organization.id, ctx.viewer!.userId],
    );
    const role = rows[0]?.role;
    if (!isRole(role)) throw new ForbiddenError('You are not a member of this organization.');
    return { orgId: organization.id, role };
  }
}
