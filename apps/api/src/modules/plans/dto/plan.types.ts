import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { ArrayMaxSize, IsInt, IsOptional, Min } from 'class-validator';
import {
  FIELD_LIMITS,
  PLAN_ITEM_CATEGORIES,
  PLAN_ITEM_OWNERS,
  PLAN_ITEM_STATUSES,
  type PlanItemCategory,
  type PlanItemOwner,
  type PlanItemStatus,
} from '@rebound/domain';
import { registerDomainEnum } from '../../../common/domain-enum.js';
import { IsDateOnly } from '../../../common/date-only.js';
import { ConnectionType } from '../../../common/pagination.js';
import {
  EnumField,
  IdField,
  IdListField,
  RequiredTextField,
  TextField,
  VersionField,
} from '../../../common/dto/field.decorators.js';
import { Versioned } from '../../../common/dto/versioned.type.js';

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
export class PlanItem extends Versioned {
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
}

export const PlanActivityConnection = ConnectionType(PlanActivity, 'PlanActivity');

@InputType()
export class AddPlanGoalInput {
  @IdField()
  clientId!: string;

  @RequiredTextField({ max: FIELD_LIMITS.planTitle })
  title!: string;
}

@InputType()
export class AddPlanItemInput {
  @IdField()
  clientId!: string;

  @IdField({ nullable: true })
  goalId?: string;

  @RequiredTextField({ max: FIELD_LIMITS.planTitle })
  title!: string;

  @EnumField(PlanItemCategoryEnum)
  category!: PlanItemCategory;

  @EnumField(PlanSideEnum)
  owner!: PlanItemOwner;

  @Field({ nullable: true })
  @IsOptional()
  @IsDateOnly()
  dueOn?: string;

  @IdListField({ nullable: true })
  @ArrayMaxSize(20)
  rejectionIds?: string[];
}

@InputType()
export class UpdatePlanItemInput {
  @IdField()
  id!: string;

  @VersionField()
  version!: number;

  @RequiredTextField({ max: FIELD_LIMITS.planTitle }, { nullable: true })
  title?: string;

  @EnumField(PlanItemCategoryEnum, { nullable: true })
  category?: PlanItemCategory;

  @EnumField(PlanSideEnum, { nullable: true })
  owner?: PlanItemOwner;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsDateOnly()
  dueOn?: string | null;

  @EnumField(PlanItemStatusEnum, { nullable: true })
  status?: PlanItemStatus;

  @TextField({ max: FIELD_LIMITS.planText }, { nullable: true })
  evidence?: string;

  @Field(() => Int, { nullable: true, description: 'New place in the list (0 first).' })
  @IsOptional()
  @IsInt()
  @Min(0)
  position?: number;
}

@InputType()
export class CommentOnPlanItemInput {
  @IdField()
  itemId!: string;

  @RequiredTextField({ max: FIELD_LIMITS.planText })
  body!: string;
}
