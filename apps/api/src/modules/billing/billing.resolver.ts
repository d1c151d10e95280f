import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ROLES } from '@rebound/domain';
import { AllowedWhenReadOnly, Roles } from '../../common/access.decorators.js';
import type { ServiceContext } from '../../common/request-context.js';
import { Member } from '../../common/member.decorator.js';
import { BillingService } from './billing.service.js';
import {
  BillingOverview,
  BillingRedirect,
  EntitlementType,
  StartCheckoutInput,
} from './dto/billing.types.js';
import { EntitlementService } from './entitlement.service.js';

@Resolver()
export class BillingResolver {
  constructor(
    private readonly billing: BillingService,
    private readonly entitlements: EntitlementService,
  ) {}

  @Roles('owner')
  @Query(() => BillingOverview, { description: 'The organization’s plan, subscription and seat usage.' })
  billingOverview(@Member() ctx: ServiceContext): Promise<BillingOverview> {
    return this.billing.overview(ctx);
  }

  @Roles(...ROLES)
  @Query(() => EntitlementType, {
    description: 'What the organization may do now (every member sees it: grace and read-only banners).',
  })
  entitlement(@Member() ctx: ServiceContext): Promise<EntitlementType> {
    return this.entitlements.of(ctx.db, ctx.orgId);
  }

  @Roles('owner')
  @AllowedWhenReadOnly()
  @Mutation(() => BillingRedirect, {
    description: 'Starts Stripe Checkout for a plan. CONFLICT while a subscription is live.',
  })
  startCheckout(
    @Member() ctx: ServiceContext,
    @Args('input') input: StartCheckoutInput,
  ): Promise<BillingRedirect> {
    return this.billing.startCheckout(ctx, input.plan);
  }

  @Roles('owner')
  @AllowedWhenReadOnly()
  @Mutation(() => BillingRedirect, { description: 'Opens the Stripe customer portal.' })
  openBillingPortal(@Member() ctx: ServiceContext): Promise<BillingRedirect> {
    return this.billing.openPortal(ctx);
  }
}
