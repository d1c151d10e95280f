import { ParseUUIDPipe } from '@nestjs/common';
import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { COACHING_ROLES } from '@rebound/domain';
import { Roles } from '../../common/access.decorators.js';
import type { ServiceContext } from '../../common/request-context.js';
import { Member } from '../../common/member.decorator.js';
import { AnalyticsService } from './analytics.service.js';
import { AnalyticsRangeInput, CaseloadComparison, OrganizationAnalytics } from './dto/analytics.types.js';
import { RejectionBaseline } from './dto/rejection-baseline.types.js';

@Resolver()
export class AnalyticsResolver {
  constructor(private readonly analytics: AnalyticsService) {}

  @Roles(...COACHING_ROLES)
  @Query(() => OrganizationAnalytics, {
    description: 'Rejection patterns across the organization (coaches: across their caseload).',
  })
  organizationAnalytics(
    @Member() ctx: ServiceContext,
    @Args('range', { type: () => AnalyticsRangeInput, nullable: true }) range?: AnalyticsRangeInput,
  ): Promise<OrganizationAnalytics> {
    return this.analytics.organization(ctx, range ?? {});
  }

  @Roles(...COACHING_ROLES)
  @Query(() => OrganizationAnalytics, {
    description: 'The same figures as organizationAnalytics, for a download: recorded in the audit log.',
  })
  organizationAnalyticsExport(
    @Member() ctx: ServiceContext,
    @Args('range', { type: () => AnalyticsRangeInput, nullable: true }) range?: AnalyticsRangeInput,
  ): Promise<OrganizationAnalytics> {
    return this.analytics.export(ctx, range ?? {});
  }

  @Roles(...COACHING_ROLES)
  @Query(() => CaseloadComparison, {
    description: "A client's funnel beside the median of their primary coach's caseload.",
  })
  caseloadComparison(
    @Member() ctx: ServiceContext,
    @Args('clientId', { type: () => ID }, ParseUUIDPipe) clientId: string,
  ): Promise<CaseloadComparison> {
    return this.analytics.caseloadComparison(ctx, clientId);
  }

  @Roles(...COACHING_ROLES)
  @Query(() => RejectionBaseline, {
    description: "A client's rejections by stage reached × reason beside their primary coach's caseload.",
  })
  rejectionBaseline(
    @Member() ctx: ServiceContext,
    @Args('clientId', { type: () => ID }, ParseUUIDPipe) clientId: string,
  ): Promise<RejectionBaseline> {
    return this.analytics.rejectionBaseline(ctx, clientId);
  }
}
