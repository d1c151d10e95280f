import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { IsBoolean, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import {
  FEEDBACK_RECIPIENTS,
  FEEDBACK_REQUEST_STATUSES,
  RECORDED_FEEDBACK_REQUEST_EVENTS,
  FIELD_LIMITS,
  type FeedbackRecipient,
  type FeedbackRequestStatus,
  type RecordedFeedbackRequestEvent,
  type RejectionReason,
} from '@rebound/domain';
import { registerDomainEnum } from '../../../common/domain-enum.js';
import { IsDateOnly } from '../../../common/date-only.js';
import { ConnectionType } from '../../../common/pagination.js';
import { RejectionReasonEnum } from './rejection.types.js';
import {
  ClientGeneratedIdField,
  EmailField,
  EnumField,
  EnumListField,
  IdField,
  RequiredTextField,
  TextField,
  VersionField,
} from '../../../common/dto/field.decorators.js';
import { Versioned } from '../../../common/dto/versioned.type.js';

export const FeedbackRecipientEnum = registerDomainEnum('FeedbackRecipient', FEEDBACK_RECIPIENTS);

export const FeedbackRequestStatusEnum = registerDomainEnum(
  'FeedbackRequestStatus',
  FEEDBACK_REQUEST_STATUSES,
);

@ObjectType({ description: 'A request for feedback after a rejection: "what could I do better?"' })
export class FeedbackRequest extends Versioned {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  rejectionId!: string;

  @Field(() => FeedbackRecipientEnum)
  recipientRole!: FeedbackRecipient;

  @Field(() => String, { nullable: true })
  recipientName!: string | null;

  @Field(() => String, { nullable: true })
  recipientEmail!: string | null;

  @Field()
  templateKey!: string;

  @Field()
  message!: string;

  @Field(() => FeedbackRequestStatusEnum)
  status!: FeedbackRequestStatus;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  sentOn!: string | null;

  @Field(() => String, { nullable: true, description: 'When to send one cordial follow-up (YYYY-MM-DD).' })
  followUpOn!: string | null;

  @Field(() => String, { nullable: true })
  followedUpOn!: string | null;

  @Field(() => String, { nullable: true, description: 'When to send a stay-in-touch note (YYYY-MM-DD).' })
  stayInTouchOn!: string | null;

  @Field(() => String, { nullable: true })
  answeredOn!: string | null;

  @Field()
  answerText!: string;

  @Field({ description: 'Sent, not answered, follow-up date reached and no follow-up sent yet.' })
  followUpDue!: boolean;

  @Field()
  createdAt!: Date;
}

export const FeedbackRequestConnection = ConnectionType(FeedbackRequest, 'FeedbackRequest');

@InputType()
export class FeedbackRequestFilter {
  @IdField({ nullable: true })
  clientId?: string;

  @EnumListField(FeedbackRequestStatusEnum, { nullable: true })
  statuses?: FeedbackRequestStatus[];

  @Field({
    nullable: true,
    description: 'Only requests whose follow-up is due (sent, unanswered, date reached).',
  })
  @IsOptional()
  @IsBoolean()
  followUpDue?: boolean;
}

@InputType()
export class CreateFeedbackRequestInput {
  @ClientGeneratedIdField()
  id?: string;

  @IdField()
  rejectionId!: string;

  @EnumField(FeedbackRecipientEnum)
  recipientRole!: FeedbackRecipient;

  @TextField({ max: FIELD_LIMITS.personName }, { nullable: true })
  recipientName?: string;

  @EmailField({ nullable: true })
  recipientEmail?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(60)
  templateKey?: string;

  @TextField({ max: FIELD_LIMITS.longText }, { nullable: true })
  message?: string;
}

@InputType()
export class UpdateFeedbackRequestInput {
  @IdField()
  id!: string;

  @VersionField()
  version!: number;

  @EnumField(FeedbackRecipientEnum, { nullable: true })
  recipientRole?: FeedbackRecipient;

  @TextField({ max: FIELD_LIMITS.personName }, { nullable: true })
  recipientName?: string | null;

  @EmailField({ nullable: true })
  recipientEmail?: string | null;

  @TextField({ max: FIELD_LIMITS.longText }, { nullable: true })
  message?: string;
}

export const FeedbackRequestEventEnum = registerDomainEnum(
  'FeedbackRequestEvent',
  RECORDED_FEEDBACK_REQUEST_EVENTS,
);

@InputType()
export class AdvanceFeedbackRequestInput {
  @IdField()
  id!: string;

  @VersionField()
  version!: number;

  @EnumField(FeedbackRequestEventEnum)
  event!: RecordedFeedbackRequestEvent;

  @Field({ nullable: true, description: 'When it happened (YYYY-MM-DD); today if left out.' })
  @IsOptional()
  @IsDateOnly()
  on?: string;
}

@InputType()
export class RecordFeedbackAnswerInput {
  @IdField()
  id!: string;

  @VersionField()
  version!: number;

  @RequiredTextField({ max: FIELD_LIMITS.longText })
  answerText!: string;

  @EnumField(RejectionReasonEnum, {
    nullable: true,
    description: 'The reason the answer gives; updates the rejection.',
  })
  reason?: RejectionReason;

  @Field({ nullable: true })
  @IsOptional()
  @IsDateOnly()
  answeredOn?: string;
}
