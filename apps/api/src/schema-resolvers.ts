import { AccountResolver } from './modules/identity/account.resolver.js';
import { BillingResolver } from './modules/billing/billing.resolver.js';
import { ApplicationResolver } from './modules/applications/application.resolver.js';
import { ClientLifecycleResolver } from './modules/caseload/client-lifecycle.resolver.js';
import { ClientResolver } from './modules/caseload/client.resolver.js';
import {
  ExerciseAssignmentResolver,
  ExerciseTemplateResolver,
} from './modules/exercises/exercise.resolver.js';
import { FeedbackRequestResolver } from './modules/rejections/feedback-request.resolver.js';
import { ApplicationRejectionResolver, RejectionResolver } from './modules/rejections/rejection.resolver.js';
import {
  RejectionFromEmailResolver,
  RejectionNextStepResolver,
} from './modules/rejections/rejection-from-email.resolver.js';
import { AuthAdapterResolver } from './modules/identity/auth-adapter.resolver.js';
import { TwoFactorResolver } from './modules/identity/two-factor.resolver.js';
import { ViewerResolver } from './modules/identity/viewer.resolver.js';
import { NotificationResolver } from './modules/notifications/notification.resolver.js';
import { OutboxResolver } from './modules/notifications/outbox.resolver.js';
import { PlanResolver } from './modules/plans/plan.resolver.js';
import { AnalyticsResolver } from './modules/insights/analytics.resolver.js';
import { CaseloadResolver } from './modules/insights/caseload.resolver.js';
import { InsightResolver } from './modules/insights/insight.resolver.js';
import { CandidateImportResolver } from './modules/onboarding/candidate-import.resolver.js';
import { EmployerResolver } from './modules/onboarding/employer.resolver.js';
import { OnboardingResolver } from './modules/onboarding/onboarding.resolver.js';
import { SubmissionResolver } from './modules/onboarding/submission.resolver.js';
import { PrivacyResolver } from './modules/privacy/privacy.resolver.js';
import { InboundEmailResolver } from './modules/inbound-email/inbound-email.resolver.js';
import { InvitationResolver } from './modules/tenancy/invitation.resolver.js';
import { MemberResolver } from './modules/tenancy/member.resolver.js';
import { OrganizationResolver } from './modules/tenancy/organization.resolver.js';
import { AuditLogResolver } from './modules/audit/audit-log.resolver.js';

/** Every resolver class, for printing the schema without booting the API (the contract test catches a gap). */
export const SCHEMA_RESOLVERS = [
  AccountResolver,
  AuditLogResolver,
  ApplicationRejectionResolver,
  ApplicationResolver,
  BillingResolver,
  ClientResolver,
  ClientLifecycleResolver,
  ExerciseAssignmentResolver,
  ExerciseTemplateResolver,
  FeedbackRequestResolver,
  RejectionResolver,
  RejectionFromEmailResolver,
  RejectionNextStepResolver,
  AuthAdapterResolver,
  TwoFactorResolver,
  InvitationResolver,
  MemberResolver,
  OrganizationResolver,
  NotificationResolver,
  OutboxResolver,
  PlanResolver,
  AnalyticsResolver,
  CaseloadResolver,
  InsightResolver,
  CandidateImportResolver,
  OnboardingResolver,
  EmployerResolver,
  SubmissionResolver,
  PrivacyResolver,
  InboundEmailResolver,
  ViewerResolver,
] as const;
