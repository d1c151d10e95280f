import { ParseUUIDPipe } from '@nestjs/common';
import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { COACHING_ROLES } from '@rebound/domain';
import { Roles } from '../../common/access.decorators.js';
import type { Connection } from '../../common/pagination.js';
import type { ServiceContext } from '../../common/request-context.js';
import { Member } from '../../common/member.decorator.js';
import { Submission, SubmissionConnection } from './dto/onboarding.types.js';
import { MoveSubmissionInput, MoveSubmissionsInput, SubmissionFilter } from './dto/submission.types.js';
import { SubmissionService } from './submission.service.js';

@Resolver(() => Submission)
export class SubmissionResolver {
  constructor(private readonly service: SubmissionService) {}

  @Roles(...COACHING_ROLES)
  @Query(() => SubmissionConnection, { description: 'Submissions of the candidates you see, newest first.' })
  submissions(
    @Member() ctx: ServiceContext,
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
    @Args('filter', { type: () => SubmissionFilter, nullable: true }) filter?: SubmissionFilter,
  ): Promise<Connection<Submission>> {
    return this.service.list(ctx, first, after, filter ?? {});
  }

  @Roles(...COACHING_ROLES)
  @Query(() => Submission)
  submission(
    @Member() ctx: ServiceContext,
    @Args('id', { type: () => ID }, ParseUUIDPipe) id: string,
  ): Promise<Submission> {
    return this.service.find(ctx, id);
  }

  @Roles(...COACHING_ROLES)
  @Mutation(() => Submission, {
    description:
      'Records what the employer answered: the next stage, or a rejection / withdrawal with its reason.',
  })
  moveSubmission(
    @Member() ctx: ServiceContext,
    @Args('input') input: MoveSubmissionInput,
  ): Promise<Submission> {
    return this.service.move(ctx, input);
  }

  @Roles(...COACHING_ROLES)
  @Mutation(() => [Submission], { description: 'The same move for several submissions; all or nothing.' })
  moveSubmissions(
    @Member() ctx: ServiceContext,
    @Args('input') input: MoveSubmissionsInput,
  ): Promise<Submission[]> {
    return this.service.moveMany(ctx, input);
  }
}
