import { Field, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsBoolean, IsInt, IsOptional, Max, Min } from 'class-validator';
import {
  MAX_INTERVIEW_ROUND,
  RECORDABLE_SUBMISSION_STAGES,
  SUBMISSION_STAGES,
  type RejectionReason,
  type SubmissionStage,
} from '@rebound/domain';
import { registerDomainEnum } from '../../../common/domain-enum.js';
import { IsDateOnly } from '../../../common/date-only.js';
import { RejectionReasonEnum } from '../../rejections/dto/rejection.types.js';
import {
  EnumField,
  EnumListField,
  IdField,
  IdListField,
  TextField,
  VersionField,
} from '../../../common/dto/field.decorators.js';

export const SubmissionStageEnum = registerDomainEnum('SubmissionStage', SUBMISSION_STAGES, {
  description:
    'submitted → employer screening → interview rounds → final → offer → placed; or rejected / withdrawn.',
});

/** The one-line reason picker and the employer contact who gave it, shared by single and bulk moves. */
@InputType({ isAbstract: true })
class SubmissionOutcomeFields {
  @EnumField(SubmissionStageEnum, {
    values: RECORDABLE_SUBMISSION_STAGES,
  })
  stage!: SubmissionStage;

  @EnumField(RejectionReasonEnum, {
    nullable: true,
    description: 'Why it ended: required for a rejection or a withdrawal.',
  })
  reason?: RejectionReason;

  @IdField({ nullable: true, description: 'The employer contact who gave the answer.' })
  contactId?: string;

  @Field({ nullable: true, description: 'YYYY-MM-DD the answer came; default today.' })
  @IsOptional()
  @IsDateOnly()
  decidedOn?: string;
}

@InputType()
export class MoveSubmissionInput extends SubmissionOutcomeFields {
  @IdField()
  id!: string;

  @VersionField()
  version!: number;

  @Field(() => Int, { nullable: true, description: 'For an interview: the round (default: the next one).' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_INTERVIEW_ROUND)
  interviewRound?: number;
}

@InputType()
export class MoveSubmissionsInput extends SubmissionOutcomeFields {
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @IdListField()
  ids!: string[];
}

@InputType()
export class SubmissionFilter {
  @EnumListField(SubmissionStageEnum, { nullable: true })
  stages?: SubmissionStage[];

  @IdField({ nullable: true })
  employerId?: string;

  @IdField({ nullable: true })
  clientId?: string;

  @Field({ nullable: true, description: 'Only submissions still in play (true) or only ended ones (false).' })
  @IsOptional()
  @IsBoolean()
  open?: boolean;

  @TextField({ max: 100 }, { nullable: true, description: 'Part of the candidate’s name or the role.' })
  search?: string;
}
