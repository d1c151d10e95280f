import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ROLES } from '@rebound/domain';
import { AllowedWhenReadOnly, Roles } from '../../common/access.decorators.js';
import { serviceContext, type GraphQLContext } from '../../common/request-context.js';
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
  billingOverview(@Context() ctx: GraphQLContext): Promise<BillingOverview> {
    return this.billing.overview(serviceContext(ctx));
  }

  @Roles(...ROLES)
  @Query(() => EntitlementType, {
    description: 'What the organization may do now (every member sees it: grace and read-only banners).',
  })
  entitlement(@Context() ctx: GraphQLContext): Promise<EntitlementType> {
    return this.entitlements.of(ctx.db, serviceContext(ctx).orgId);
  }

  @Roles('owner')
  @AllowedWhenReadOnly()
  @Mutation(() => BillingRedirect, {
    description: 'Starts Stripe Checkout for a plan. CONFLICT while a subscription is live.',
  })
  startCheckout(
    @Context() ctx: GraphQLContext,
    @Args('input') input: StartCheckoutInput,
  ): Promise<BillingRedirect> {
    return this.billing.startCheckout(serviceContext(ctx), input.plan);
  }

  @Roles('owner')
  @AllowedWhenReadOnly()
  @Mutation(() => BillingRedirect, { description: 'Opens the Stripe customer portal.' })
  openBillingPortal(@Context() ctx: GraphQLContext): Promise<BillingRedirect> {
    return this.billing.openPortal(serviceContext(ctx));
  }
}
