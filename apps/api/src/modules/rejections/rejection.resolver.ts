import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ParseUUIDPipe } from '@nestjs/common';
import { ROLES, skillNamed, suggestFromRejectionEmail } from '@rebound/domain';
import { Roles } from '../../common/access.decorators.js';
import type { Connection } from '../../common/pagination.js';
import type { ServiceContext } from '../../common/request-context.js';
import { Member } from '../../common/member.decorator.js';
import { ApplicationService } from '../applications/application.service.js';
import { Application } from '../applications/dto/application.types.js';
import { FeedbackRequest } from './dto/feedback-request.types.js';
import {
  RecordRejectionInput,
  Rejection,
  RejectionConnection,
  RejectionEmailSuggestion,
  RejectionFilter,
  UpdateRejectionInput,
} from './dto/rejection.types.js';
import { FeedbackRequestService } from './feedback-request.service.js';
import { RejectionService } from './rejection.service.js';

const MAX_EMAIL_LENGTH = 20_000;

@Resolver(() => Rejection)
export class RejectionResolver {
  constructor(
    private readonly rejectionService: RejectionService,
    private readonly feedbackRequestService: FeedbackRequestService,
    private readonly applicationService: ApplicationService,
  ) {}

  @Roles(...ROLES)
  @Query(() => RejectionConnection, {
    description: 'Rejections of the clients the viewer may see, newest first.',
  })
  rejections(
    @Member() ctx: ServiceContext,
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
    @Args('filter', { type: () => RejectionFilter, nullable: true }) filter?: RejectionFilter,
  ): Promise<Connection<Rejection>> {
    return this.rejectionService.list(ctx, first, after, filter ?? {});
  }

  @Roles(...ROLES)
  @Query(() => Rejection)
  rejection(@Member() ctx: ServiceContext, @Args('id', { type: () => ID }, ParseUUIDPipe) id: string) {
    return this.rejectionService.find(ctx, id);
  }

  @Roles(...ROLES)
  @Query(() => RejectionEmailSuggestion, {
    description:
      'Reads a pasted rejection email and suggests company, role and reason, with the words behind each.',
  })
  suggestFromRejectionEmail(@Args('text') text: string): RejectionEmailSuggestion {
    const suggestion = suggestFromRejectionEmail(text.slice(0, MAX_EMAIL_LENGTH));
    const { reason } = suggestion;
    return {
      ...suggestion,
      reason: { ...reason, skill: reason.value === 'missing_skill' ? skillNamed(reason.phrase) : null },
    };
  }

  @Roles(...ROLES)
  @Mutation(() => Rejection, { description: 'Closes an application as rejected and records the rejection.' })
  recordRejection(@Member() ctx: ServiceContext, @Args('input') input: RecordRejectionInput) {
    return this.rejectionService.record(ctx, input);
  }

  @Roles(...ROLES)
  @Mutation(() => Rejection, {
    description:
      'Coach-only fields: coachTag, coachPrivateNotes. Client-only: clientViewReason, clientNotes, checkIn.',
  })
  updateRejection(@Member() ctx: ServiceContext, @Args('input') input: UpdateRejectionInput) {
    return this.rejectionService.update(ctx, input);
  }

  @ResolveField(() => Application)
  async application(@Parent() rejection: Rejection, @Member() ctx: ServiceContext): Promise<Application> {
    const application = await ctx.loaders
      .get(
        'application.byId',
        (ids) => this.applicationService.findMany(ctx, ids),
        null as Application | null,
      )
      .load(rejection.applicationId);
    return application!;
  }

  @ResolveField(() => [FeedbackRequest], { description: 'Newest first.' })
  feedbackRequests(
    @Parent() rejection: Rejection,
    @Member() ctx: ServiceContext,
  ): Promise<FeedbackRequest[]> {
    return feedbackRequestsOf(ctx, this.feedbackRequestService, rejection.id);
  }

  @ResolveField(() => FeedbackRequest, { nullable: true })
  async latestFeedbackRequest(
    @Parent() rejection: Rejection,
    @Member() ctx: ServiceContext,
  ): Promise<FeedbackRequest | null> {
    return (await feedbackRequestsOf(ctx, this.feedbackRequestService, rejection.id))[0] ?? null;
  }
}

function feedbackRequestsOf(
  ctx: ServiceContext,
  service: FeedbackRequestService,
  rejectionId: string,
): Promise<FeedbackRequest[]> {
  return ctx.loaders
    .get('feedbackRequest.byRejection', (ids) => service.byRejection(ctx, ids), [] as FeedbackRequest[])
    .load(rejectionId);
}

/** The rejection side of an application, resolved here to keep applications free of rejections. */
@Resolver(() => Application)
export class ApplicationRejectionResolver {
  constructor(
    private readonly rejectionService: RejectionService,
    private readonly feedbackRequestService: FeedbackRequestService,
  ) {}

  @ResolveField(() => Rejection, { nullable: true })
  rejection(@Parent() application: Application, @Member() ctx: ServiceContext): Promise<Rejection | null> {
    return ctx.loaders
      .get(
        'rejection.byApplication',
        (ids) => this.rejectionService.byApplication(ctx, ids),
        null as Rejection | null,
      )
      .load(application.id);
  }

  @ResolveField(() => FeedbackRequest, {
    nullable: true,
    description: 'The newest feedback request about its rejection.',
  })
  async latestFeedbackRequest(
    @Parent() application: Application,
    @Member() ctx: ServiceContext,
  ): Promise<FeedbackRequest | null> {
    const rejection = await this.rejection(application, ctx);
    if (!rejection) return null;
    return (await feedbackRequestsOf(ctx, this.feedbackRequestService, rejection.id))[0] ?? null;
  }
}
