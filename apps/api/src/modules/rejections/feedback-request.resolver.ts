import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ParseUUIDPipe } from '@nestjs/common';
import { ROLES } from '@rebound/domain';
import { Roles } from '../../common/access.decorators.js';
import type { Connection } from '../../common/pagination.js';
import type { ServiceContext } from '../../common/request-context.js';
import { Member } from '../../common/member.decorator.js';
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

@Resolver(() => FeedbackRequest)
export class FeedbackRequestResolver {
  constructor(
    private readonly feedbackRequestService: FeedbackRequestService,
    private readonly rejectionService: RejectionService,
  ) {}

  @Roles(...ROLES)
  @Query(() => FeedbackRequestConnection, { description: 'Newest first.' })
  feedbackRequests(
    @Member() ctx: ServiceContext,
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
    @Args('filter', { type: () => FeedbackRequestFilter, nullable: true }) filter?: FeedbackRequestFilter,
  ): Promise<Connection<FeedbackRequest>> {
    return this.feedbackRequestService.list(ctx, first, after, filter ?? {});
  }

  @Roles(...ROLES)
  @Query(() => FeedbackRequest)
  feedbackRequest(@Member() ctx: ServiceContext, @Args('id', { type: () => ID }, ParseUUIDPipe) id: string) {
    return this.feedbackRequestService.find(ctx, id);
  }

  @Roles(...ROLES)
  @Mutation(() => FeedbackRequest, { description: 'A draft request for feedback about a rejection.' })
  createFeedbackRequest(@Member() ctx: ServiceContext, @Args('input') input: CreateFeedbackRequestInput) {
    return this.feedbackRequestService.create(ctx, input);
  }

  @Roles(...ROLES)
  @Mutation(() => FeedbackRequest)
  updateFeedbackRequest(@Member() ctx: ServiceContext, @Args('input') input: UpdateFeedbackRequestInput) {
    return this.feedbackRequestService.update(ctx, input);
  }

  @Roles(...ROLES)
  @Mutation(() => FeedbackRequest, { description: 'Marks it sent, followed up (once) or unanswered.' })
  advanceFeedbackRequest(@Member() ctx: ServiceContext, @Args('input') input: AdvanceFeedbackRequestInput) {
    return this.feedbackRequestService.advance(ctx, input);
  }

  @Roles(...ROLES)
  @Mutation(() => FeedbackRequest, {
    description: "Records the answer; it updates the rejection's feedback and reason.",
  })
  recordFeedbackAnswer(@Member() ctx: ServiceContext, @Args('input') input: RecordFeedbackAnswerInput) {
    return this.feedbackRequestService.recordAnswer(ctx, input);
  }

  @ResolveField(() => Rejection)
  async rejection(@Parent() request: FeedbackRequest, @Member() ctx: ServiceContext): Promise<Rejection> {
    const rejection = await ctx.loaders
      .get('rejection.byId', (ids) => this.rejectionService.findMany(ctx, ids), null as Rejection | null)
      .load(request.rejectionId);
    return rejection!;
  }
}
