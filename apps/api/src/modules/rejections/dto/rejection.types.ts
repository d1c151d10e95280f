import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsBoolean, IsInt, IsOptional, Max, Min } from 'class-validator';
import {
  ENDED_BY,
  FEEDBACK_SOURCES,
  NOT_REJECTION_KINDS,
  REASON_CONFIDENCES,
  REJECTION_REASONS,
  REJECTION_STAGES,
  CHECK_IN_MAX,
  CHECK_IN_MIN,
  FIELD_LIMITS,
  type EndedBy,
  type FeedbackSource,
  type NotRejectionKind,
  type ReasonConfidence,
  type RejectionReason,
  type RejectionStage,
} from '@rebound/domain';
import { registerDomainEnum } from '../../../common/domain-enum.js';
import { IsDateOnly } from '../../../common/date-only.js';
import { ConnectionType } from '../../../common/pagination.js';
import {
  EnumField,
  EnumListField,
  IdField,
  TextField,
  VersionField,
} from '../../../common/dto/field.decorators.js';
import { VersionedRecord } from '../../../common/dto/versioned.type.js';

export const RejectionStageEnum = registerDomainEnum('RejectionStage', REJECTION_STAGES);

export const RejectionReasonEnum = registerDomainEnum('RejectionReason', REJECTION_REASONS);

export const FeedbackSourceEnum = registerDomainEnum('FeedbackSource', FEEDBACK_SOURCES);

export const EndedByEnum = registerDomainEnum('EndedBy', ENDED_BY);

@ObjectType()
export class Rejection extends VersionedRecord {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  applicationId!: string;

  @Field(() => ID)
  clientId!: string;

  @Field({ description: 'YYYY-MM-DD' })
  rejectedOn!: string;

  @Field(() => RejectionStageEnum)
  stageReached!: RejectionStage;

  @Field(() => EndedByEnum)
  endedBy!: EndedBy;

  @Field({ description: 'An instant automated reply rather than an answer after human contact.' })
  automated!: boolean;

  @Field(() => RejectionReasonEnum, { nullable: true })
  employerReason!: RejectionReason | null;

  @Field(() => RejectionReasonEnum, { nullable: true })
  clientViewReason!: RejectionReason | null;

  @Field(() => RejectionReasonEnum, { nullable: true, description: "The coach's tag; it wins in analytics." })
  coachTag!: RejectionReason | null;

  @Field(() => RejectionReasonEnum, {
    description: 'Coach tag, else employer reason, else client view, else unknown.',
  })
  effectiveReason!: RejectionReason;

  @Field(() => FeedbackSourceEnum)
  feedbackSource!: FeedbackSource;

  @Field()
  feedbackText!: string;

  @Field()
  clientNotes!: string;

  @Field(() => String, { nullable: true, description: 'Coach only: null for clients.' })
  coachPrivateNotes!: string | null;

  @Field(() => Int, { nullable: true, description: 'How hard it hit, 1 (barely) to 5 (very).' })
  checkIn!: number | null;

  @Field(() => String, { nullable: true, description: 'The skill the employer said was missing.' })
  missingSkill!: string | null;

  @Field({ description: 'The rejection email, when the client chose to keep it; empty otherwise.' })
  emailText!: string;

  @Field({ description: 'Whether asking for feedback makes sense (human contact, ended by the employer).' })
  feedbackRequestSuggested!: boolean;
}

export const RejectionConnection = ConnectionType(Rejection, 'Rejection');

@InputType()
export class RejectionFilter {
  @IdField({ nullable: true })
  clientId?: string;

  @EnumListField(RejectionStageEnum, { nullable: true })
  stages?: RejectionStage[];

  @EnumListField(RejectionReasonEnum, {
    nullable: true,
    description: 'By effective reason.',
  })
  reasons?: RejectionReason[];

  @Field({ nullable: true })
  @IsOptional()
  @IsDateOnly()
  from?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsDateOnly()
  to?: string;
}

/** Fields both sides may write. */
@InputType({ isAbstract: true })
export class RejectionFields {
  @EnumField(EndedByEnum, { nullable: true })
  endedBy?: EndedBy;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  automated?: boolean;

  @EnumField(RejectionStageEnum, { nullable: true })
  stageReached?: RejectionStage;

  @EnumField(RejectionReasonEnum, { nullable: true })
  employerReason?: RejectionReason | null;

  @EnumField(FeedbackSourceEnum, { nullable: true })
  feedbackSource?: FeedbackSource;

  @TextField({ max: FIELD_LIMITS.longText }, { nullable: true })
  feedbackText?: string;

  @TextField({ max: FIELD_LIMITS.skill }, { nullable: true })
  missingSkill?: string | null;

  /** The client's own fields. */
  @EnumField(RejectionReasonEnum, { nullable: true })
  clientViewReason?: RejectionReason | null;

  @TextField({ max: FIELD_LIMITS.longText }, { nullable: true })
  clientNotes?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(CHECK_IN_MIN)
  @Max(CHECK_IN_MAX)
  checkIn?: number | null;

  /** The coach's own fields. */
  @EnumField(RejectionReasonEnum, { nullable: true })
  coachTag?: RejectionReason | null;

  @TextField({ max: FIELD_LIMITS.longText }, { nullable: true })
  coachPrivateNotes?: string;
}

@InputType()
export class RecordRejectionInput extends RejectionFields {
  @IdField()
  applicationId!: string;

  @VersionField()
  applicationVersion!: number;

  @Field({ description: 'YYYY-MM-DD' })
  @IsDateOnly()
  rejectedOn!: string;
}

@InputType()
export class UpdateRejectionInput extends RejectionFields {
  @IdField()
  id!: string;

  @VersionField()
  version!: number;

  @Field({ nullable: true })
  @IsOptional()
  @IsDateOnly()
  rejectedOn?: string;
}

export const COACH_ONLY_FIELDS = ['coachTag', 'coachPrivateNotes'] as const;
export const CLIENT_ONLY_FIELDS = ['clientViewReason', 'clientNotes', 'checkIn'] as const;

@ObjectType()
export class SuggestedText {
  @Field()
  value!: string;

  @Field({ description: 'The words in the email that led to this suggestion.' })
  phrase!: string;
}

export const ReasonConfidenceEnum = registerDomainEnum('ReasonConfidence', REASON_CONFIDENCES, {
  description:
    'HIGH: the wording and the learned classifier agree; MEDIUM: the wording alone; LOW: the classifier alone; NONE: not sure (the reason is UNKNOWN).',
});

@ObjectType()
export class SuggestedReason {
  @Field(() => RejectionReasonEnum)
  value!: RejectionReason;

  @Field()
  phrase!: string;

  @Field(() => String, { nullable: true, description: 'For a missing skill: the skill the words name.' })
  skill?: string | null;

  @Field(() => ReasonConfidenceEnum)
  confidence!: ReasonConfidence;
}

@ObjectType()
export class SuggestedStage {
  @Field(() => RejectionStageEnum)
  value!: RejectionStage;

  @Field()
  phrase!: string;
}

export const NotRejectionKindEnum = registerDomainEnum('NotRejectionKind', NOT_REJECTION_KINDS);

@ObjectType({ description: 'What Rebound read in a pasted rejection email, for the client to confirm.' })
export class RejectionEmailSuggestion {
  @Field(() => SuggestedStage, {
    nullable: true,
    description: 'The furthest step the email names; null when it names none.',
  })
  stage!: SuggestedStage | null;

  @Field(() => NotRejectionKindEnum, {
    nullable: true,
    description: 'What the email is instead when it is not a rejection (an invitation, an offer…).',
  })
  notRejection!: NotRejectionKind | null;

  @Field()
  isRejection!: boolean;

  @Field()
  automated!: boolean;

  @Field(() => SuggestedText, { nullable: true })
  company!: SuggestedText | null;

  @Field(() => SuggestedText, { nullable: true })
  role!: SuggestedText | null;

  @Field(() => SuggestedReason)
  reason!: SuggestedReason;
}
