import * as domain from '@rebound/domain';
import { constantCases } from '@rebound/domain';
import type * as api from './generated/graphql';

/**
 * The values of the API's enums that pages offer or check, in the domain's order. The API registers the
 * same domain lists as its GraphQL enums, so these are derived, never written again; `satisfies` ties
 * each one to the type codegen reads from the schema. The words shown for them are the catalogue's.
 */

export const APPLICATION_SOURCES = constantCases(
  domain.APPLICATION_SOURCES,
) satisfies readonly api.ApplicationSource[];
export const APPLICATION_STAGES = constantCases(
  domain.APPLICATION_STAGES,
) satisfies readonly api.ApplicationStage[];
/** Stages that close an application. */
export const CLOSING_STAGES = constantCases(domain.CLOSING_STAGES) satisfies readonly api.ApplicationStage[];

export const REJECTION_STAGES = constantCases(
  domain.REJECTION_STAGES,
) satisfies readonly api.RejectionStage[];
export const REJECTION_REASONS = constantCases(
  domain.REJECTION_REASONS,
) satisfies readonly api.RejectionReason[];
export const ENDED_BY = constantCases(domain.ENDED_BY) satisfies readonly api.EndedBy[];
export const FEEDBACK_RECIPIENTS = constantCases(
  domain.FEEDBACK_RECIPIENTS,
) satisfies readonly api.FeedbackRecipient[];
/** What a client records about a feedback request by hand (the answer itself is recorded apart). */
export const RECORDED_FEEDBACK_REQUEST_EVENTS = constantCases(
  domain.RECORDED_FEEDBACK_REQUEST_EVENTS,
) satisfies readonly api.FeedbackRequestEvent[];

export const CLIENT_STATUSES = constantCases(domain.CLIENT_STATUSES) satisfies readonly api.ClientStatus[];
export const CASELOAD_SORTS = constantCases(domain.CASELOAD_SORTS) satisfies readonly api.CaseloadSort[];

export const PROMPT_TYPES = constantCases(domain.PROMPT_TYPES) satisfies readonly api.PromptType[];
/** Prompt types answered by picking from options. */
export const CHOICE_PROMPT_TYPES = constantCases(
  domain.CHOICE_PROMPT_TYPES,
) satisfies readonly api.PromptType[];

export const PLAN_CATEGORIES = constantCases(
  domain.PLAN_ITEM_CATEGORIES,
) satisfies readonly api.PlanItemCategory[];
export const PLAN_STATUSES = constantCases(domain.PLAN_ITEM_STATUSES) satisfies readonly api.PlanItemStatus[];
export const PLAN_SIDES = constantCases(domain.PLAN_ITEM_OWNERS) satisfies readonly api.PlanSide[];

export const EMAIL_FREQUENCIES = constantCases(
  domain.EMAIL_FREQUENCIES,
) satisfies readonly api.EmailFrequency[];

/** From most to least powerful: the order every list and select shows them in. */
/** Roles from most to least powerful, the order every list and select shows them in. */
export const ROLES = constantCases(domain.ROLES) satisfies readonly api.Role[];
/** Owners and admins: they manage members and settings and see every coach's clients. */
export const MANAGER_ROLES = constantCases(domain.MANAGER_ROLES) satisfies readonly api.Role[];
/** Owners, admins and coaches: the people who coach and see a caseload. */
export const COACHING_ROLES = constantCases(domain.COACHING_ROLES) satisfies readonly api.Role[];
export const MEMBERSHIP_STATUSES = constantCases(
  domain.MEMBERSHIP_STATUSES,
) satisfies readonly api.MembershipStatus[];
/** In the order the sign-up form offers them. */
export const ORGANIZATION_KINDS = constantCases(
  domain.ORGANIZATION_KINDS,
) satisfies readonly api.OrganizationKind[];
export const BILLING_PLANS = constantCases(domain.BILLING_PLANS) satisfies readonly api.BillingPlan[];

export const ONBOARDING_STAGES = constantCases(
  domain.ONBOARDING_STAGES,
) satisfies readonly api.OnboardingStage[];
export const SUBMISSION_STAGES = constantCases(
  domain.SUBMISSION_STAGES,
) satisfies readonly api.SubmissionStage[];
/** Stages that end a submission. */
export const ENDED_SUBMISSION_STAGES = constantCases(
  domain.ENDED_SUBMISSION_STAGES,
) satisfies readonly api.SubmissionStage[];
/** What a recruiter can record (silence is noticed from the dates, never recorded). */
export const RECORDABLE_SUBMISSION_STAGES = constantCases(
  domain.RECORDABLE_SUBMISSION_STAGES,
) satisfies readonly api.SubmissionStage[];

/** Every action the audit log records, in the order its filter lists them. */
export const AUDIT_ACTIONS = Object.keys(domain.AUDIT_ACTIONS) as Array<
  keyof typeof domain.AUDIT_ACTIONS
> satisfies readonly api.AuditAction[];
