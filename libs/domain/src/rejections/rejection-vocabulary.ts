/** How far the client got before the rejection (docs/domain.md, "Rejections"). */
export const REJECTION_STAGES = [
  'resume_screen',
  'phone_screen',
  'technical_assessment',
  'first_interview',
  'later_interview',
  'final_round',
  'after_offer',
] as const;
export type RejectionStage = (typeof REJECTION_STAGES)[number];

/** The reason taxonomy; `unknown` when no feedback came. */
export const REJECTION_REASONS = [
  'internal_candidate',
  'different_direction',
  'better_qualified_candidate',
  'missing_skill',
  'presentation_or_rapport',
  'timing_or_budget',
  'unknown',
] as const;
export type RejectionReason = (typeof REJECTION_REASONS)[number];

export const FEEDBACK_SOURCES = [
  'hiring_manager',
  'recruiter',
  'company_insider',
  'referrer',
  'none',
] as const;
export type FeedbackSource = (typeof FEEDBACK_SOURCES)[number];

/** Who ended it: the employer, the client (withdrew), or nobody (silence: ghosted). */
export const ENDED_BY = ['employer', 'client', 'silence'] as const;
export type EndedBy = (typeof ENDED_BY)[number];

export const FEEDBACK_REQUEST_STATUSES = ['draft', 'sent', 'answered', 'no_answer'] as const;
export type FeedbackRequestStatus = (typeof FEEDBACK_REQUEST_STATUSES)[number];

/** Whom a feedback request goes to (a feedback source other than `none`). */
export const FEEDBACK_RECIPIENTS = ['hiring_manager', 'recruiter', 'company_insider', 'referrer'] as const;
export type FeedbackRecipient = (typeof FEEDBACK_RECIPIENTS)[number];

export const CHECK_IN_MIN = 1;
export const CHECK_IN_MAX = 5;
