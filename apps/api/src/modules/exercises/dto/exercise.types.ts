import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsOptional,
  IsString,
  MaxLength,
} from 'class-validator';
import {
  ASSIGNMENT_STATUSES,
  PROMPT_TYPES,
  type AssignmentStatus,
  type PromptType,
  FIELD_LIMITS,
  MAX_CLIENTS_PER_ASSIGNMENT,
} from '@rebound/domain';
import { registerDomainEnum } from '../../../common/domain-enum.js';
import { IsDateOnly } from '../../../common/date-only.js';
import { ConnectionType } from '../../../common/pagination.js';
import {
  ClientGeneratedIdField,
  EnumListField,
  IdField,
  IdListField,
  TextField,
  VersionField,
} from '../../../common/dto/field.decorators.js';
import { Versioned } from '../../../common/dto/versioned.type.js';

export const PromptTypeEnum = registerDomainEnum('PromptType', PROMPT_TYPES);

export const AssignmentStatusEnum = registerDomainEnum('AssignmentStatus', ASSIGNMENT_STATUSES);

@ObjectType('ExercisePrompt')
export class ExercisePromptType {
  @Field()
  key!: string;

  @Field(() => PromptTypeEnum)
  type!: PromptType;

  @Field()
  label!: string;

  @Field(() => String, { nullable: true })
  help?: string;

  @Field()
  required!: boolean;

  @Field(() => [String], { nullable: true })
  options?: string[];

  @Field(() => Int, { nullable: true })
  min?: number;

  @Field(() => Int, { nullable: true })
  max?: number;

  @Field(() => String, { nullable: true })
  minLabel?: string;

  @Field(() => String, { nullable: true })
  maxLabel?: string;
}

@ObjectType({ description: "A reusable exercise: built into Rebound, or the organization's own." })
export class ExerciseTemplate {
  @Field(() => ID, { description: '`builtin:<key>` for built-in templates.' })
  id!: string;

  @Field()
  builtIn!: boolean;

  @Field()
  title!: string;

  @Field()
  purpose!: string;

  @Field(() => Int)
  estimatedMinutes!: number;

  @Field(() => [ExercisePromptType])
  prompts!: ExercisePromptType[];

  @Field(() => Int, { description: 'The current version; assignments keep the version they were made from.' })
  templateVersion!: number;

  @Field(() => Int, { description: 'Edit version for optimistic concurrency (custom templates).' })
  version!: number;

  @Field(() => String, { nullable: true })
  clonedFrom!: string | null;

  cursorAt!: string;
}

export const ExerciseTemplateConnection = ConnectionType(ExerciseTemplate, 'ExerciseTemplate');

@InputType()
export class ExercisePromptInput {
  @Field()
  key!: string;

  @Field(() => PromptTypeEnum)
  type!: PromptType;

  @Field()
  label!: string;

  @Field({ nullable: true })
  help?: string;

  @Field()
  required!: boolean;

  @Field(() => [String], { nullable: true })
  options?: string[];

  @Field(() => Int, { nullable: true })
  min?: number;

  @Field(() => Int, { nullable: true })
  max?: number;

  @Field({ nullable: true })
  minLabel?: string;

  @Field({ nullable: true })
  maxLabel?: string;
}

/** Checked as a whole by the domain's template rules, which name each field. */
@InputType()
export class ExerciseTemplateContentInput {
  @Field()
  @IsString()
  title!: string;

  @Field()
  @IsString()
  purpose!: string;

  @Field(() => Int)
  @IsOptional()
  estimatedMinutes!: number;

  @Field(() => [ExercisePromptInput])
  @IsArray()
  prompts!: ExercisePromptInput[];
}

@InputType()
export class CreateExerciseTemplateInput extends ExerciseTemplateContentInput {
  @ClientGeneratedIdField()
  id?: string;
}

@InputType()
export class UpdateExerciseTemplateInput extends ExerciseTemplateContentInput {
  @IdField()
  id!: string;

  @VersionField()
  version!: number;
}

@ObjectType()
export class ExerciseAnswer {
  @Field()
  promptKey!: string;

  @Field(() => String, { nullable: true })
  text?: string;

  @Field(() => Int, { nullable: true })
  number?: number;

  @Field(() => [String], { nullable: true })
  choices?: string[];
}

@InputType({
  description:
    'One answer: `text` for free text and single choice, `number` for a scale, `choices` for multiple choice and checklists; all empty clears it.',
})
export class ExerciseAnswerInput {
  @Field()
  @IsString()
  promptKey!: string;

  @Field({ nullable: true })
  @IsOptional()
  text?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  number?: number;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  choices?: string[];
}

@ObjectType()
export class ExerciseAssignment extends Versioned {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  clientId!: string;

  @Field(() => ID, { description: 'The template it was made from.' })
  templateId!: string;

  @Field(() => Int)
  templateVersion!: number;

  @Field()
  title!: string;

  @Field()
  purpose!: string;

  @Field(() => Int)
  estimatedMinutes!: number;

  @Field(() => [ExercisePromptType], {
    description: 'As they were when assigned: later template edits do not change them.',
  })
  prompts!: ExercisePromptType[];

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  dueOn!: string | null;

  @Field(() => AssignmentStatusEnum)
  status!: AssignmentStatus;

  @Field({ description: 'Due date passed while still open.' })
  overdue!: boolean;

  @Field(() => [ExerciseAnswer])
  answers!: ExerciseAnswer[];

  @Field(() => ID, { nullable: true })
  rejectionId!: string | null;

  @Field(() => [ID], { description: 'The rejections behind the insight this exercise answers.' })
  evidenceRejectionIds!: string[];

  @Field(() => ID, { nullable: true })
  planItemId!: string | null;

  @Field()
  coachComment!: string;

  @Field(() => Date, { nullable: true })
  submittedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  reviewedAt!: Date | null;

  @Field()
  createdAt!: Date;

  cursorAt!: string;
}

export const ExerciseAssignmentConnection = ConnectionType(ExerciseAssignment, 'ExerciseAssignment');

@InputType()
export class ExerciseAssignmentFilter {
  @IdField({ nullable: true })
  clientId?: string;

  @EnumListField(AssignmentStatusEnum, { nullable: true })
  statuses?: AssignmentStatus[];
}

@InputType()
export class AssignExerciseInput {
  @Field(() => ID, { description: 'A template id, or `builtin:<key>`.' })
  @IsString()
  @MaxLength(80)
  templateId!: string;

  @IdListField()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_CLIENTS_PER_ASSIGNMENT)
  clientIds!: string[];

  @Field({ nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  @IsDateOnly()
  dueOn?: string;

  @IdField({
    nullable: true,
    description: 'The rejection this exercise reflects on (single client only).',
  })
  rejectionId?: string;

  @IdField({
    nullable: true,
    description: 'The plan item this exercise serves (single client only).',
  })
  planItemId?: string;

  @IdListField({
    nullable: true,
    description: 'The rejections behind the insight that suggested it (single client only).',
  })
  @ArrayMaxSize(50)
  evidenceRejectionIds?: string[];
}

@InputType()
export class WithdrawExerciseInput {
  @IdField()
  id!: string;

  @VersionField()
  version!: number;
}

@InputType()
export class RescheduleExerciseInput {
  @IdField()
  id!: string;

  @VersionField()
  version!: number;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; null removes the due date.' })
  @IsOptional()
  @IsDateOnly()
  dueOn?: string | null;
}

@InputType()
export class SaveExerciseAnswersInput {
  @IdField()
  id!: string;

  @VersionField()
  version!: number;

  @Field(() => [ExerciseAnswerInput])
  @IsArray()
  answers!: ExerciseAnswerInput[];
}

@InputType()
export class ReviewExerciseInput {
  @IdField()
  id!: string;

  @VersionField()
  version!: number;

  @TextField({ max: FIELD_LIMITS.longText }, { defaultValue: '' })
  comment!: string;

  @Field({ defaultValue: false, description: 'Send it back for changes instead of marking it reviewed.' })
  @IsBoolean()
  sendBack!: boolean;
}
