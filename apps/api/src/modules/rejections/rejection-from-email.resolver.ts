import { Args, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { ROLES } from '@rebound/domain';
import { Roles } from '../../common/access.decorators.js';
import type { ServiceContext } from '../../common/request-context.js';
import { Member } from '../../common/member.decorator.js';
import {
  AcceptRejectionNextStepInput,
  ApplicationMatch,
  RecordRejectionFromEmailInput,
  RejectionNextStep,
} from './dto/rejection-from-email.types.js';
import { Rejection, RejectionEmailSuggestion } from './dto/rejection.types.js';
import { RejectionFromEmailService } from './rejection-from-email.service.js';

/** "I got a rejection": from the pasted email to a recorded rejection and its next step. */
@Resolver(() => RejectionEmailSuggestion)
export class RejectionFromEmailResolver {
  constructor(private readonly service: RejectionFromEmailService) {}

  @Roles(...ROLES)
  @Mutation(() => Rejection, {
    description:
      'Records a rejection read from an email, for an open application or a new one made in the same step.',
  })
  recordRejectionFromEmail(
    @Member() ctx: ServiceContext,
    @Args('input') input: RecordRejectionFromEmailInput,
  ) {
    return this.service.record(ctx, input);
  }

  @Roles(...ROLES)
  @Mutation(() => RejectionNextStep, {
    description: 'Starts the exercise and adds the plan item the next step proposes. Once per rejection.',
  })
  acceptRejectionNextStep(@Member() ctx: ServiceContext, @Args('input') input: AcceptRejectionNextStepInput) {
    return this.service.acceptNextStep(ctx, input);
  }

  @ResolveField(() => [ApplicationMatch], {
    description:
      "Open applications at the company the email names, the most similar role first: the client's own, or for staff the given client's.",
  })
  matchingApplications(
    @Parent() suggestion: RejectionEmailSuggestion,
    @Member() ctx: ServiceContext,
    @Args('clientId', { type: () => ID, nullable: true }) clientId?: string | null,
  ): Promise<ApplicationMatch[]> {
    if (!suggestion.company) return Promise.resolve([]);
    return this.service.matches(
      ctx,
      suggestion.company.value,
      suggestion.role?.value ?? null,
      clientId ?? null,
    );
  }
}

@Resolver(() => Rejection)
export class RejectionNextStepResolver {
  constructor(private readonly service: RejectionFromEmailService) {}

  @ResolveField(() => RejectionNextStep, { description: 'The next step its reason and stage call for.' })
  nextStep(@Parent() rejection: Rejection, @Member() ctx: ServiceContext): Promise<RejectionNextStep> {
    return this.service.nextStep(ctx, rejection);
  }
}
