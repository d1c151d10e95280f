import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { COACHING_ROLES } from '@rebound/domain';
import { Roles } from '../../common/access.decorators.js';
import type { Connection } from '../../common/pagination.js';
import { readFromReplica, type ServiceContext } from '../../common/request-context.js';
import { Member } from '../../common/member.decorator.js';
import {
  AgencyDashboard,
  AgencyDashboardInput,
  Candidate,
  CandidateConnection,
  CandidateFilter,
  InviteCandidatesInput,
  MyOnboarding,
  ResendCandidateInvitationsInput,
  SubmitCandidateInput,
  Submission,
  UpdateMyOnboardingInput,
} from './dto/onboarding.types.js';
import { AgencyDashboardService } from './agency-dashboard.service.js';
import { CandidateService } from './candidate.service.js';
import { MyOnboardingService } from './my-onboarding.service.js';
import { SubmissionService } from './submission.service.js';

@Resolver(() => Candidate)
export class OnboardingResolver {
  constructor(
    private readonly candidateService: CandidateService,
    private readonly myOnboardingService: MyOnboardingService,
    private readonly submissionService: SubmissionService,
    private readonly dashboardService: AgencyDashboardService,
  ) {}

  @Roles(...COACHING_ROLES)
  @Query(() => CandidateConnection, { description: 'Candidates with their onboarding stage, by name.' })
  candidates(
    @Member() ctx: ServiceContext,
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
    @Args('filter', { type: () => CandidateFilter, nullable: true }) filter?: CandidateFilter,
  ): Promise<Connection<Candidate>> {
    return this.candidateService.candidates(ctx, first, after, filter ?? {});
  }

  @Roles(...COACHING_ROLES)
  @Mutation(() => Int, { description: 'Queues invitations (sent in throttled batches); answers how many.' })
  inviteCandidates(
    @Member() ctx: ServiceContext,
    @Args('input') input: InviteCandidatesInput,
  ): Promise<number> {
    return this.candidateService.invite(ctx, input);
  }

  @Roles(...COACHING_ROLES)
  @Mutation(() => Int, { description: 'Queues a fresh link for invitations not accepted after N days.' })
  resendCandidateInvitations(
    @Member() ctx: ServiceContext,
    @Args('input') input: ResendCandidateInvitationsInput,
  ): Promise<number> {
    return this.candidateService.resend(ctx, input.olderThanDays);
  }

  @Roles('client')
  @Query(() => MyOnboarding)
  myOnboarding(@Member() ctx: ServiceContext): Promise<MyOnboarding> {
    return this.myOnboardingService.mine(ctx);
  }

  @Roles('client')
  @Mutation(() => MyOnboarding)
  updateMyOnboarding(
    @Member() ctx: ServiceContext,
    @Args('input') input: UpdateMyOnboardingInput,
  ): Promise<MyOnboarding> {
    return this.myOnboardingService.updateMine(ctx, input);
  }

  @Roles(...COACHING_ROLES)
  @Mutation(() => Submission, {
    description: 'Records putting a candidate forward to an employer for a role.',
  })
  submitCandidate(
    @Member() ctx: ServiceContext,
    @Args('input') input: SubmitCandidateInput,
  ): Promise<Submission> {
    return this.submissionService.submit(ctx, input);
  }

  @Roles(...COACHING_ROLES)
  @Query(() => AgencyDashboard)
  agencyDashboard(
    @Member() ctx: ServiceContext,
    @Args('input', { type: () => AgencyDashboardInput, nullable: true }) input?: AgencyDashboardInput,
  ): Promise<AgencyDashboard> {
    return readFromReplica(ctx, (replica) => this.dashboardService.dashboard(replica, input?.days ?? 365));
  }

  @Roles(...COACHING_ROLES)
  @Query(() => String, { description: 'Candidates and their outcomes as CSV (a header row first).' })
  candidatesCsv(@Member() ctx: ServiceContext): Promise<string> {
    return readFromReplica(ctx, (replica) => this.candidateService.exportCsv(replica));
  }
}
