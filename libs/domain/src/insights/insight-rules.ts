import type { BuiltInTemplateKey } from '../exercises/built-in-templates.js';
import type { PlanItemCategory } from '../plans/plan-vocabulary.js';
import { followUpDue } from '../rejections/feedback-request-rules.js';
import type { RejectionReason, RejectionStage } from '../rejections/rejection-vocabulary.js';
import {
  daysBefore,
  daysBetween,
  dayMs,
  type ClientHistory,
  type InsightRejection,
} from './insight-input.js';
import {
  CHECK_IN_TREND_SIZE,
  CHECK_IN_WORSENING_DELTA,
  FEEDBACK_COVERAGE_MIN_REJECTIONS,
  FEEDBACK_COVERAGE_MIN_SHARE,
  FEEDBACK_COVERAGE_WARNING_SHARE,
  HARD_CHECK_IN_MIN,
  HARD_CHECK_INS_MIN,
  OVERDUE_FOLLOW_UPS_MIN,
  REASON_CONCENTRATION_CRITICAL,
  REASON_CONCENTRATION_MIN,
  RECENT_WINDOW_DAYS,
  STAGE_CONCENTRATION_CRITICAL,
  STAGE_CONCENTRATION_MIN,
  STALL_MAX_AFTER_SHARE,
  STALL_MIN_BEFORE_PER_WEEK,
  STALL_MIN_DAYS_AFTER,
  STALL_WINDOW_DAYS,
} from './thresholds.js';

export const INSIGHT_KINDS = [
  'stage_concentration',
  'reason_concentration',
  'stalled_search',
  'check_in_trend',
  'feedback_coverage',
] as const;
export type InsightKind = (typeof INSIGHT_KINDS)[number];

export const INSIGHT_SEVERITIES = ['critical', 'warning', 'info'] as const;
export type InsightSeverity = (typeof INSIGHT_SEVERITIES)[number];

/** What an insight suggests: an exercise to assign, or a plan item to add. */
export const INSIGHT_SUGGESTION_TYPES = ['exercise', 'plan_item'] as const;
export type InsightSuggestionType = (typeof INSIGHT_SUGGESTION_TYPES)[number];

export type InsightSuggestion =
  | { type: 'exercise'; templateKey: BuiltInTemplateKey }
  | { type: 'plan_item'; category: PlanItemCategory; title: string };

export interface Insight {
  /** Stable across runs: `kind:subject`, e.g. `stage_concentration:final_round`. */
  key: string;
  kind: InsightKind;
  severity: InsightSeverity;
  /** Plain language, to the coach about the client. */
  sentence: string;
  /** Exactly the rows behind the insight. */
  evidence: { rejectionIds: string[]; applicationIds: string[] };
  suggestions: InsightSuggestion[];
}

const exercise = (templateKey: BuiltInTemplateKey): InsightSuggestion => ({ type: 'exercise', templateKey });
const planItem = (category: PlanItemCategory, title: string): InsightSuggestion => ({
  type: 'plan_item',
  category,
  title,
});

const WELLBEING_ITEM = planItem('wellbeing', 'Plan one restful, non-search activity each week');

/** Where the client was turned down, as the end of "… rejections came …". */
const STAGE_PHRASES: Record<RejectionStage, string> = {
  resume_screen: 'at the résumé screen',
  phone_screen: 'at the phone screen',
  technical_assessment: 'after a take-home or technical assessment',
  first_interview: 'after a first interview',
  later_interview: 'after a later interview round',
  final_round: 'after the final round',
  after_offer: 'after an offer',
};

/**
 * Final round → mock interview + success stories; résumé screen → the CV held against the posting + a
 * search reset (nobody was interviewed yet, so nothing about interviews).
 */
const STAGE_SUGGESTIONS: Record<RejectionStage, InsightSuggestion[]> = {
  resume_screen: [exercise('cv-match'), exercise('search-reset')],
  phone_screen: [
    exercise('success-stories'),
    planItem('preparation', 'Prepare a two-minute pitch for screening calls'),
  ],
  technical_assessment: [
    exercise('skill-gap'),
    planItem('preparation', 'Practise timed technical exercises like the ones employers set'),
  ],
  first_interview: [exercise('mock-interview'), exercise('company-research')],
  later_interview: [exercise('mock-interview'), exercise('success-stories')],
  final_round: [exercise('mock-interview'), exercise('success-stories')],
  after_offer: [exercise('deeper-review')],
};

const REASON_PHRASES: Record<RejectionReason, string> = {
  internal_candidate: 'went to an internal candidate',
  different_direction: 'ended with the employer going another direction',
  better_qualified_candidate: 'went to a stronger candidate',
  missing_skill: 'cited a missing skill',
  presentation_or_rapport: 'came down to presentation or rapport',
  timing_or_budget: 'came down to timing or budget',
  unknown: 'came with no known reason',
};

/** docs/domain.md, "Insights": missing_skill → skill gap; internal_candidate → networking with insiders; unknown → feedback request. */
const REASON_SUGGESTIONS: Record<RejectionReason, InsightSuggestion[]> = {
  internal_candidate: [planItem('networking', 'Meet people inside target companies before applying')],
  different_direction: [exercise('company-research')],
  better_qualified_candidate: [exercise('success-stories'), exercise('skill-gap')],
  missing_skill: [exercise('skill-gap')],
  presentation_or_rapport: [exercise('mock-interview')],
  timing_or_budget: [exercise('search-reset')],
  unknown: [exercise('feedback-request-draft')],
};

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * Sentences name their window and carry no calendar dates: the server does not know the reader's locale or
 * time zone, and the evidence beside each insight shows its dates the way the reader reads them.
 */
const IN_WINDOW = `in the last ${RECENT_WINDOW_DAYS} days`;
const daysAgo = (days: number) => (days === 0 ? 'today' : days === 1 ? 'yesterday' : `${days} days ago`);

/** Newest first; ties by id so the output never depends on input order. */
function byNewest(a: InsightRejection, b: InsightRejection): number {
  return dayMs(b.rejectedOn) - dayMs(a.rejectedOn) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Dated within the last RECENT_WINDOW_DAYS (inclusive); the future counts as today. */
function isRecent(isoDay: string, now: Date, windowDays = RECENT_WINDOW_DAYS): boolean {
  return daysBefore(isoDay, now) <= windowDays;
}

function groupBy<T, K extends string>(rows: readonly T[], keyOf: (row: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}

const ids = (rows: readonly { id: string }[]) => rows.map((r) => r.id);

export function stageConcentration(history: ClientHistory, now: Date): Insight[] {
  const counted = history.rejections
    .filter((r) => r.endedBy !== 'client' && isRecent(r.rejectedOn, now))
    .sort(byNewest);
  const insights: Insight[] = [];
  for (const [stage, rows] of groupBy(counted, (r) => r.stageReached)) {
    if (rows.length < STAGE_CONCENTRATION_MIN) continue;
    insights.push({
      key: `stage_concentration:${stage}`,
      kind: 'stage_concentration',
      severity: rows.length >= STAGE_CONCENTRATION_CRITICAL ? 'critical' : 'warning',
      sentence: `${rows.length} of ${counted.length} rejections ${IN_WINDOW} came ${STAGE_PHRASES[stage]}.`,
      evidence: { rejectionIds: ids(rows), applicationIds: rows.map((r) => r.applicationId) },
      suggestions: STAGE_SUGGESTIONS[stage],
    });
  }
  return insights;
}

export function reasonConcentration(history: ClientHistory, now: Date): Insight[] {
  const counted = history.rejections
    .filter((r) => r.endedBy === 'employer' && isRecent(r.rejectedOn, now))
    .sort(byNewest);
  const insights: Insight[] = [];
  for (const [reason, rows] of groupBy(counted, (r) => r.effectiveReason)) {
    if (rows.length < REASON_CONCENTRATION_MIN) continue;
    insights.push({
      key: `reason_concentration:${reason}`,
      kind: 'reason_concentration',
      severity: rows.length >= REASON_CONCENTRATION_CRITICAL ? 'critical' : 'warning',
      sentence: `${rows.length} of ${counted.length} employer rejections ${IN_WINDOW} ${REASON_PHRASES[reason]}.`,
      evidence: { rejectionIds: ids(rows), applicationIds: rows.map((r) => r.applicationId) },
      suggestions: REASON_SUGGESTIONS[reason],
    });
  }
  return insights;
}

const asDate = (isoDay: string | null) => (isoDay ? new Date(dayMs(isoDay)) : null);

export function feedbackCoverage(history: ClientHistory, now: Date): Insight[] {
  const insights: Insight[] = [];
  const humanContact = history.rejections
    .filter((r) => r.endedBy === 'employer' && !r.automated && isRecent(r.rejectedOn, now))
    .sort(byNewest);
  if (humanContact.length >= FEEDBACK_COVERAGE_MIN_REJECTIONS) {
    const requestsOf = groupBy(history.feedbackRequests, (f) => f.rejectionId);
    const requested = humanContact.filter((r) =>
      (requestsOf.get(r.id) ?? []).some((f) => f.status !== 'draft'),
    );
    const answered = humanContact.filter((r) =>
      (requestsOf.get(r.id) ?? []).some((f) => f.status === 'answered'),
    );
    const share = requested.length / humanContact.length;
    if (share < FEEDBACK_COVERAGE_MIN_SHARE) {
      insights.push({
        key: 'feedback_coverage:requests',
        kind: 'feedback_coverage',
        severity: share < FEEDBACK_COVERAGE_WARNING_SHARE ? 'warning' : 'info',
        sentence:
          `Feedback was asked for after ${requested.length} of ${humanContact.length} rejections ${IN_WINDOW} ` +
          `that followed human contact, and ${answered.length} answered.`,
        evidence: {
          rejectionIds: ids(humanContact),
          applicationIds: humanContact.map((r) => r.applicationId),
        },
        suggestions: [exercise('feedback-request-draft')],
      });
    }
  }

  const rejectionsById = new Map(history.rejections.map((r) => [r.id, r]));
  const overdue = history.feedbackRequests
    .filter((f) =>
      followUpDue(
        { status: f.status, followUpOn: asDate(f.followUpOn), followedUpOn: asDate(f.followedUpOn) },
        now,
      ),
    )
    .map((f) => rejectionsById.get(f.rejectionId))
    .filter((r): r is InsightRejection => !!r)
    .sort(byNewest);
  const overdueRejections = [...new Map(overdue.map((r) => [r.id, r])).values()];
  if (overdueRejections.length >= OVERDUE_FOLLOW_UPS_MIN) {
    insights.push({
      key: 'feedback_coverage:follow_ups',
      kind: 'feedback_coverage',
      severity: 'warning',
      sentence: `${plural(overdueRejections.length, 'feedback request')} ${
        overdueRejections.length === 1 ? 'is' : 'are'
      } due a follow-up.`,
      evidence: {
        rejectionIds: ids(overdueRejections),
        applicationIds: overdueRejections.map((r) => r.applicationId),
      },
      suggestions: [],
    });
  }
  return insights;
}

export interface StallMeasure {
  rejection: InsightRejection;
  beforeApplicationIds: string[];
  afterApplicationIds: string[];
  beforePerWeek: number;
  afterPerWeek: number;
  /** Days of the after window elapsed so far (at most STALL_WINDOW_DAYS). */
  daysAfter: number;
}

/** Applications per week in the four weeks up to a rejection and in those after it (so far). */
export function momentumAround(history: ClientHistory, rejection: InsightRejection, now: Date): StallMeasure {
  const daysAfter = Math.max(0, Math.min(STALL_WINDOW_DAYS, daysBefore(rejection.rejectedOn, now)));
  const before: string[] = [];
  const after: string[] = [];
  for (const application of history.applications) {
    const offset = daysBetween(rejection.rejectedOn, application.appliedOn);
    if (offset <= 0 && offset > -STALL_WINDOW_DAYS) before.push(application.id);
    else if (offset > 0 && offset <= daysAfter) after.push(application.id);
  }
  return {
    rejection,
    beforeApplicationIds: before,
    afterApplicationIds: after,
    beforePerWeek: (before.length * 7) / STALL_WINDOW_DAYS,
    afterPerWeek: daysAfter === 0 ? 0 : (after.length * 7) / daysAfter,
    daysAfter,
  };
}

/** Whether a measure shows a stall: a real pace before, and at most a quarter of it since. */
export function isStall(measure: StallMeasure): boolean {
  return (
    measure.daysAfter >= STALL_MIN_DAYS_AFTER &&
    measure.beforePerWeek >= STALL_MIN_BEFORE_PER_WEEK &&
    measure.afterPerWeek <= STALL_MAX_AFTER_SHARE * measure.beforePerWeek
  );
}

/** The most recent hard rejection (check-in ≥ 4) within the window after which the search stalled. */
export function findStall(history: ClientHistory, now: Date): StallMeasure | null {
  const hard = history.rejections
    .filter((r) => (r.checkIn ?? 0) >= HARD_CHECK_IN_MIN && isRecent(r.rejectedOn, now))
    .sort(byNewest);
  for (const rejection of hard) {
    const measure = momentumAround(history, rejection, now);
    if (isStall(measure)) return measure;
  }
  return null;
}

const perWeek = (n: number) => (Math.round(n * 10) / 10).toString();

export function stalledSearch(history: ClientHistory, now: Date): Insight[] {
  const stall = findStall(history, now);
  if (!stall) return [];
  const complete = stall.daysAfter >= STALL_WINDOW_DAYS;
  return [
    {
      key: 'stalled_search:after_hard_rejection',
      kind: 'stalled_search',
      severity: complete && stall.afterApplicationIds.length === 0 ? 'critical' : 'warning',
      sentence:
        `Applications dropped from ${perWeek(stall.beforePerWeek)} to ${perWeek(stall.afterPerWeek)} a week ` +
        `after a rejection that hit hard ${daysAgo(daysBefore(stall.rejection.rejectedOn, now))}.`,
      evidence: {
        rejectionIds: [stall.rejection.id],
        applicationIds: [...stall.beforeApplicationIds, ...stall.afterApplicationIds],
      },
      suggestions: [exercise('reframe'), WELLBEING_ITEM],
    },
  ];
}

const average = (values: readonly number[]) => values.reduce((s, v) => s + v, 0) / values.length;

export function checkInTrend(history: ClientHistory, now: Date): Insight[] {
  const insights: Insight[] = [];
  const withCheckIn = history.rejections.filter((r) => r.checkIn !== null).sort(byNewest);

  const latest = withCheckIn.slice(0, CHECK_IN_TREND_SIZE);
  const earlier = withCheckIn.slice(CHECK_IN_TREND_SIZE, 2 * CHECK_IN_TREND_SIZE);
  if (earlier.length === CHECK_IN_TREND_SIZE && isRecent(latest[0]!.rejectedOn, now)) {
    const latestAverage = average(latest.map((r) => r.checkIn!));
    const earlierAverage = average(earlier.map((r) => r.checkIn!));
    if (latestAverage - earlierAverage >= CHECK_IN_WORSENING_DELTA) {
      const rows = [...latest, ...earlier];
      insights.push({
        key: 'check_in_trend:worsening',
        kind: 'check_in_trend',
        severity: latestAverage >= HARD_CHECK_IN_MIN ? 'critical' : 'warning',
        sentence:
          `Rejections are hitting harder: the last ${CHECK_IN_TREND_SIZE} check-ins average ` +
          `${perWeek(latestAverage)} out of 5, up from ${perWeek(earlierAverage)}.`,
        evidence: { rejectionIds: ids(rows), applicationIds: rows.map((r) => r.applicationId) },
        suggestions: [exercise('reframe'), WELLBEING_ITEM],
      });
    }
  }

  const hard = withCheckIn.filter((r) => r.checkIn! >= HARD_CHECK_IN_MIN && isRecent(r.rejectedOn, now));
  if (hard.length >= HARD_CHECK_INS_MIN) {
    insights.push({
      key: 'check_in_trend:hard_hits',
      kind: 'check_in_trend',
      severity: 'warning',
      sentence: `${hard.length} rejections ${IN_WINDOW} hit hard (check-in ${HARD_CHECK_IN_MIN} or more out of 5).`,
      evidence: { rejectionIds: ids(hard), applicationIds: hard.map((r) => r.applicationId) },
      suggestions: [exercise('reframe'), WELLBEING_ITEM],
    });
  }
  return insights;
}

/** Critical first, then warning, then info; within a severity, by kind (INSIGHT_KINDS order), then key. */
export function compareInsights(a: Insight, b: Insight): number {
  return (
    INSIGHT_SEVERITIES.indexOf(a.severity) - INSIGHT_SEVERITIES.indexOf(b.severity) ||
    INSIGHT_KINDS.indexOf(a.kind) - INSIGHT_KINDS.indexOf(b.kind) ||
    (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)
  );
}

/** Every insight about a client's history, most severe first. Empty for an empty or healthy history. */
export function clientInsights(history: ClientHistory, now: Date): Insight[] {
  return [
    ...stageConcentration(history, now),
    ...reasonConcentration(history, now),
    ...stalledSearch(history, now),
    ...checkInTrend(history, now),
    ...feedbackCoverage(history, now),
  ].sort(compareInsights);
}
