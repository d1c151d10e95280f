import { Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import {
  RECORDABLE_SUBMISSION_STAGES,
  REJECTION_REASONS,
  SUBMISSION_STAGES,
  type RejectionReason,
  type SubmissionStage,
} from '@rebound/domain';
import { registerDomainEnum } from '../../../common/domain-enum.js';
import { IsDateOnly } from '../../../common/date-only.js';
import { VersionField } from '../../../common/input-fields.js';
import { RejectionReasonEnum } from '../../rejections/dto/rejection.types.js';

export const SubmissionStageEnum = registerDomainEnum('SubmissionStage', SUBMISSION_STAGES, {
  description:
    'submitted → employer screening → interview rounds → final → offer → placed; or rejected / withdrawn.',
});

/** The one-line reason picker and the employer contact who gave it, shared by single and bulk moves. */
@InputType({ isAbstract: true })
class SubmissionOutcomeFields {
  @Field(() => SubmissionStageEnum)
  @IsIn(RECORDABLE_SUBMISSION_STAGES as unknown as string[], {
    message: 'Choose a stage a recruiter can record.',
  })
  stage!: SubmissionStage;

  @Field(() => RejectionReasonEnum, {
    nullable: true,
    description: 'Why it ended: required for a rejection or a withdrawal.',
  })
  @IsOptional()
  @IsIn(REJECTION_REASONS as unknown as string[], { message: 'Choose a reason.' })
  reason?: RejectionReason;

  @Field(() => ID, { nullable: true, description: 'The employer contact who gave the answer.' })
  @IsOptional()
  @IsUUID('all', { message: 'Choose a contact.' })
  contactId?: string;

  @Field({ nullable: true, description: 'YYYY-MM-DD the answer came; default today.' })
  @IsOptional()
  @IsDateOnly()
  decidedOn?: string;
}

@InputType()
export class MoveSubmissionInput extends SubmissionOutcomeFields {
  @Field(() => ID)
  @IsUUID('all', { message: 'Choose a submission.' })
  id!: string;

  @VersionField()
  version!: number;

  @Field(() => Int, { nullable: true, description: 'For an interview: the round (default: the next one).' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(20)
  interviewRound?: number;
}

@InputType()
export class MoveSubmissionsInput extends SubmissionOutcomeFields {
  @Field(() => [ID])
  @ArrayMinSize(1, { message: 'Choose at least one submission.' })
  @ArrayMaxSize(100, { message: 'Up to 100 submissions at once.' })
  @IsUUID('all', { each: true, message: 'Choose a submission.' })
  ids!: string[];
}

@InputType()
export class SubmissionFilter {
  @Field(() => [SubmissionStageEnum], { nullable: true })
  @IsOptional()
  @IsIn(SUBMISSION_STAGES as unknown as string[], { each: true, message: 'Choose a known stage.' })
  stages?: SubmissionStage[];

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'Choose an employer.' })
  employerId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'Choose a candidate.' })
  clientId?: string;

  @Field({ nullable: true, description: 'Only submissions still in play (true) or only ended ones (false).' })
  @IsOptional()
  @IsBoolean()
  open?: boolean;

  @Field({ nullable: true, description: 'Part of the candidate’s name or the role.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string;
}
