import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsBoolean, IsInt, IsOptional, Max, Min } from 'class-validator';
import {
  APPLICATION_SOURCES,
  APPLICATION_SORTS,
  APPLICATION_STAGES,
  FIELD_LIMITS,
  MAX_INTERVIEW_ROUND,
  type ApplicationSource,
  type ApplicationStage,
} from '@rebound/domain';
import { registerDomainEnum } from '../../../common/domain-enum.js';
import { IsDateOnly } from '../../../common/date-only.js';
import { ConnectionType } from '../../../common/pagination.js';
import {
  ClientGeneratedIdField,
  EnumField,
  EnumListField,
  IdField,
  RequiredTextField,
  UrlField,
  VersionField,
} from '../../../common/dto/field.decorators.js';
import { VersionedRecord } from '../../../common/dto/versioned.type.js';

export const ApplicationSourceEnum = registerDomainEnum('ApplicationSource', APPLICATION_SOURCES);

export const ApplicationStageEnum = registerDomainEnum('ApplicationStage', APPLICATION_STAGES);

@ObjectType({ description: 'One move of an application, kept forever.' })
export class StageEvent {
  @Field(() => ID)
  id!: string;

  @Field(() => ApplicationStageEnum, { nullable: true })
  fromStage!: ApplicationStage | null;

  @Field(() => ApplicationStageEnum)
  toStage!: ApplicationStage;

  @Field(() => Int, { nullable: true })
  interviewRound!: number | null;

  @Field(() => String, { nullable: true, description: 'Who moved it; null when Rebound did (ghosting).' })
  changedByName!: string | null;

  @Field()
  changedAt!: Date;

  applicationId!: string;
}

@ObjectType()
export class Application extends VersionedRecord {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  clientId!: string;

  @Field()
  company!: string;

  @Field()
  roleTitle!: string;

  @Field(() => String, { nullable: true })
  postingUrl!: string | null;

  @Field(() => ApplicationSourceEnum)
  source!: ApplicationSource;

  @Field({ description: 'YYYY-MM-DD' })
  appliedOn!: string;

  @Field(() => ApplicationStageEnum)
  stage!: ApplicationStage;

  @Field(() => Int, { nullable: true })
  interviewRound!: number | null;

  @Field(() => ApplicationStageEnum, { description: 'The furthest step ever reached; kept when it closes.' })
  furthestStage!: ApplicationStage;

  @Field(() => Int, { nullable: true })
  furthestInterviewRound!: number | null;

  @Field()
  lastActivityAt!: Date;

  @Field(() => Date, { nullable: true })
  closedAt!: Date | null;
}

export const ApplicationConnection = ConnectionType(Application, 'Application');

@InputType()
export class ApplicationFilter {
  @IdField({ nullable: true })
  clientId?: string;

  @EnumListField(ApplicationStageEnum, { nullable: true })
  stages?: ApplicationStage[];

  @Field({ nullable: true, description: 'Only open (true) or only closed (false) applications.' })
  @IsOptional()
  @IsBoolean()
  open?: boolean;

  @Field({ nullable: true, description: 'Applied on or after (YYYY-MM-DD).' })
  @IsOptional()
  @IsDateOnly()
  appliedFrom?: string;

  @Field({ nullable: true, description: 'Applied on or before (YYYY-MM-DD).' })
  @IsOptional()
  @IsDateOnly()
  appliedTo?: string;
}

export const ApplicationSortEnum = registerDomainEnum('ApplicationSort', APPLICATION_SORTS);
export type { ApplicationSort } from '@rebound/domain';

@InputType()
export class CreateApplicationInput {
  @ClientGeneratedIdField()
  id?: string;

  @IdField()
  clientId!: string;

  @RequiredTextField({ max: FIELD_LIMITS.companyName })
  company!: string;

  @RequiredTextField({ max: FIELD_LIMITS.roleTitle })
  roleTitle!: string;

  @UrlField({ nullable: true })
  postingUrl?: string;

  @EnumField(ApplicationSourceEnum)
  source!: ApplicationSource;

  @Field({ description: 'YYYY-MM-DD' })
  @IsDateOnly()
  appliedOn!: string;
}

@InputType()
export class UpdateApplicationInput {
  @IdField()
  id!: string;

  @VersionField()
  version!: number;

  @RequiredTextField({ max: FIELD_LIMITS.companyName }, { nullable: true })
  company?: string;

  @RequiredTextField({ max: FIELD_LIMITS.roleTitle }, { nullable: true })
  roleTitle?: string;

  @UrlField({ nullable: true })
  postingUrl?: string | null;

  @EnumField(ApplicationSourceEnum, { nullable: true })
  source?: ApplicationSource;

  @Field({ nullable: true })
  @IsOptional()
  @IsDateOnly()
  appliedOn?: string;
}

@InputType()
export class MoveApplicationInput {
  @IdField()
  id!: string;

  @VersionField()
  version!: number;

  @EnumField(ApplicationStageEnum)
  stage!: ApplicationStage;

  @Field(() => Int, { nullable: true, description: 'For INTERVIEW: which round (1 if left out).' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_INTERVIEW_ROUND)
  interviewRound?: number;
}
