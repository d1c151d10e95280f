import { ParseUUIDPipe } from '@nestjs/common';
import { Args, Context, ID, Query, Resolver } from '@nestjs/graphql';
import { Roles } from '../../common/access.decorators.js';
import { serviceContext, type GraphQLContext } from '../../common/request-context.js';
import { AnalyticsService } from './analytics.service.js';
import { AnalyticsRangeInput, CaseloadComparison, OrganizationAnalytics } from './dto/analytics.types.js';
import { RejectionBaseline } from './dto/rejection-baseline.types.js';

@Resolver()
export class AnalyticsResolver {
  constructor(private readonly analytics: AnalyticsService) {}

  @Roles('owner', 'admin', 'coach')
  @Query(() => OrganizationAnalytics, {
    description: 'Rejection patterns across the organization (coaches: across their caseload).',
  })
  organizationAnalytics(
    @Context() ctx: GraphQLContext,
    @Args('range', { type: () => AnalyticsRangeInput, nullable: true }) range?: AnalyticsRangeInput,
  ): Promise<OrganizationAnalytics> {
    return this.analytics.organization(serviceContext(ctx), range ?? {});
  }

  @Roles('owner', 'admin', 'coach')
  @Query(() => OrganizationAnalytics, {
    description: 'The same figures as organizationAnalytics, for a download: recorded in the audit log.',
  })
  organizationAnalyticsExport(
    @Context() ctx: GraphQLContext,
    @Args('range', { type: () => AnalyticsRangeInput, nullable: true }) range?: AnalyticsRangeInput,
  ): Promise<OrganizationAnalytics> {
    return this.analytics.export(serviceContext(ctx), range ?? {});
  }

  @Roles('owner', 'admin', 'coach')
  @Query(() => CaseloadComparison, {
    description: "A client's funnel beside the median of their primary coach's caseload.",
  })
  caseloadComparison(
    @Context() ctx: GraphQLContext,
    @Args('clientId', { type: () => ID }, ParseUUIDPipe) clientId: string,
  ): Promise<CaseloadComparison> {
    return this.analytics.caseloadComparison(serviceContext(ctx), clientId);
  }

  @Roles('owner', 'admin', 'coach')
  @Query(() => RejectionBaseline, {
    description: "A client's rejections by stage reached × reason beside their primary coach's caseload.",
  })
  rejectionBaseline(
    @Context() ctx: GraphQLContext,
    @Args('clientId', { type: () => ID }, ParseUUIDPipe) clientId: string,
  ): Promise<RejectionBaseline> {
    return this.analytics.rejectionBaseline(serviceContext(ctx), clientId);
  }
}
