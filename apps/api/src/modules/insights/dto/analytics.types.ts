import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsOptional } from 'class-validator';
import {
  FUNNEL_STEPS,
  type FunnelStepName,
  type RejectionReason,
  type RejectionStage,
} from '@rebound/domain';
import { registerDomainEnum } from '../../../common/domain-enum.js';
import { IsDateOnly } from '../../../common/date-only.js';
import { RejectionReasonEnum, RejectionStageEnum } from '../../rejections/dto/rejection.types.js';

export const FunnelStepEnum = registerDomainEnum('FunnelStep', FUNNEL_STEPS);

@InputType()
export class AnalyticsRangeInput {
  @Field({ nullable: true, description: 'YYYY-MM-DD, inclusive; default 90 days before `to`.' })
  @IsOptional()
  @IsDateOnly()
  from?: string;

  @Field({ nullable: true, description: 'YYYY-MM-DD, inclusive; default today (UTC).' })
  @IsOptional()
  @IsDateOnly()
  to?: string;
}

@ObjectType()
export class StageReasonCell {
  @Field(() => RejectionStageEnum)
  stage!: RejectionStage;

  @Field(() => RejectionReasonEnum, { description: 'Coach tag, else employer reason, else client view.' })
  reason!: RejectionReason;

  @Field(() => Int)
  count!: number;
}

@ObjectType()
export class FunnelCount {
  @Field(() => FunnelStepEnum)
  step!: FunnelStepName;

  @Field(() => Int)
  count!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'count ÷ the previous step; null at the first step or after 0.',
  })
  conversion!: number | null;
}

@ObjectType()
export class CoachFunnel {
  @Field(() => ID, {
    nullable: true,
    description: "The primary coach's membership id; null for clients without one.",
  })
  coachId!: string | null;

  @Field(() => String, { nullable: true })
  coachName!: string | null;

  @Field(() => [FunnelCount])
  steps!: FunnelCount[];
}

@ObjectType()
export class ReplyRate {
  @Field({ description: 'The stage (RejectionStage value) or the employer name.' })
  label!: string;

  @Field(() => Int, { description: 'Feedback requests sent.' })
  requested!: number;

  @Field(() => Int)
  answered!: number;

  @Field(() => Float, { nullable: true })
  rate!: number | null;
}

@ObjectType({ description: 'How soon clients applied again after a rejection in the range.' })
export class ReboundTime {
  @Field(() => Int, { description: 'Rejections followed by another application (on the same day or later).' })
  measured!: number;

  @Field(() => Int, { description: 'Rejections with no application since.' })
  notYet!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Median days from the rejection to the next application.',
  })
  medianDays!: number | null;
}

@ObjectType({ description: 'Clients placed or paused in one month, by their primary coach.' })
export class OutcomeCount {
  @Field({ description: 'YYYY-MM (UTC).' })
  month!: string;

  @Field(() => ID, { nullable: true, description: "The primary coach's membership id; null without one." })
  coachId!: string | null;

  @Field(() => String, { nullable: true })
  coachName!: string | null;

  @Field(() => Int)
  placed!: number;

  @Field(() => Int)
  paused!: number;
}

@ObjectType({ description: 'Rejection patterns across the clients the viewer may see, over a date range.' })
export class OrganizationAnalytics {
  @Field()
  from!: string;

  @Field()
  to!: string;

  @Field({ description: 'When these figures were computed; they are served for up to a minute.' })
  computedAt!: Date;

  @Field(() => Int, { description: 'Applications made in the range.' })
  applications!: number;

  @Field(() => Int, { description: 'Rejections (by the employer or by silence) in the range.' })
  rejections!: number;

  @Field(() => [StageReasonCell], { description: 'Non-zero cells only.' })
  stageReasonMatrix!: StageReasonCell[];

  @Field(() => [CoachFunnel], { description: 'Applications made in the range, by their furthest stage.' })
  funnelByCoach!: CoachFunnel[];

  @Field(() => [ReplyRate], { description: 'Feedback requests sent in the range, by the stage reached.' })
  replyRateByStage!: ReplyRate[];

  @Field(() => [ReplyRate], { description: 'The 20 employers asked most often.' })
  replyRateByEmployer!: ReplyRate[];

  @Field(() => ReboundTime)
  reboundTime!: ReboundTime;

  @Field(() => [OutcomeCount], {
    description: 'Status changes to placed or paused in the range, by month and current primary coach.',
  })
  outcomes!: OutcomeCount[];
}

@ObjectType()
export class ComparedStep {
  @Field(() => FunnelStepEnum)
  step!: FunnelStepName;

  @Field(() => Int)
  count!: number;

  @Field(() => Float, { nullable: true })
  conversion!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Median conversion at this step across the caseload (clients with a previous step only).',
  })
  caseloadMedian!: number | null;
}

@ObjectType({ description: "A client's funnel beside the median of their primary coach's caseload." })
export class CaseloadComparison {
  @Field(() => ID)
  clientId!: string;

  @Field(() => Int, { description: 'Clients in the caseload compared with.' })
  caseloadSize!: number;

  @Field(() => [ComparedStep])
  steps!: ComparedStep[];
}
