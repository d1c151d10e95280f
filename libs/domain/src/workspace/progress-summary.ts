import type { ApplicationStage } from '../applications/application-vocabulary.js';
import { stageRank } from '../applications/stage-rules.js';
import { daysUntil } from './next-steps.js';

/**
 * A short, encouraging summary of a client's progress, chosen by rules (no network, no model). The rules
 * pick what to say and the numbers; the web app words it from its message catalogue, so it translates.
 */

export interface ProgressFacts {
  /** YYYY-MM-DD, UTC. */
  today: string;
  applications: ReadonlyArray<{ appliedOn: string; furthestStage: ApplicationStage }>;
  rejections: ReadonlyArray<{ rejectedOn: string; checkIn: number | null }>;
  exercisesSubmitted: number;
  feedbackAnswered: number;
  planItemsDone: number;
  planItemsTotal: number;
}

/** The opening line: one of these, by the first rule that applies. */
export type ProgressHeadline =
  /** Nothing recorded yet. */
  | 'fresh_start'
  /** A rejection in the last few days hit hard (check-in 4 or 5): be gentle first. */
  | 'be_kind'
  /** Applying recently: keep the rhythm. */
  | 'keep_going'
  /** Nothing new for a while: the door is open, one small step. */
  | 'small_step';

export type ProgressNote =
  | { key: 'applied_recently'; count: number }
  | { key: 'interviews_reached'; count: number }
  | { key: 'final_rounds_reached'; count: number }
  | { key: 'feedback_answered'; count: number }
  | { key: 'exercises_submitted'; count: number }
  | { key: 'plan_progress'; done: number; total: number };

export interface ProgressSummary {
  headline: ProgressHeadline;
  /** At most MAX_PROGRESS_NOTES, strongest first; only good news, never a count of rejections. */
  notes: ProgressNote[];
}

/** "Recently" for applications: the last two weeks. */
export const RECENT_APPLICATION_DAYS = 14;
/** A hard hit (check-in at least this) within this many days asks for a gentle opening. */
export const HARD_HIT_CHECK_IN = 4;
export const HARD_HIT_DAYS = 7;
/** Interviews and final rounds count over the last three months. */
export const PROGRESS_WINDOW_DAYS = 90;
export const MAX_PROGRESS_NOTES = 3;

const within = (day: string, today: string, days: number) => {
  const ago = -daysUntil(day, today);
  return ago >= 0 && ago <= days;
};

export function progressSummary(facts: ProgressFacts): ProgressSummary {
  const { today } = facts;
  const recent = facts.applications.filter((a) => within(a.appliedOn, today, RECENT_APPLICATION_DAYS));
  const windowed = facts.applications.filter((a) => within(a.appliedOn, today, PROGRESS_WINDOW_DAYS));
  const interviews = windowed.filter((a) => stageRank(a.furthestStage) >= stageRank('interview')).length;
  const finals = windowed.filter((a) => stageRank(a.furthestStage) >= stageRank('final_round')).length;
  const hardHit = facts.rejections.some(
    (r) => r.checkIn !== null && r.checkIn >= HARD_HIT_CHECK_IN && within(r.rejectedOn, today, HARD_HIT_DAYS),
  );

  const headline: ProgressHeadline =
    facts.applications.length === 0
      ? 'fresh_start'
      : hardHit
        ? 'be_kind'
        : recent.length > 0
          ? 'keep_going'
          : 'small_step';

  const notes: ProgressNote[] = [];
  if (finals > 0) notes.push({ key: 'final_rounds_reached', count: finals });
  if (interviews > 0) notes.push({ key: 'interviews_reached', count: interviews });
  if (facts.feedbackAnswered > 0) notes.push({ key: 'feedback_answered', count: facts.feedbackAnswered });
  if (recent.length > 0) notes.push({ key: 'applied_recently', count: recent.length });
  if (facts.exercisesSubmitted > 0)
    notes.push({ key: 'exercises_submitted', count: facts.exercisesSubmitted });
  if (facts.planItemsDone > 0)
    notes.push({ key: 'plan_progress', done: facts.planItemsDone, total: facts.planItemsTotal });
  return { headline, notes: notes.slice(0, MAX_PROGRESS_NOTES) };
}
