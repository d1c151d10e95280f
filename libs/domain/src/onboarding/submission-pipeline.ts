import type { ApplicationStage } from '../applications/application-vocabulary.js';
import { canMoveTo } from '../applications/stage-rules.js';

/**
 * Where an agency's submission of a candidate to an employer stands. The first six are steps forward;
 * `rejected` and `withdrawn` end it at the stage reached; `no_response` is an employer gone silent
 * (the application's ghosted), which a late answer can still revive.
 */
export const SUBMISSION_STAGES = [
  'submitted',
  'employer_screening',
  'interview',
  'final',
  'offer',
  'placed',
  'rejected',
  'withdrawn',
  'no_response',
] as const;
export type SubmissionStage = (typeof SUBMISSION_STAGES)[number];

/** The stages a recruiter sets by hand (silence is detected, never recorded). */
export const RECORDABLE_SUBMISSION_STAGES = SUBMISSION_STAGES.filter(
  (stage): stage is Exclude<SubmissionStage, 'no_response'> => stage !== 'no_response',
);

/** A submission is the candidate's own application made by the agency: each stage is one of its stages. */
const APPLICATION_STAGE_OF: Record<SubmissionStage, ApplicationStage> = {
  submitted: 'applied',
  employer_screening: 'screening',
  interview: 'interview',
  final: 'final_round',
  offer: 'offer',
  placed: 'hired',
  rejected: 'rejected',
  withdrawn: 'withdrawn',
  no_response: 'ghosted',
};

export function applicationStageOf(stage: SubmissionStage): ApplicationStage {
  return APPLICATION_STAGE_OF[stage];
}

export function submissionStageOf(stage: ApplicationStage): SubmissionStage {
  return (Object.keys(APPLICATION_STAGE_OF) as SubmissionStage[]).find(
    (key) => APPLICATION_STAGE_OF[key] === stage,
  )!;
}

/** Outcomes the employer decided: the only ones employer patterns count. */
export const DECIDED_SUBMISSION_STAGES = ['placed', 'rejected'] as const satisfies readonly SubmissionStage[];

/** Stages that end a submission: a new attempt at the same employer is a new submission. */
export const ENDED_SUBMISSION_STAGES = [
  'placed',
  'rejected',
  'withdrawn',
] as const satisfies readonly SubmissionStage[];

export function isEnded(stage: SubmissionStage): boolean {
  return (ENDED_SUBMISSION_STAGES as readonly SubmissionStage[]).includes(stage);
}

export function isDecided(stage: SubmissionStage): boolean {
  return (DECIDED_SUBMISSION_STAGES as readonly SubmissionStage[]).includes(stage);
}

export type SubmissionMoveProblem =
  /** Placed, rejected and withdrawn are final; a new attempt is a new submission. */
  | 'closed'
  /** Moving to the stage it already has (other than a further interview round). */
  | 'same_stage'
  /** Going back a step, or an interview round that does not go up. */
  | 'backwards'
  /** Nobody is placed without an offer. */
  | 'placed_needs_offer'
  /** Silence is detected from the dates; nobody records it. */
  | 'not_recordable'
  /** A rejection or a withdrawal says why (a reason of the rejection taxonomy). */
  | 'reason_required';

export interface SubmissionMove {
  from: SubmissionStage;
  to: SubmissionStage;
  /** The current interview round, when `from` is interview. */
  fromRound?: number | null;
  /** The round recorded, when `to` is interview. */
  toRound?: number | null;
  /** The reason given, for a rejection or a withdrawal. */
  reason?: string | null;
}

/** Why a submission may not move as asked, or null when it may. */
export function submissionMoveProblem(move: SubmissionMove): SubmissionMoveProblem | null {
  const { from, to } = move;
  if (isEnded(from)) return 'closed';
  if (to === 'no_response') return 'not_recordable';
  if ((to === 'rejected' || to === 'withdrawn') && !move.reason) return 'reason_required';
  if (to === 'placed' && from !== 'offer') return 'placed_needs_offer';
  if (from === to && to !== 'interview') return 'same_stage';
  const allowed = canMoveTo(applicationStageOf(from), applicationStageOf(to), {
    currentRound: move.fromRound,
    nextRound: move.toRound,
  });
  return allowed ? null : 'backwards';
}

/** The round a new interview gets when none is given: the next one after the current round. */
export function nextInterviewRound(from: SubmissionStage, fromRound: number | null | undefined): number {
  return from === 'interview' ? Math.max(fromRound ?? 1, 1) + 1 : 1;
}
