import { ParseUUIDPipe } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { COACHING_ROLES } from '@rebound/domain';
import { Roles } from '../../common/access.decorators.js';
import type { ServiceContext } from '../../common/request-context.js';
import { Member } from '../../common/member.decorator.js';
import {
  ActOnInsightInput,
  ClientAttention,
  ClientInsight,
  DismissInsightInput,
} from './dto/insight.types.js';
import { InsightService } from './insight.service.js';

@Resolver(() => ClientInsight)
export class InsightResolver {
  constructor(private readonly insights: InsightService) {}

  @Roles(...COACHING_ROLES)
  @Query(() => [ClientInsight], {
    description:
      "Patterns in a client's rejections, most severe first, each with its evidence and suggestions.",
  })
  clientInsights(
    @Member() ctx: ServiceContext,
    @Args('clientId', { type: () => ID }, ParseUUIDPipe) clientId: string,
  ): Promise<ClientInsight[]> {
    return this.insights.forClient(ctx, clientId);
  }

  @Roles(...COACHING_ROLES)
  @Query(() => ClientAttention, {
    description: "A client's attention score with its reasons and their points, as the caseload ranks them.",
  })
  clientAttention(
    @Member() ctx: ServiceContext,
    @Args('clientId', { type: () => ID }, ParseUUIDPipe) clientId: string,
  ): Promise<ClientAttention> {
    return this.insights.attention(ctx, clientId);
  }

  @Roles(...COACHING_ROLES)
  @Mutation(() => ClientInsight, {
    description: 'Assigns a suggested exercise or adds a suggested plan item, linked to the evidence.',
  })
  actOnInsight(
    @Member() ctx: ServiceContext,
    @Args('input') input: ActOnInsightInput,
  ): Promise<ClientInsight> {
    return this.insights.act(ctx, input);
  }

  @Roles(...COACHING_ROLES)
  @Mutation(() => ClientInsight, {
    description: 'Hides an insight, with a reason, until new evidence joins it.',
  })
  dismissInsight(
    @Member() ctx: ServiceContext,
    @Args('input') input: DismissInsightInput,
  ): Promise<ClientInsight> {
    return this.insights.dismiss(ctx, input);
  }
}
