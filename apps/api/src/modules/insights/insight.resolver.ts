import { ParseUUIDPipe } from '@nestjs/common';
import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Roles } from '../../common/access.decorators.js';
import { serviceContext, type GraphQLContext } from '../../common/request-context.js';
import {
  ActOnInsightInput,
  ClientAttention,
  ClientInsight,
  DismissInsightInput,
} from './dto/insight.types.js';
import { InsightService } from './insight.service.js';

const STAFF = ['owner', 'admin', 'coach'] as const;

@Resolver(() => ClientInsight)
export class InsightResolver {
  constructor(private readonly insights: InsightService) {}

  @Roles(...STAFF)
  @Query(() => [ClientInsight], {
    description:
      "Patterns in a client's rejections, most severe first, each with its evidence and suggestions.",
  })
  clientInsights(
    @Context() ctx: GraphQLContext,
    @Args('clientId', { type: () => ID }, ParseUUIDPipe) clientId: string,
  ): Promise<ClientInsight[]> {
    return this.insights.forClient(serviceContext(ctx), clientId);
  }

  @Roles(...STAFF)
  @Query(() => ClientAttention, {
    description: "A client's attention score with its reasons and their points, as the caseload ranks them.",
  })
  clientAttention(
    @Context() ctx: GraphQLContext,
    @Args('clientId', { type: () => ID }, ParseUUIDPipe) clientId: string,
  ): Promise<ClientAttention> {
    return this.insights.attention(serviceContext(ctx), clientId);
  }

  @Roles(...STAFF)
  @Mutation(() => ClientInsight, {
    description: 'Assigns a suggested exercise or adds a suggested plan item, linked to the evidence.',
  })
  actOnInsight(
    @Context() ctx: GraphQLContext,
    @Args('input') input: ActOnInsightInput,
  ): Promise<ClientInsight> {
    return this.insights.act(serviceContext(ctx), input);
  }

  @Roles(...STAFF)
  @Mutation(() => ClientInsight, {
    description: 'Hides an insight, with a reason, until new evidence joins it.',
  })
  dismissInsight(
    @Context() ctx: GraphQLContext,
    @Args('input') input: DismissInsightInput,
  ): Promise<ClientInsight> {
    return this.insights.dismiss(serviceContext(ctx), input);
  }
}
