import type { EndedBy, FeedbackSource, RejectionReason, RejectionStage } from './rejection-vocabulary.js';

/**
 * The reason a rejection is counted under: the coach's tag wins, then what the employer said, then the
 * client's own view. The API's SQL uses the same order (`coalesce(coach_tag, employer_reason, client_view_reason)`).
 */
export function effectiveReason(input: {
  coachTag?: RejectionReason | null;
  employerReason?: RejectionReason | null;
  clientView?: RejectionReason | null;
}): RejectionReason {
  return input.coachTag ?? input.employerReason ?? input.clientView ?? 'unknown';
}

/** Rejections this late cost the most effort and hurt the most: insights and triage weigh them more. */
export const LATE_REJECTION_STAGES: readonly RejectionStage[] = [
  'later_interview',
  'final_round',
  'after_offer',
];

export function isLateStage(stage: RejectionStage): boolean {
  return LATE_REJECTION_STAGES.includes(stage);
}

// Canonical English labels. The web app shows text through its message catalogue; these are the English source.

export const REJECTION_REASON_LABELS: Record<RejectionReason, string> = {
  internal_candidate: 'Internal candidate',
  different_direction: 'Went another direction',
  better_qualified_candidate: 'Stronger candidate',
  missing_skill: 'Missing skill',
  presentation_or_rapport: 'Presentation or rapport',
  timing_or_budget: 'Timing or budget',
  unknown: 'Unknown',
};

export const REJECTION_STAGE_LABELS: Record<RejectionStage, string> = {
  resume_screen: 'Résumé screen',
  phone_screen: 'Phone screen',
  technical_assessment: 'Take-home or technical test',
  first_interview: 'First interview',
  later_interview: 'Later interview',
  final_round: 'Final round',
  after_offer: 'After the offer',
};

export const FEEDBACK_SOURCE_LABELS: Record<FeedbackSource, string> = {
  hiring_manager: 'Hiring manager',
  recruiter: 'Recruiter or HR',
  company_insider: 'Someone inside the company',
  referrer: 'The person who referred them',
  none: 'No feedback',
};

export const ENDED_BY_LABELS: Record<EndedBy, string> = {
  employer: 'The employer',
  client: 'Withdrew',
  silence: 'No answer (ghosted)',
};
