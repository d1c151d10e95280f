import type { RejectionReason, RejectionStage } from './rejection-vocabulary.js';

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
