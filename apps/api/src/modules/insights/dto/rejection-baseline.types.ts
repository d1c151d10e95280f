import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import type { RejectionReason, RejectionStage } from '@rebound/domain';
import { RejectionReasonEnum, RejectionStageEnum } from '../../rejections/dto/rejection.types.js';

@ObjectType({
  description: 'Rejections at one stage reached with one reason: the client’s and the caseload’s.',
})
export class StageReasonComparison {
  @Field(() => RejectionStageEnum)
  stage!: RejectionStage;

  @Field(() => RejectionReasonEnum, { description: 'The effective reason: the coach’s tag first.' })
  reason!: RejectionReason;

  @Field(() => Int)
  clientCount!: number;

  @Field(() => Int, { description: 'Across the caseload, the client included.' })
  caseloadCount!: number;
}

@ObjectType({ description: 'The caseload’s share of rejections at one stage reached, in the window.' })
export class StageShare {
  @Field(() => RejectionStageEnum)
  stage!: RejectionStage;

  @Field(() => Int)
  count!: number;

  @Field(() => Float, { description: 'count ÷ recentStageTotal.' })
  share!: number;
}

@ObjectType({ description: 'The caseload’s share of employer rejections with one reason, in the window.' })
export class ReasonShare {
  @Field(() => RejectionReasonEnum)
  reason!: RejectionReason;

  @Field(() => Int)
  count!: number;

  @Field(() => Float, { description: 'count ÷ recentReasonTotal.' })
  share!: number;
}

@ObjectType({
  description:
    "A client's rejections by stage reached × reason beside their primary coach's caseload (the whole " +
    'organization when they have no primary coach; archived clients left out), counted in SQL.',
})
export class RejectionBaseline {
  @Field(() => ID)
  clientId!: string;

  @Field(() => Int, { description: 'Clients in the caseload, the client included.' })
  caseloadSize!: number;

  @Field(() => Int, { description: 'Every recorded rejection of the client.' })
  clientTotal!: number;

  @Field(() => Int, { description: 'Every recorded rejection across the caseload.' })
  caseloadTotal!: number;

  @Field(() => [StageReasonComparison], {
    description: 'Cells with at least one rejection, all recorded history.',
  })
  cells!: StageReasonComparison[];

  @Field(() => Int, { description: 'Days back the recent shares cover (the insights’ window).' })
  windowDays!: number;

  @Field(() => Int, {
    description: 'Caseload rejections in the window not ended by the client (what stage patterns count).',
  })
  recentStageTotal!: number;

  @Field(() => [StageShare])
  recentStages!: StageShare[];

  @Field(() => Int, {
    description: 'Caseload rejections in the window ended by the employer (what reason patterns count).',
  })
  recentReasonTotal!: number;

  @Field(() => [ReasonShare])
  recentReasons!: ReasonShare[];
}
