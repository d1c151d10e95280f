import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import {
  IsBoolean,
  IsEmail,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
} from 'class-validator';
import {
  FEEDBACK_RECIPIENTS,
  FEEDBACK_REQUEST_STATUSES,
  RECORDED_FEEDBACK_REQUEST_EVENTS,
  REJECTION_REASONS,
  type FeedbackRecipient,
  type FeedbackRequestStatus,
  type RecordedFeedbackRequestEvent,
  type RejectionReason,
} from '@rebound/domain';
import { registerDomainEnum } from '../../../common/domain-enum.js';
import { IsDateOnly } from '../../../common/date-only.js';
import { ClientGeneratedIdField, VersionField } from '../../../common/input-fields.js';
import { ConnectionType } from '../../../common/pagination.js';
import { RejectionReasonEnum } from './rejection.types.js';

export const FeedbackRecipientEnum = registerDomainEnum('FeedbackRecipient', FEEDBACK_RECIPIENTS);

export const FeedbackRequestStatusEnum = registerDomainEnum(
  'FeedbackRequestStatus',
  FEEDBACK_REQUEST_STATUSES,
);

@ObjectType({ description: 'A request for feedback after a rejection: "what could I do better?"' })
export class FeedbackRequest {
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

  @Field(() => Int)
  version!: number;

  @Field()
  createdAt!: Date;

  cursorAt!: string;
}

export const FeedbackRequestConnection = ConnectionType(FeedbackRequest, 'FeedbackRequest');

@InputType()
export class FeedbackRequestFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'Choose a client.' })
  clientId?: string;

  @Field(() => [FeedbackRequestStatusEnum], { nullable: true })
  @IsOptional()
  @IsIn(FEEDBACK_REQUEST_STATUSES as unknown as string[], { each: true, message: 'Choose a known status.' })
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

  @Field(() => ID)
  @IsUUID('all', { message: 'Choose a rejection.' })
  rejectionId!: string;

  @Field(() => FeedbackRecipientEnum)
  @IsIn(FEEDBACK_RECIPIENTS as unknown as string[], { message: 'Choose whom to ask.' })
  recipientRole!: FeedbackRecipient;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(120, { message: 'Use at most 120 characters.' })
  recipientName?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsEmail({}, { message: 'Enter a valid email address.' })
  recipientEmail?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(60)
  templateKey?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(10000, { message: 'Keep it under 10,000 characters.' })
  message?: string;
}

@InputType()
export class UpdateFeedbackRequestInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Choose a feedback request.' })
  id!: string;

  @VersionField()
  version!: number;

  @Field(() => FeedbackRecipientEnum, { nullable: true })
  @IsOptional()
  @IsIn(FEEDBACK_RECIPIENTS as unknown as string[], { message: 'Choose whom to ask.' })
  recipientRole?: FeedbackRecipient;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(120, { message: 'Use at most 120 characters.' })
  recipientName?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmail({}, { message: 'Enter a valid email address.' })
  recipientEmail?: string | null;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(10000, { message: 'Keep it under 10,000 characters.' })
  message?: string;
}

export const FeedbackRequestEventEnum = registerDomainEnum(
  'FeedbackRequestEvent',
  RECORDED_FEEDBACK_REQUEST_EVENTS,
);

@InputType()
export class AdvanceFeedbackRequestInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Choose a feedback request.' })
  id!: string;

  @VersionField()
  version!: number;

  @Field(() => FeedbackRequestEventEnum)
  @IsIn(Object.values(FeedbackRequestEventEnum), { message: 'Choose what happened.' })
  event!: RecordedFeedbackRequestEvent;

  @Field({ nullable: true, description: 'When it happened (YYYY-MM-DD); today if left out.' })
  @IsOptional()
  @IsDateOnly()
  on?: string;
}

@InputType()
export class RecordFeedbackAnswerInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Choose a feedback request.' })
  id!: string;

  @VersionField()
  version!: number;

  @Field()
  @IsString()
  @IsNotEmpty({ message: 'Paste or summarise the answer.' })
  @MaxLength(10000, { message: 'Keep it under 10,000 characters.' })
  answerText!: string;

  @Field(() => RejectionReasonEnum, {
    nullable: true,
    description: 'The reason the answer gives; updates the rejection.',
  })
  @IsOptional()
  @IsIn(REJECTION_REASONS as unknown as string[], { message: 'Choose a known reason.' })
  reason?: RejectionReason;

  @Field({ nullable: true })
  @IsOptional()
  @IsDateOnly()
  answeredOn?: string;
}
