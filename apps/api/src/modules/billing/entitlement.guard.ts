import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { EntitlementReason, ProblemCode } from '@rebound/domain';
import { READ_ONLY_ALLOWED_METADATA } from '../../common/access.decorators.js';
import { accessRuleOf } from '../../common/access.guard.js';
import { PaymentRequiredError } from '../../common/errors.js';
import type { GraphQLContext } from '../../common/request-context.js';
import { EntitlementService } from './entitlement.service.js';

/** Why an organization is read-only, as the problem code the web words and the API's English beside it. */
const READ_ONLY: Partial<Record<EntitlementReason, { problem: ProblemCode; message: string }>> = {
  trial_ended: {
    problem: 'READ_ONLY_TRIAL_ENDED',
    message:
      'The free trial of this organization has ended. The owner can choose a plan on the billing page; until then everything is read-only.',
  },
  payment_overdue: {
    problem: 'READ_ONLY_PAYMENT_OVERDUE',
    message:
      'The subscription of this organization is overdue. The owner can update the payment method on the billing page; until then everything is read-only.',
  },
  paused: {
    problem: 'READ_ONLY_PAUSED',
    message:
      'The subscription of this organization is paused. The owner can resume it on the billing page; until then everything is read-only.',
  },
  canceled: {
    problem: 'READ_ONLY_CANCELED',
    message:
      'The subscription of this organization has ended, so it is read-only: everything stays readable and exportable. The owner can subscribe again on the billing page.',
  },
};

/**
 * The one place where a subscription that lapsed turns an organization read-only: every mutation
 * inside an organization answers PAYMENT_REQUIRED, except those marked @AllowedWhenReadOnly (billing,
 * export). Queries always run. Runs after the access guard has admitted the member.
 */
@Injectable()
export class EntitlementGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly entitlements: EntitlementService,
  ) {}

  async canActivate(execution: ExecutionContext): Promise<boolean> {
    if (execution.getType<string>() !== 'graphql') return true;
    const gql = GqlExecutionContext.create(execution);
    if (gql.getInfo<GraphQLResolveInfo>().parentType.name !== 'Mutation') return true;
    const rule = accessRuleOf(this.reflector, execution.getHandler(), execution.getClass());
    const ctx = gql.getContext<GraphQLContext>();
    // Only mutations of an organization's members; the access guard answers everyone else.
    if (rule?.kind !== 'member' || !ctx.membership || !rule.roles.includes(ctx.membership.role)) return true;
    const allowed = this.reflector.getAllAndOverride<boolean | undefined>(READ_ONLY_ALLOWED_METADATA, [
      execution.getHandler(),
      execution.getClass(),
    ]);
    if (allowed) return true;
    const entitlement = await this.entitlements.of(ctx.db, ctx.membership.orgId);
    if (entitlement.access !== 'read_only') return true;
    const readOnly = READ_ONLY[entitlement.reason];
    throw new PaymentRequiredError(readOnly?.message, undefined, readOnly?.problem);
  }
}
