import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  Min,
} from 'class-validator';
import {
  PLAN_ITEM_CATEGORIES,
  PLAN_ITEM_OWNERS,
  PLAN_ITEM_STATUSES,
  type PlanItemCategory,
  type PlanItemOwner,
  type PlanItemStatus,
} from '@rebound/domain';
import { registerDomainEnum } from '../../../common/domain-enum.js';
import { IsDateOnly } from '../../../common/date-only.js';
import { VersionField } from '../../../common/input-fields.js';
import { ConnectionType } from '../../../common/pagination.js';

export const PlanItemCategoryEnum = registerDomainEnum('PlanItemCategory', PLAN_ITEM_CATEGORIES);

export const PlanItemStatusEnum = registerDomainEnum('PlanItemStatus', PLAN_ITEM_STATUSES);

export const PlanSideEnum = registerDomainEnum('PlanSide', PLAN_ITEM_OWNERS);

@ObjectType()
export class PlanGoal {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  @Field(() => Int)
  position!: number;
}

@ObjectType()
export class PlanItemComment {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  authorName!: string | null;

  @Field()
  body!: string;

  @Field()
  createdAt!: Date;

  itemId!: string;
}

@ObjectType()
export class PlanItem {
  @Field(() => ID)
  id!: string;

  @Field(() => ID, { nullable: true })
  goalId!: string | null;

  @Field()
  title!: string;

  @Field(() => PlanItemCategoryEnum)
  category!: PlanItemCategory;

  @Field(() => PlanSideEnum, { description: 'Who does it.' })
  owner!: PlanItemOwner;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  dueOn!: string | null;

  @Field(() => PlanItemStatusEnum)
  status!: PlanItemStatus;

  @Field({ description: 'A link or a note that shows it was done.' })
  evidence!: string;

  @Field(() => Int)
  position!: number;

  @Field(() => PlanSideEnum)
  createdBySide!: PlanItemOwner;

  @Field(() => [ID], { description: 'The rejections that led to it.' })
  rejectionIds!: string[];

  @Field(() => Int)
  version!: number;

  clientId!: string;
  droppedBySide!: PlanItemOwner | null;
}

@ObjectType()
export class PlanProgressType {
  @Field(() => Int)
  done!: number;

  @Field(() => Int)
  total!: number;

  @Field(() => Float, { description: 'Share of items done, 0 to 1; dropped items do not count.' })
  share!: number;
}

@ObjectType({ description: 'The improvement plan that coach and client share.' })
export class ImprovementPlan {
  @Field(() => ID)
  clientId!: string;

  @Field(() => [PlanGoal])
  goals!: PlanGoal[];

  @Field(() => [PlanItem])
  items!: PlanItem[];

  @Field(() => PlanProgressType)
  progress!: PlanProgressType;
}

@ObjectType()
export class PlanActivity {
  @Field(() => ID)
  id!: string;

  @Field(() => ID, { nullable: true })
  itemId!: string | null;

  @Field(() => String, { nullable: true })
  actorName!: string | null;

  @Field({ description: 'What happened: goal_added, item_added, item_changed, item_commented.' })
  action!: string;

  @Field({ description: 'What changed, as JSON text.' })
  details!: string;

  @Field()
  createdAt!: Date;

  cursorAt!: string;
}

export const PlanActivityConnection = ConnectionType(PlanActivity, 'PlanActivity');

@InputType()
export class AddPlanGoalInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Choose a client.' })
  clientId!: string;

  @Field()
  @IsString()
  @IsNotEmpty({ message: 'Name the goal.' })
  @MaxLength(200, { message: 'Use at most 200 characters.' })
  title!: string;
}

@InputType()
export class AddPlanItemInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Choose a client.' })
  clientId!: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'Choose a goal.' })
  goalId?: string;

  @Field()
  @IsString()
  @IsNotEmpty({ message: 'Say what to do.' })
  @MaxLength(200, { message: 'Use at most 200 characters.' })
  title!: string;

  @Field(() => PlanItemCategoryEnum)
  @IsIn(PLAN_ITEM_CATEGORIES as unknown as string[], { message: 'Choose a category.' })
  category!: PlanItemCategory;

  @Field(() => PlanSideEnum)
  @IsIn(PLAN_ITEM_OWNERS as unknown as string[], { message: 'Choose who does it.' })
  owner!: PlanItemOwner;

  @Field({ nullable: true })
  @IsOptional()
  @IsDateOnly()
  dueOn?: string;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsUUID('all', { each: true, message: 'Choose rejections.' })
  @ArrayMaxSize(20)
  rejectionIds?: string[];
}

@InputType()
export class UpdatePlanItemInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Choose a plan item.' })
  id!: string;

  @VersionField()
  version!: number;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @IsNotEmpty({ message: 'Say what to do.' })
  @MaxLength(200, { message: 'Use at most 200 characters.' })
  title?: string;

  @Field(() => PlanItemCategoryEnum, { nullable: true })
  @IsOptional()
  @IsIn(PLAN_ITEM_CATEGORIES as unknown as string[], { message: 'Choose a category.' })
  category?: PlanItemCategory;

  @Field(() => PlanSideEnum, { nullable: true })
  @IsOptional()
  @IsIn(PLAN_ITEM_OWNERS as unknown as string[], { message: 'Choose who does it.' })
  owner?: PlanItemOwner;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsDateOnly()
  dueOn?: string | null;

  @Field(() => PlanItemStatusEnum, { nullable: true })
  @IsOptional()
  @IsIn(PLAN_ITEM_STATUSES as unknown as string[], { message: 'Choose a status.' })
  status?: PlanItemStatus;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(4000, { message: 'Keep it under 4,000 characters.' })
  evidence?: string;

  @Field(() => Int, { nullable: true, description: 'New place in the list (0 first).' })
  @IsOptional()
  @IsInt()
  @Min(0)
  position?: number;
}

@InputType()
export class CommentOnPlanItemInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Choose a plan item.' })
  itemId!: string;

  @Field()
  @IsString()
  @IsNotEmpty({ message: 'Write a comment.' })
  @MaxLength(4000, { message: 'Keep it under 4,000 characters.' })
  body!: string;
}
