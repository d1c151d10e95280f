import type { RejectionStage } from '../rejections/rejection-vocabulary.js';
import {
  PROGRESS_STAGES,
  type ApplicationStage,
  type ClosingStage,
  type ProgressStage,
} from './application-vocabulary.js';

/** Days without a word from the employer before an open application counts as ghosted (organizations may change it). */
export const DEFAULT_GHOSTING_DAYS = 21;

const DAY_MS = 24 * 60 * 60 * 1000;

/** Interview rounds beyond this share one rank; nobody has a 100th round, but the order must stay total. */
export const MAX_RANKED_INTERVIEW_ROUND = 99;

/** Room between two progress stages for the interview rounds. */
const RANK_STEP = MAX_RANKED_INTERVIEW_ROUND + 1;

/** Rank of the stages that close an application without moving it forward. */
export const NOT_PROGRESS_RANK = -1;

/** Where the application stands and, for interviews, which round (1, 2, …). */
export interface StagePosition {
  stage: ApplicationStage;
  interviewRound?: number | null;
}

export interface FurthestStage {
  stage: ProgressStage;
  /** The round when the furthest stage is an interview, otherwise null. */
  interviewRound: number | null;
}

export function isProgressStage(stage: ApplicationStage): stage is ProgressStage {
  return (PROGRESS_STAGES as readonly ApplicationStage[]).includes(stage);
}

/** `hired` is both the last progress step and a close: nothing follows it. */
export function isClosingStage(stage: ApplicationStage): stage is ClosingStage {
  return stage === 'hired' || stage === 'rejected' || stage === 'withdrawn' || stage === 'ghosted';
}

/** A missing, fractional or silly round reads as round 1; very late rounds share the last rank. */
function normalRound(interviewRound: number | null | undefined): number {
  if (!interviewRound || !Number.isFinite(interviewRound) || interviewRound < 1) return 1;
  return Math.min(Math.floor(interviewRound), MAX_RANKED_INTERVIEW_ROUND);
}

/**
 * A number that orders progress: applied < screening < interview round 1 < round 2 < … < final_round < offer
 * < hired. Rejected, withdrawn and ghosted say nothing about progress and rank below everything.
 */
export function stageRank(stage: ApplicationStage, interviewRound?: number | null): number {
  if (!isProgressStage(stage)) return NOT_PROGRESS_RANK;
  const base = PROGRESS_STAGES.indexOf(stage) * RANK_STEP;
  return stage === 'interview' ? base + normalRound(interviewRound) : base;
}

/**
 * The furthest progress stage ever reached. Closing stages are skipped, so a rejection after the final round
 * still counts as reaching it. Every application starts as applied, so an empty history answers applied.
 */
export function furthestStage(history: readonly StagePosition[]): FurthestStage {
  let furthest: FurthestStage = { stage: 'applied', interviewRound: null };
  for (const entry of history) {
    if (!isProgressStage(entry.stage)) continue;
    if (stageRank(entry.stage, entry.interviewRound) > stageRank(furthest.stage, furthest.interviewRound)) {
      furthest = {
        stage: entry.stage,
        interviewRound: entry.stage === 'interview' ? normalRound(entry.interviewRound) : null,
      };
    }
  }
  return furthest;
}

/** Stages an employer's late answer can bring a ghosted application back to: any step past the first. */
const REVIVABLE_FROM_GHOSTED: readonly ApplicationStage[] = [
  'screening',
  'interview',
  'final_round',
  'offer',
];

/**
 * Whether an application may move from `current` to `next`. For interview → interview, pass the rounds to
 * check that the round goes up; without them a new round is assumed.
 */
export function canMoveTo(
  current: ApplicationStage,
  next: ApplicationStage,
  rounds: { currentRound?: number | null; nextRound?: number | null } = {},
): boolean {
  // Hired, rejected and withdrawn are final: a new attempt at the same company is a new application.
  if (current === 'hired' || current === 'rejected' || current === 'withdrawn') return false;
  if (current === 'ghosted') {
    // The employer finally answered: with a next step, or with a late "no"; or the client calls it off.
    return REVIVABLE_FROM_GHOSTED.includes(next) || next === 'rejected' || next === 'withdrawn';
  }
  // Any open application can be closed by the employer, by the client, or by silence.
  if (next === 'rejected' || next === 'withdrawn' || next === 'ghosted') return true;
  // Nobody is hired without an offer; from the final round we accept that offer and yes came in one call.
  if (next === 'hired') return current === 'offer' || current === 'final_round';
  if (current === 'interview' && next === 'interview') {
    // Another interview round: rounds only go up.
    if (rounds.currentRound == null || rounds.nextRound == null) return true;
    return normalRound(rounds.nextRound) > normalRound(rounds.currentRound);
  }
  // Forward jumps are fine (people forget to log the screening call); going back or standing still is not.
  return stageRank(next) > stageRank(current);
}

/** From this round on, an interview counts as a later interview. */
export const LATER_INTERVIEW_FROM_ROUND = 2;

/**
 * The stage a rejection is filed under, from the furthest stage reached. A closing stage given as the
 * furthest means nothing past the application is known, so it files as a resume screen.
 */
export function rejectionStageFor(furthest: StagePosition): RejectionStage {
  switch (furthest.stage) {
    case 'screening':
      return 'phone_screen';
    case 'interview':
      return normalRound(furthest.interviewRound) >= LATER_INTERVIEW_FROM_ROUND
        ? 'later_interview'
        : 'first_interview';
    case 'final_round':
      return 'final_round';
    // An offer withdrawn, or a hire undone before the start date: both ended after the offer.
    case 'offer':
    case 'hired':
      return 'after_offer';
    default:
      return 'resume_screen';
  }
}

/**
 * True once the employer has been silent for `silenceDays` full days (21 by default). The caller checks that
 * the application is still open; activity in the future (clock skew) never counts as silence.
 */
export function isGhosted({
  lastEmployerActivityAt,
  now,
  silenceDays = DEFAULT_GHOSTING_DAYS,
}: {
  lastEmployerActivityAt: Date;
  now: Date;
  silenceDays?: number;
}): boolean {
  return now.getTime() - lastEmployerActivityAt.getTime() >= silenceDays * DAY_MS;
}
