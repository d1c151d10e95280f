import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import {
  APPLICATION_SOURCES,
  APPLICATION_SORTS,
  APPLICATION_STAGES,
  type ApplicationSource,
  type ApplicationStage,
} from '@rebound/domain';
import { registerDomainEnum } from '../../../common/domain-enum.js';
import { IsDateOnly } from '../../../common/date-only.js';
import { ClientGeneratedIdField, VersionField } from '../../../common/input-fields.js';
import { ConnectionType } from '../../../common/pagination.js';

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
export class Application {
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

  @Field(() => Int)
  version!: number;

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;

  cursorAt!: string;
}

export const ApplicationConnection = ConnectionType(Application, 'Application');

@InputType()
export class ApplicationFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'Choose a client.' })
  clientId?: string;

  @Field(() => [ApplicationStageEnum], { nullable: true })
  @IsOptional()
  @IsIn(APPLICATION_STAGES as unknown as string[], { each: true, message: 'Choose a known stage.' })
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

const URL_OPTIONS = { protocols: ['http', 'https'], require_protocol: true };

@InputType()
export class CreateApplicationInput {
  @ClientGeneratedIdField()
  id?: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'Choose a client.' })
  clientId!: string;

  @Field()
  @IsString()
  @IsNotEmpty({ message: 'Enter the company.' })
  @MaxLength(160, { message: 'Use at most 160 characters.' })
  company!: string;

  @Field()
  @IsString()
  @IsNotEmpty({ message: 'Enter the role.' })
  @MaxLength(160, { message: 'Use at most 160 characters.' })
  roleTitle!: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsUrl(URL_OPTIONS, { message: 'Enter a web address starting with https://' })
  @MaxLength(2048)
  postingUrl?: string;

  @Field(() => ApplicationSourceEnum)
  @IsIn(APPLICATION_SOURCES as unknown as string[], { message: 'Choose where the job came from.' })
  source!: ApplicationSource;

  @Field({ description: 'YYYY-MM-DD' })
  @IsDateOnly()
  appliedOn!: string;
}

@InputType()
export class UpdateApplicationInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Choose an application.' })
  id!: string;

  @VersionField()
  version!: number;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @IsNotEmpty({ message: 'Enter the company.' })
  @MaxLength(160, { message: 'Use at most 160 characters.' })
  company?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @IsNotEmpty({ message: 'Enter the role.' })
  @MaxLength(160, { message: 'Use at most 160 characters.' })
  roleTitle?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl(URL_OPTIONS, { message: 'Enter a web address starting with https://' })
  @MaxLength(2048)
  postingUrl?: string | null;

  @Field(() => ApplicationSourceEnum, { nullable: true })
  @IsOptional()
  @IsIn(APPLICATION_SOURCES as unknown as string[], { message: 'Choose where the job came from.' })
  source?: ApplicationSource;

  @Field({ nullable: true })
  @IsOptional()
  @IsDateOnly()
  appliedOn?: string;
}

@InputType()
export class MoveApplicationInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Choose an application.' })
  id!: string;

  @VersionField()
  version!: number;

  @Field(() => ApplicationStageEnum)
  @IsIn(APPLICATION_STAGES as unknown as string[], { message: 'Choose a known stage.' })
  stage!: ApplicationStage;

  @Field(() => Int, { nullable: true, description: 'For INTERVIEW: which round (1 if left out).' })
  @IsOptional()
  @IsInt({ message: 'Enter a whole number.' })
  @Min(1, { message: 'Rounds start at 1.' })
  @Max(20, { message: 'Up to 20 rounds.' })
  interviewRound?: number;
}
