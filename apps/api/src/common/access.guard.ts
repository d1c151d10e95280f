import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { ACCESS_METADATA, AccessRule } from './access.decorators.js';
import { ForbiddenError, TwoFactorRequiredError, UnauthenticatedError } from './errors.js';
import type { GraphQLContext } from './request-context.js';

export function accessRuleOf(reflector: Reflector, handler: object, owner: object): AccessRule | undefined {
  return reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_METADATA, [
    handler as never,
    owner as never,
  ]);
}

/** Where a plain HTTP route that acts for a member finds its request context (set by its middleware). */
export const HTTP_REQUEST_CONTEXT = Symbol('rebound.requestContext');

function httpRequestContext(req: { [HTTP_REQUEST_CONTEXT]?: GraphQLContext }): GraphQLContext | undefined {
  return req[HTTP_REQUEST_CONTEXT];
}

/** Enforces each operation's access rule; who the viewer is and which membership applies was settled
 * when the request's context was built. */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(execution: ExecutionContext): boolean {
    const rule = accessRuleOf(this.reflector, execution.getHandler(), execution.getClass());
    if (!rule) {
      throw new Error(
        `${execution.getClass().name}.${execution.getHandler().name} declares no access rule (@Public, @Service, @SignedIn or @Roles)`,
      );
    }
    if (rule.kind === 'public') return true;
    const ctx =
      execution.getType<string>() === 'graphql'
        ? GqlExecutionContext.create(execution).getContext<GraphQLContext>()
        : httpRequestContext(execution.switchToHttp().getRequest());
    if (!ctx)
      throw new Error('Only GraphQL operations and routes given a request context may require a user');
    if (rule.kind === 'service') {
      if (!ctx.isService) throw new ForbiddenError('Only the Rebound web app may call this.');
      return true;
    }
    if (!ctx.viewer) throw new UnauthenticatedError();
    if (rule.kind === 'signed-in') return true;
    if (!ctx.membership) throw new ForbiddenError('You are not a member of this organization.');
    if (!rule.roles.includes(ctx.membership.role)) throw new ForbiddenError();
    if (ctx.membership.twoFactorMissing) throw new TwoFactorRequiredError();
    return true;
  }
}
