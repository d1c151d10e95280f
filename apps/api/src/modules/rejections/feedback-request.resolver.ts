import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ParseUUIDPipe } from '@nestjs/common';
import { Roles } from '../../common/access.decorators.js';
import type { Connection } from '../../common/pagination.js';
import { serviceContext, type GraphQLContext } from '../../common/request-context.js';
import {
  AdvanceFeedbackRequestInput,
  CreateFeedbackRequestInput,
  FeedbackRequest,
  FeedbackRequestConnection,
  FeedbackRequestFilter,
  RecordFeedbackAnswerInput,
  UpdateFeedbackRequestInput,
} from './dto/feedback-request.types.js';
import { Rejection } from './dto/rejection.types.js';
import { FeedbackRequestService } from './feedback-request.service.js';
import { RejectionService } from './rejection.service.js';

const EVERYONE = ['owner', 'admin', 'coach', 'client'] as const;

@Resolver(() => FeedbackRequest)
export class FeedbackRequestResolver {
  constructor(
    private readonly feedbackRequestService: FeedbackRequestService,
    private readonly rejectionService: RejectionService,
  ) {}

  @Roles(...EVERYONE)
  @Query(() => FeedbackRequestConnection, { description: 'Newest first.' })
  feedbackRequests(
    @Context() ctx: GraphQLContext,
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
    @Args('filter', { type: () => FeedbackRequestFilter, nullable: true }) filter?: FeedbackRequestFilter,
  ): Promise<Connection<FeedbackRequest>> {
    return this.feedbackRequestService.list(serviceContext(ctx), first, after, filter ?? {});
  }

  @Roles(...EVERYONE)
  @Query(() => FeedbackRequest)
  feedbackRequest(@Context() ctx: GraphQLContext, @Args('id', { type: () => ID }, ParseUUIDPipe) id: string) {
    return this.feedbackRequestService.find(serviceContext(ctx), id);
  }

  @Roles(...EVERYONE)
  @Mutation(() => FeedbackRequest, { description: 'A draft request for feedback about a rejection.' })
  createFeedbackRequest(@Context() ctx: GraphQLContext, @Args('input') input: CreateFeedbackRequestInput) {
    return this.feedbackRequestService.create(serviceContext(ctx), input);
  }

  @Roles(...EVERYONE)
  @Mutation(() => FeedbackRequest)
  updateFeedbackRequest(@Context() ctx: GraphQLContext, @Args('input') input: UpdateFeedbackRequestInput) {
    return this.feedbackRequestService.update(serviceContext(ctx), input);
  }

  @Roles(...EVERYONE)
  @Mutation(() => FeedbackRequest, { description: 'Marks it sent, followed up (once) or unanswered.' })
  advanceFeedbackRequest(@Context() ctx: GraphQLContext, @Args('input') input: AdvanceFeedbackRequestInput) {
    return this.feedbackRequestService.advance(serviceContext(ctx), input);
  }

  @Roles(...EVERYONE)
  @Mutation(() => FeedbackRequest, {
    description: "Records the answer; it updates the rejection's feedback and reason.",
  })
  recordFeedbackAnswer(@Context() ctx: GraphQLContext, @Args('input') input: RecordFeedbackAnswerInput) {
    return this.feedbackRequestService.recordAnswer(serviceContext(ctx), input);
  }

  @ResolveField(() => Rejection)
  async rejection(@Parent() request: FeedbackRequest, @Context() ctx: GraphQLContext): Promise<Rejection> {
    const service = serviceContext(ctx);
    const rejection = await ctx.loaders
      .get('rejection.byId', (ids) => this.rejectionService.findMany(service, ids), null as Rejection | null)
      .load(request.rejectionId);
    return rejection!;
  }
}
