import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  ValidateIf,
  ValidateNested,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { Type } from 'class-transformer';
import { ONBOARDING_STAGES, type OnboardingStage, FIELD_LIMITS } from '@rebound/domain';
import { registerDomainEnum } from '../../../common/domain-enum.js';
import { IsDateOnly } from '../../../common/date-only.js';
import { ConnectionType } from '../../../common/pagination.js';
import type { RejectionReason, SubmissionStage } from '@rebound/domain';
import { Application } from '../../applications/dto/application.types.js';
import { RejectionReasonEnum } from '../../rejections/dto/rejection.types.js';
import { EmployerContact } from './employer.types.js';
import { SubmissionStageEnum } from './submission.types.js';
import {
  ClientGeneratedIdField,
  EnumListField,
  IdField,
  LabelListField,
  TextField,
  UrlField,
  VersionField,
} from '../../../common/dto/field.decorators.js';
import { Versioned } from '../../../common/dto/versioned.type.js';

export const OnboardingStageEnum = registerDomainEnum('OnboardingStage', ONBOARDING_STAGES);

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
}

export const CandidateConnection = ConnectionType(Candidate, 'Candidate');

@InputType()
export class CandidateFilter {
  @EnumListField(OnboardingStageEnum, { nullable: true })
  stages?: OnboardingStage[];

  @IdField({
    nullable: true,
    description: "Only this recruiter's candidates (membership id).",
  })
  recruiterId?: string;

  @TextField({ max: FIELD_LIMITS.search }, { nullable: true })
  search?: string;
}

@ObjectType({ description: "The signed-in candidate's onboarding profile and checklist." })
export class MyOnboarding extends Versioned {
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
}

@InputType()
export class UpdateMyOnboardingInput {
  @VersionField() version!: number;
  @LabelListField() targetRoles?: string[];
  @LabelListField() locations?: string[];

  @TextField({ max: FIELD_LIMITS.onboardingAnswer }, { nullable: true })
  availability?: string;

  @TextField({ max: FIELD_LIMITS.onboardingAnswer }, { nullable: true })
  workAuthorization?: string;

  @UrlField({
    nullable: true,
    description: 'A link to the résumé; empty to remove it.',
  })
  // Empty is allowed (it removes the link), so only a non-empty value has to be a link.
  @ValidateIf((input: { resumeUrl?: string | null }) => (input.resumeUrl ?? '') !== '')
  resumeUrl?: string;

  @Field({ nullable: true, description: 'True to agree to the current consent text.' })
  @IsOptional()
  @IsBoolean()
  consent?: boolean;
}

@InputType()
export class InviteCandidatesInput {
  @Field(() => [ID], { nullable: true, description: 'These candidates; or give `allMatching`.' })
  @ValidateIf((input: InviteCandidatesInput) => !input.allMatching)
  @IsUUID('all', { each: true })
  @ArrayMinSize(1)
  @ArrayMaxSize(10_000)
  clientIds?: string[];

  @Field(() => CandidateFilter, {
    nullable: true,
    description: 'Every candidate this filter lists, on every page (select all).',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => CandidateFilter)
  allMatching?: CandidateFilter;
}

@InputType()
export class ResendCandidateInvitationsInput {
  @Field(() => Int, { description: 'Resend invitations sent at least this many days ago and not accepted.' })
  @IsInt()
  @Min(1)
  @Max(60)
  olderThanDays!: number;
}

@InputType()
export class SubmitCandidateInput {
  @ClientGeneratedIdField() id?: string;

  @IdField()
  clientId!: string;

  @IdField({
    nullable: true,
    description: 'The employer; or give `company` to use (or make) one by name.',
  })
  employerId?: string;

  @Field({ nullable: true })
  @ValidateIf((input: SubmitCandidateInput) => !input.employerId)
  @IsString()
  @MinLength(1)
  @MaxLength(FIELD_LIMITS.companyName)
  company?: string;

  @TextField({ max: FIELD_LIMITS.roleTitle })
  roleTitle!: string;

  @Field({ nullable: true, description: 'YYYY-MM-DD; default today.' })
  @IsOptional()
  @IsDateOnly()
  submittedOn?: string;

  @UrlField({ nullable: true })
  postingUrl?: string;

  @TextField({ max: FIELD_LIMITS.submissionNote }, { nullable: true })
  note?: string;
}

@ObjectType()
export class EmployerRef {
  @Field(() => ID) id!: string;
  @Field() name!: string;
}

@ObjectType({
  description: 'A candidate put forward to an employer: the candidate’s own application, run by the agency.',
})
export class Submission extends Versioned {
  @Field(() => ID) id!: string;
  @Field(() => ID) clientId!: string;
  @Field() candidateName!: string;
  @Field(() => Application) application!: Application;
  @Field(() => EmployerRef) employer!: EmployerRef;
  @Field(() => SubmissionStageEnum) stage!: SubmissionStage;
  @Field(() => Int, { nullable: true, description: 'The interview round, at the interview stage.' })
  interviewRound!: number | null;
  @Field(() => RejectionReasonEnum, {
    nullable: true,
    description: 'Why it ended, once rejected or withdrawn.',
  })
  outcomeReason!: RejectionReason | null;
  @Field(() => EmployerContact, { nullable: true, description: 'Who at the employer gave the answer.' })
  outcomeContact!: EmployerContact | null;
  @Field() submittedOn!: string;
  @Field() note!: string;
}

export const SubmissionConnection = ConnectionType(Submission, 'Submission');

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

@ObjectType({
  description:
    'What one employer decided about the candidates submitted to it. Rates count decided submissions only ' +
    '(placed or rejected): pending and withdrawn ones are shown beside them, never in them.',
})
export class EmployerPattern {
  @Field(() => ID) employerId!: string;
  @Field() employer!: string;
  @Field(() => Int, { description: 'Every submission in the period, decided or not.' }) submissions!: number;
  @Field(() => Int, { description: 'Still waiting for the employer’s decision.' }) pending!: number;
  @Field(() => Int, { description: 'Ended by the candidate or the agency, not by the employer.' })
  withdrawn!: number;
  @Field(() => Int, { description: 'Placed or rejected: the sample size of every rate.' }) decided!: number;
  @Field(() => Int, { description: 'Decided submissions that reached an interview or further.' })
  interviews!: number;
  @Field(() => Int, { description: 'Decided submissions that reached an offer.' }) offers!: number;
  @Field(() => Int) placements!: number;
  @Field(() => Int) rejections!: number;
  @Field(() => Float, { nullable: true, description: 'interviews / decided; null with nothing decided.' })
  interviewRate!: number | null;
  @Field(() => Float, { nullable: true, description: 'offers / decided; null with nothing decided.' })
  offerRate!: number | null;
  @Field(() => [StageCount], { description: 'Rejections by the stage reached (RejectionStage values).' })
  rejectionsByStage!: StageCount[];
  @Field(() => [StageCount], { description: 'Rejections by effective reason (RejectionReason values).' })
  rejectionsByReason!: StageCount[];
}

@ObjectType({ description: 'The median employer of the agency, over employers with at least one decision.' })
export class EmployerMedian {
  @Field(() => Int, { description: 'Employers with at least one decided submission.' }) employers!: number;
  @Field(() => Float, { nullable: true }) interviewRate!: number | null;
  @Field(() => Float, { nullable: true }) offerRate!: number | null;
}

@ObjectType()
export class AgencyDashboard {
  @Field(() => [OnboardingFunnelStep]) onboardingFunnel!: OnboardingFunnelStep[];
  @Field(() => Int, { description: 'Candidates imported or added but not invited yet.' }) notInvited!: number;
  @Field(() => [RecruiterLoad]) candidatesByRecruiter!: RecruiterLoad[];
  @Field(() => [EmployerPattern], { description: 'The 50 employers with the most submissions.' })
  employerPatterns!: EmployerPattern[];
  @Field(() => EmployerMedian) employerMedian!: EmployerMedian;
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
