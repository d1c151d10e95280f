import { isLateStage } from '../rejections/reason-rules.js';
import { daysBefore, dayMs, type ClientHistory } from './insight-input.js';
import { findStall } from './insight-rules.js';
import {
  HARD_CHECK_IN_MIN,
  HARD_CHECK_IN_POINTS,
  INACTIVE_DAYS_MIN,
  INACTIVITY_POINTS,
  LATE_REJECTION_POINTS,
  OVERDUE_EXERCISE_POINTS,
  REJECTION_STREAK_MIN,
  STALLED_SEARCH_POINTS,
  STREAK_POINTS_PER_REJECTION,
  TRIAGE_WINDOW_DAYS,
  UNANSWERED_FEEDBACK_POINTS,
} from './thresholds.js';

export const TRIAGE_REASON_KINDS = [
  'late_rejections',
  'rejection_streak',
  'hard_check_ins',
  'overdue_exercises',
  'stalled_search',
  'unanswered_feedback',
  'inactivity',
] as const;
export type TriageReasonKind = (typeof TRIAGE_REASON_KINDS)[number];

/**
 * What each reason weighs: points per occurrence (`each`) or once (`flat`), so that a score can be explained
 * line by line.
 */
export const TRIAGE_WEIGHTS: Record<TriageReasonKind, { points: number; per: 'each' | 'flat' }> = {
  late_rejections: { points: LATE_REJECTION_POINTS, per: 'each' },
  rejection_streak: { points: STREAK_POINTS_PER_REJECTION, per: 'each' },
  hard_check_ins: { points: HARD_CHECK_IN_POINTS, per: 'each' },
  overdue_exercises: { points: OVERDUE_EXERCISE_POINTS, per: 'each' },
  stalled_search: { points: STALLED_SEARCH_POINTS, per: 'flat' },
  unanswered_feedback: { points: UNANSWERED_FEEDBACK_POINTS, per: 'each' },
  inactivity: { points: INACTIVITY_POINTS, per: 'flat' },
};

export interface TriageReason {
  kind: TriageReasonKind;
  points: number;
  sentence: string;
}

export interface TriageScore {
  score: number;
  /** Only reasons that add points, most points first (ties in TRIAGE_REASON_KINDS order). */
  reasons: TriageReason[];
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** Open applications past the first step, and offers or hires: the search is moving. */
const PROGRESS = new Set(['screening', 'interview', 'final_round', 'offer', 'hired']);

/**
 * Rejections (by the employer or by silence) since the last sign of progress, newest back. Progress is an
 * application now open past `applied`, or at offer or hired; only its application day is known, so it breaks
 * the streak from that day on (a rejection on the same day counts as after it).
 */
export function rejectionStreak(history: ClientHistory): string[] {
  const lastProgress = Math.max(
    -Infinity,
    ...history.applications.filter((a) => PROGRESS.has(a.stage)).map((a) => dayMs(a.appliedOn)),
  );
  return history.rejections
    .filter((r) => r.endedBy !== 'client' && dayMs(r.rejectedOn) >= lastProgress)
    .map((r) => r.id);
}

/** The last day anything happened: an application, a rejection, a feedback request sent or followed up. */
export function lastActivityOn(history: ClientHistory): string | null {
  const days = [
    ...history.applications.map((a) => a.appliedOn),
    ...history.rejections.map((r) => r.rejectedOn),
    ...history.feedbackRequests.flatMap((f) => [f.sentOn, f.followedUpOn]),
  ].filter((d): d is string => !!d);
  if (days.length === 0) return null;
  return days.reduce((latest, d) => (dayMs(d) > dayMs(latest) ? d : latest));
}

/** How much a client needs the coach's attention now, with the reasons that make up the score. */
export function triageScore(history: ClientHistory, now: Date): TriageScore {
  const reasons: TriageReason[] = [];
  const inTriageWindow = (isoDay: string) => daysBefore(isoDay, now) <= TRIAGE_WINDOW_DAYS;

  const late = history.rejections.filter(
    (r) => r.endedBy !== 'client' && isLateStage(r.stageReached) && inTriageWindow(r.rejectedOn),
  );
  if (late.length > 0) {
    reasons.push({
      kind: 'late_rejections',
      points: late.length * LATE_REJECTION_POINTS,
      sentence: `${plural(late.length, 'late-stage rejection')} in the last ${TRIAGE_WINDOW_DAYS} days.`,
    });
  }

  const streak = rejectionStreak(history);
  if (streak.length >= REJECTION_STREAK_MIN) {
    reasons.push({
      kind: 'rejection_streak',
      points: streak.length * STREAK_POINTS_PER_REJECTION,
      sentence: `${streak.length} rejections in a row with nothing moving forward.`,
    });
  }

  const hard = history.rejections.filter(
    (r) => r.checkIn !== null && r.checkIn >= HARD_CHECK_IN_MIN && inTriageWindow(r.rejectedOn),
  );
  if (hard.length > 0) {
    reasons.push({
      kind: 'hard_check_ins',
      points: hard.length * HARD_CHECK_IN_POINTS,
      sentence: `${plural(hard.length, 'rejection')} in the last ${TRIAGE_WINDOW_DAYS} days hit hard.`,
    });
  }

  const overdue = history.exercises.filter(
    (e) =>
      (e.status === 'assigned' || e.status === 'in_progress') &&
      e.dueOn !== null &&
      daysBefore(e.dueOn, now) > 0,
  );
  if (overdue.length > 0) {
    reasons.push({
      kind: 'overdue_exercises',
      points: overdue.length * OVERDUE_EXERCISE_POINTS,
      sentence: `${plural(overdue.length, 'exercise')} past due.`,
    });
  }

  if (findStall(history, now)) {
    reasons.push({
      kind: 'stalled_search',
      points: STALLED_SEARCH_POINTS,
      sentence: 'Applications slowed right down after a rejection that hit hard.',
    });
  }

  const unanswered = history.feedbackRequests.filter(
    (f) => f.status === 'sent' && f.followUpOn !== null && daysBefore(f.followUpOn, now) >= 0,
  );
  if (unanswered.length > 0) {
    reasons.push({
      kind: 'unanswered_feedback',
      points: unanswered.length * UNANSWERED_FEEDBACK_POINTS,
      sentence: `${plural(unanswered.length, 'feedback request')} unanswered past the follow-up day.`,
    });
  }

  const last = lastActivityOn(history);
  const idleDays = last === null ? 0 : daysBefore(last, now);
  if (idleDays >= INACTIVE_DAYS_MIN) {
    reasons.push({
      kind: 'inactivity',
      points: INACTIVITY_POINTS,
      sentence: `No activity for ${idleDays} days.`,
    });
  }

  reasons.sort(
    (a, b) =>
      b.points - a.points || TRIAGE_REASON_KINDS.indexOf(a.kind) - TRIAGE_REASON_KINDS.indexOf(b.kind),
  );
  return { score: reasons.reduce((sum, r) => sum + r.points, 0), reasons };
}
