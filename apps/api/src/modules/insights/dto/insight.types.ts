import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsOptional } from 'class-validator';
import {
  FIELD_LIMITS,
  INSIGHT_KINDS,
  INSIGHT_SEVERITIES,
  INSIGHT_SUGGESTION_TYPES,
  TRIAGE_REASON_KINDS,
  type InsightKind,
  type InsightSeverity,
  type PlanItemCategory,
  type TriageReasonKind,
} from '@rebound/domain';
import { registerDomainEnum } from '../../../common/domain-enum.js';
import { IsDateOnly } from '../../../common/date-only.js';
import { PlanItemCategoryEnum } from '../../plans/dto/plan.types.js';
import { IdField, RequiredTextField } from '../../../common/dto/field.decorators.js';

export const InsightKindEnum = registerDomainEnum('InsightKind', INSIGHT_KINDS);

export const InsightSeverityEnum = registerDomainEnum('InsightSeverity', INSIGHT_SEVERITIES);

export const TriageReasonKindEnum = registerDomainEnum('TriageReasonKind', TRIAGE_REASON_KINDS);

export const InsightSuggestionTypeEnum = registerDomainEnum(
  'InsightSuggestionType',
  INSIGHT_SUGGESTION_TYPES,
);

@ObjectType()
export class InsightEvidence {
  @Field(() => [ID])
  rejectionIds!: string[];

  @Field(() => [ID])
  applicationIds!: string[];
}

@ObjectType({ description: 'Something to do about an insight: an exercise to assign or a plan item to add.' })
export class InsightSuggestion {
  @Field({ description: 'Names the suggestion within its insight, for actOnInsight.' })
  key!: string;

  @Field(() => InsightSuggestionTypeEnum)
  type!: 'exercise' | 'plan_item';

  @Field(() => String, { nullable: true, description: 'The exercise template (`builtin:<key>`).' })
  templateId!: string | null;

  @Field(() => PlanItemCategoryEnum, { nullable: true })
  category!: PlanItemCategory | null;

  @Field({ description: 'The exercise or plan item title.' })
  title!: string;

  @Field({ description: 'True once acted on for the evidence shown.' })
  actedOn!: boolean;

  @Field(() => ID, { nullable: true })
  assignmentId!: string | null;

  @Field(() => ID, { nullable: true })
  planItemId!: string | null;
}

@ObjectType()
export class InsightDismissal {
  @Field()
  reason!: string;

  @Field()
  dismissedAt!: Date;
}

@ObjectType({ description: 'A pattern in one client’s history, with the rows behind it.' })
export class ClientInsight {
  @Field({ description: 'Stable across runs, e.g. `stage_concentration:final_round`.' })
  key!: string;

  @Field(() => InsightKindEnum)
  kind!: InsightKind;

  @Field(() => InsightSeverityEnum)
  severity!: InsightSeverity;

  @Field()
  sentence!: string;

  @Field(() => InsightEvidence)
  evidence!: InsightEvidence;

  @Field(() => [InsightSuggestion])
  suggestions!: InsightSuggestion[];

  @Field(() => InsightDismissal, {
    nullable: true,
    description: 'Set while a dismissal covers the current evidence; new evidence brings the insight back.',
  })
  dismissal!: InsightDismissal | null;
}

@ObjectType()
export class TriageReason {
  @Field(() => TriageReasonKindEnum)
  kind!: TriageReasonKind;

  @Field(() => Int)
  points!: number;

  @Field()
  sentence!: string;
}

@ObjectType({
  description: 'How much a client needs attention now: the triage score and the reasons it adds up.',
})
export class ClientAttention {
  @Field(() => ID)
  clientId!: string;

  @Field(() => Int, { description: 'The sum of the points of `reasons`.' })
  score!: number;

  @Field(() => [TriageReason], { description: 'Most points first.' })
  reasons!: TriageReason[];
}

@InputType()
export class ActOnInsightInput {
  @IdField()
  clientId!: string;

  @RequiredTextField({ max: 120 })
  insightKey!: string;

  @RequiredTextField({ max: 120 }, { description: 'InsightSuggestion.key' })
  suggestionKey!: string;

  @Field({
    nullable: true,
    description: 'YYYY-MM-DD; for an exercise, its due date; for a plan item, its own.',
  })
  @IsOptional()
  @IsDateOnly()
  dueOn?: string;
}

@InputType()
export class DismissInsightInput {
  @IdField()
  clientId!: string;

  @RequiredTextField({ max: 120 })
  insightKey!: string;

  @RequiredTextField({ max: FIELD_LIMITS.reason })
  reason!: string;
}
