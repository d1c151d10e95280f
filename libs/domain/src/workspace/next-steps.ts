/**
 * The client's "next steps" on their workspace home: what to do, in the order it matters. Pure rules,
 * days as `YYYY-MM-DD` strings compared in UTC.
 */

/** What a step is about, most important kind first when two are equally urgent. */
export const NEXT_STEP_KINDS = ['exercise', 'follow_up', 'feedback_draft', 'plan_item'] as const;
export type NextStepKind = (typeof NEXT_STEP_KINDS)[number];

/** How pressing a step is: a date passed, today, within the week, or later / no date. */
export const NEXT_STEP_URGENCIES = ['overdue', 'today', 'this_week', 'later'] as const;
export type NextStepUrgency = (typeof NEXT_STEP_URGENCIES)[number];

export interface NextStepCandidate {
  kind: NextStepKind;
  id: string;
  title: string;
  /** YYYY-MM-DD, or null when the step has no date. */
  dueOn: string | null;
}

export interface NextStep extends NextStepCandidate {
  urgency: NextStepUrgency;
}

/** A step due within this many days counts as "this week". */
export const THIS_WEEK_DAYS = 7;
/** The home page shows at most this many; the rest wait on their own pages. */
export const MAX_NEXT_STEPS = 6;

const DAY_MS = 86_400_000;

function dayNumber(day: string): number {
  const [year, month, date] = day.split('-').map(Number);
  return Date.UTC(year, month - 1, date) / DAY_MS;
}

/** Days from `today` to `dueOn` (negative when passed). */
export function daysUntil(dueOn: string, today: string): number {
  return dayNumber(dueOn) - dayNumber(today);
}

export function urgencyOf(dueOn: string | null, today: string): NextStepUrgency {
  if (!dueOn) return 'later';
  const days = daysUntil(dueOn, today);
  if (days < 0) return 'overdue';
  if (days === 0) return 'today';
  if (days <= THIS_WEEK_DAYS) return 'this_week';
  return 'later';
}

/**
 * Orders the steps: the most urgent first; at equal urgency exercises, then feedback follow-ups, then
 * unsent feedback requests, then plan items; then the earliest date, and dated before undated.
 */
export function orderNextSteps(
  candidates: readonly NextStepCandidate[],
  today: string,
  limit: number = MAX_NEXT_STEPS,
): NextStep[] {
  return candidates
    .map((candidate) => ({ ...candidate, urgency: urgencyOf(candidate.dueOn, today) }))
    .sort((a, b) => {
      const byUrgency = NEXT_STEP_URGENCIES.indexOf(a.urgency) - NEXT_STEP_URGENCIES.indexOf(b.urgency);
      if (byUrgency) return byUrgency;
      const byKind = NEXT_STEP_KINDS.indexOf(a.kind) - NEXT_STEP_KINDS.indexOf(b.kind);
      if (byKind) return byKind;
      if (a.dueOn !== b.dueOn) {
        if (!a.dueOn) return 1;
        if (!b.dueOn) return -1;
        return a.dueOn < b.dueOn ? -1 : 1;
      }
      return a.title.localeCompare(b.title) || a.id.localeCompare(b.id);
    })
    .slice(0, Math.max(0, limit));
}
