import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  ValidateIf,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { ONBOARDING_STAGES, type OnboardingStage } from '@rebound/domain';
import { IsDateOnly } from '../../../common/date-only.js';
import { ClientGeneratedIdField, LabelListField, VersionField } from '../../../common/input-fields.js';
import { ConnectionType } from '../../../common/pagination.js';
import { Application } from '../../applications/dto/application.types.js';

export const OnboardingStageEnum = {
  INVITED: 'invited',
  ACCEPTED: 'accepted',
  PROFILE_COMPLETE: 'profile_complete',
  ACTIVE: 'active',
} as const satisfies Record<string, OnboardingStage>;
registerEnumType(OnboardingStageEnum, { name: 'OnboardingStage' });

@ObjectType()
export class ChecklistItemType {
  @Field({ description: 'target_roles, locations, availability or consent' }) key!: string;
  @Field() done!: boolean;
}

@ObjectType({ description: 'A candidate as the agency sees them, with where their onboarding stands.' })
export class Candidate {
  @Field(() => ID, { description: 'The client record id.' }) id!: string;
  @Field() name!: string;
  @Field(() => String, { nullable: true }) email!: string | null;
  @Field(() => String, { nullable: true }) phone!: string | null;
  @Field(() => [String]) targetRoles!: string[];
  @Field(() => [String]) locations!: string[];
  @Field(() => [String]) tags!: string[];
  @Field(() => OnboardingStageEnum, { nullable: true, description: 'Null until invited.' })
  stage!: OnboardingStage | null;
  @Field(() => [ChecklistItemType]) checklist!: ChecklistItemType[];
  @Field(() => String, { nullable: true }) recruiterName!: string | null;
  @Field(() => Int) submissions!: number;
  cursorAt!: string;
}

export const CandidateConnection = ConnectionType(Candidate, 'Candidate');

@InputType()
export class CandidateFilter {
  @Field(() => [OnboardingStageEnum], { nullable: true })
  @IsOptional()
  @IsIn(ONBOARDING_STAGES as unknown as string[], { each: true, message: 'Choose a known stage.' })
  stages?: OnboardingStage[];

  @Field(() => ID, { nullable: true, description: "Only this recruiter's candidates (membership id)." })
  @IsOptional()
  @IsUUID('all', { message: 'Choose a recruiter.' })
  recruiterId?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(120)
  search?: string;
}

@ObjectType({ description: "The signed-in candidate's onboarding profile and checklist." })
export class MyOnboarding {
  @Field(() => ID) clientId!: string;
  @Field(() => [String]) targetRoles!: string[];
  @Field(() => [String]) locations!: string[];
  @Field(() => String, { nullable: true }) availability!: string | null;
  @Field(() => String, { nullable: true }) workAuthorization!: string | null;
  @Field(() => String, { nullable: true }) resumeUrl!: string | null;
  @Field(() => String, { nullable: true }) consentVersion!: string | null;
  @Field(() => Date, { nullable: true }) consentAt!: Date | null;
  @Field({ description: 'The consent text in force.' }) consentText!: string;
  @Field({ description: 'Its version; consenting records it.' }) currentConsentVersion!: string;
  @Field(() => [ChecklistItemType]) checklist!: ChecklistItemType[];
  @Field(() => OnboardingStageEnum, { nullable: true }) stage!: OnboardingStage | null;
  @Field(() => Int) version!: number;
}

@InputType()
export class UpdateMyOnboardingInput {
  @VersionField() version!: number;
  @LabelListField() targetRoles?: string[];
  @LabelListField() locations?: string[];

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200, { message: 'Use at most 200 characters.' })
  availability?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200, { message: 'Use at most 200 characters.' })
  workAuthorization?: string;

  @Field({ nullable: true, description: 'A link to the résumé; empty to remove it.' })
  // Empty is allowed (it removes the link), so only a non-empty value has to be a link.
  @ValidateIf((input: { resumeUrl?: string | null }) => (input.resumeUrl ?? '') !== '')
  @IsUrl(
    { protocols: ['http', 'https'], require_protocol: true },
    { message: 'Enter a link starting with https://.' },
  )
  @MaxLength(2048)
  resumeUrl?: string;

  @Field({ nullable: true, description: 'True to agree to the current consent text.' })
  @IsOptional()
  @IsBoolean()
  consent?: boolean;
}

@InputType()
export class InviteCandidatesInput {
  @Field(() => [ID])
  @IsUUID('all', { each: true, message: 'Choose candidates.' })
  @ArrayMinSize(1, { message: 'Choose at least one candidate.' })
  @ArrayMaxSize(10_000)
  clientIds!: string[];
}

@InputType()
export class ResendCandidateInvitationsInput {
  @Field(() => Int, { description: 'Resend invitations sent at least this many days ago and not accepted.' })
  @IsInt()
  @Min(1, { message: 'Wait at least a day.' })
  @Max(60)
  olderThanDays!: number;
}

@InputType()
export class SubmitCandidateInput {
  @ClientGeneratedIdField() id?: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'Choose a candidate.' })
  clientId!: string;

  @Field()
  @IsString()
  @MaxLength(160)
  company!: string;

  @Field()
  @IsString()
  @MaxLength(160)
  roleTitle!: string;

  @Field({ nullable: true, description: 'YYYY-MM-DD; default today.' })
  @IsOptional()
  @IsDateOnly()
  submittedOn?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsUrl(
    { protocols: ['http', 'https'], require_protocol: true },
    { message: 'Enter a link starting with https://.' },
  )
  @MaxLength(2048)
  postingUrl?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;
}

@ObjectType()
export class Submission {
  @Field(() => ID) id!: string;
  @Field(() => ID) clientId!: string;
  @Field(() => Application) application!: Application;
  @Field() submittedOn!: string;
  @Field() note!: string;
}

@ObjectType()
export class StageCount {
  @Field() key!: string;
  @Field(() => Int) count!: number;
}

@ObjectType()
export class OnboardingFunnelStep {
  @Field(() => OnboardingStageEnum) stage!: OnboardingStage;
  @Field(() => Int, { description: 'Candidates who reached this stage or a later one.' }) count!: number;
  @Field(() => Int, { description: 'Those who stopped here: reached it, not the next.' }) dropOff!: number;
}

@ObjectType()
export class RecruiterLoad {
  @Field(() => ID, { nullable: true }) recruiterId!: string | null;
  @Field(() => String, { nullable: true }) recruiterName!: string | null;
  @Field(() => Int) candidates!: number;
  @Field(() => Int) active!: number;
}

@ObjectType({ description: 'What one employer did with the candidates submitted to it.' })
export class EmployerPattern {
  @Field() employer!: string;
  @Field(() => Int) submissions!: number;
  @Field(() => Int, { description: 'Submissions that reached an interview or further.' }) interviews!: number;
  @Field(() => Int) offers!: number;
  @Field(() => Int) rejections!: number;
  @Field(() => [StageCount], { description: 'Rejections by the stage reached (RejectionStage values).' })
  rejectionsByStage!: StageCount[];
  @Field(() => [StageCount], { description: 'Rejections by effective reason (RejectionReason values).' })
  rejectionsByReason!: StageCount[];
}

@ObjectType()
export class AgencyDashboard {
  @Field(() => [OnboardingFunnelStep]) onboardingFunnel!: OnboardingFunnelStep[];
  @Field(() => Int, { description: 'Candidates imported or added but not invited yet.' }) notInvited!: number;
  @Field(() => [RecruiterLoad]) candidatesByRecruiter!: RecruiterLoad[];
  @Field(() => [EmployerPattern], { description: 'The 50 employers with the most submissions.' })
  employerPatterns!: EmployerPattern[];
}

@InputType()
export class AgencyDashboardInput {
  @Field(() => Int, {
    nullable: true,
    defaultValue: 365,
    description: 'Submissions made in the last N days.',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(3 * 366)
  days?: number;
}
