import type { ApplicationStage } from '../applications/application-vocabulary.js';
import type {
  ClientHistory,
  InsightApplication,
  InsightExercise,
  InsightFeedbackRequest,
  InsightRejection,
} from './insight-input.js';
import {
  HARD_CHECK_IN_POINTS,
  INACTIVITY_POINTS,
  LATE_REJECTION_POINTS,
  OVERDUE_EXERCISE_POINTS,
  STALLED_SEARCH_POINTS,
  STREAK_POINTS_PER_REJECTION,
  UNANSWERED_FEEDBACK_POINTS,
} from './thresholds.js';
import { TRIAGE_WEIGHTS, lastActivityOn, rejectionStreak, triageScore } from './triage.js';

const NOW = new Date('2026-11-25T12:00:00.000Z');
const ago = (days: number) => new Date(Date.UTC(2026, 10, 25 - days)).toISOString().slice(0, 10);

let seq = 0;
const rej = (over: Partial<InsightRejection> & { daysAgo?: number } = {}): InsightRejection => {
  const { daysAgo = 1, ...rest } = over;
  seq += 1;
  return {
    id: `r${seq}`,
    applicationId: `a${seq}`,
    rejectedOn: ago(daysAgo),
    stageReached: 'first_interview',
    effectiveReason: 'different_direction',
    automated: false,
    endedBy: 'employer',
    checkIn: null,
    ...rest,
  };
};
const apply = (daysAgo: number, stage: ApplicationStage = 'applied'): InsightApplication => ({
  id: `app${++seq}`,
  appliedOn: ago(daysAgo),
  stage,
  furthestStage: stage === 'interview' || stage === 'screening' ? stage : 'applied',
  furthestInterviewRound: stage === 'interview' ? 1 : null,
});
const exercise = (status: InsightExercise['status'], dueDaysAgo: number | null): InsightExercise => ({
  id: `e${++seq}`,
  status,
  dueOn: dueDaysAgo === null ? null : ago(dueDaysAgo),
});
const request = (over: Partial<InsightFeedbackRequest>): InsightFeedbackRequest => ({
  id: `f${++seq}`,
  rejectionId: 'r-x',
  status: 'sent',
  sentOn: ago(3),
  followUpOn: ago(-4),
  followedUpOn: null,
  ...over,
});
const history = (over: Partial<ClientHistory> = {}): ClientHistory => ({
  applications: [apply(0)], // recent activity, so inactivity stays out of the way
  rejections: [],
  feedbackRequests: [],
  exercises: [],
  ...over,
});
const points = (h: ClientHistory) => triageScore(h, NOW).reasons.map((r) => [r.kind, r.points]);

beforeEach(() => {
  seq = 0;
});

describe('triageScore', () => {
  it('scores an empty history 0 with no reasons', () => {
    expect(
      triageScore({ applications: [], rejections: [], feedbackRequests: [], exercises: [] }, NOW),
    ).toEqual({
      score: 0,
      reasons: [],
    });
  });

  it.each<[string, () => Partial<ClientHistory>, [string, number][]]>([
    ['healthy: nothing', () => ({}), []],
    ['one early rejection: nothing', () => ({ rejections: [rej()] }), []],
    [
      'one late rejection today',
      () => ({ rejections: [rej({ stageReached: 'final_round', daysAgo: 0 })] }),
      [['late_rejections', LATE_REJECTION_POINTS]],
    ],
    [
      'late rejection exactly 30 days ago counts',
      () => ({ rejections: [rej({ stageReached: 'later_interview', daysAgo: 30 })] }),
      [['late_rejections', LATE_REJECTION_POINTS]],
    ],
    [
      'late rejection 31 days ago does not',
      () => ({ rejections: [rej({ stageReached: 'after_offer', daysAgo: 31 })] }),
      [],
    ],
    [
      'a late withdrawal is not a rejection',
      () => ({ rejections: [rej({ stageReached: 'final_round', endedBy: 'client' })] }),
      [],
    ],
    [
      '2 rejections in a row: no streak yet',
      () => ({ applications: [apply(10)], rejections: [rej(), rej()] }),
      [],
    ],
    [
      '3 rejections in a row: a streak',
      () => ({
        applications: [apply(0)],
        rejections: [rej({ daysAgo: 0 }), rej({ daysAgo: 0 }), rej({ daysAgo: 0 })],
      }),
      [['rejection_streak', 3 * STREAK_POINTS_PER_REJECTION]],
    ],
    [
      'progress breaks the streak',
      () => ({
        applications: [apply(5, 'interview')],
        rejections: [rej({ daysAgo: 6 }), rej({ daysAgo: 6 }), rej({ daysAgo: 4 })],
      }),
      [],
    ],
    [
      'hard check-in (4)',
      () => ({ rejections: [rej({ checkIn: 4 })] }),
      [['hard_check_ins', HARD_CHECK_IN_POINTS]],
    ],
    ['check-in 3 is not hard', () => ({ rejections: [rej({ checkIn: 3 })] }), []],
    ['hard check-in 31 days ago is past', () => ({ rejections: [rej({ checkIn: 5, daysAgo: 31 })] }), []],
    [
      'exercise due yesterday: overdue',
      () => ({ exercises: [exercise('assigned', 1)] }),
      [['overdue_exercises', OVERDUE_EXERCISE_POINTS]],
    ],
    ['exercise due today: not yet', () => ({ exercises: [exercise('in_progress', 0)] }), []],
    [
      'submitted exercises are never overdue',
      () => ({ exercises: [exercise('submitted', 5), exercise('reviewed', 5)] }),
      [],
    ],
    ['no due day: never overdue', () => ({ exercises: [exercise('assigned', null)] }), []],
    [
      'request unanswered, follow-up today',
      () => ({ feedbackRequests: [request({ followUpOn: ago(0) })] }),
      [['unanswered_feedback', UNANSWERED_FEEDBACK_POINTS]],
    ],
    ['follow-up tomorrow: not yet', () => ({ feedbackRequests: [request({ followUpOn: ago(-1) })] }), []],
    [
      'answered: fine',
      () => ({ feedbackRequests: [request({ status: 'answered', followUpOn: ago(3) })] }),
      [],
    ],
    ['inactive 13 days: not yet', () => ({ applications: [apply(13)] }), []],
    ['inactive exactly 14 days', () => ({ applications: [apply(14)] }), [['inactivity', INACTIVITY_POINTS]]],
    [
      'stalled after a hard rejection (also a hard check-in, and 20 quiet days)',
      () => ({
        applications: [apply(21), apply(22), apply(25), apply(30)],
        rejections: [rej({ daysAgo: 20, checkIn: 4 })],
      }),
      [
        ['stalled_search', STALLED_SEARCH_POINTS],
        ['inactivity', INACTIVITY_POINTS],
        ['hard_check_ins', HARD_CHECK_IN_POINTS],
      ],
    ],
  ])('%s', (_name, over, expected) => {
    expect(points(history(over()))).toEqual(expected);
  });

  it('sums the reasons and sorts them by points, ties in a fixed order', () => {
    const result = triageScore(
      history({
        rejections: [rej({ stageReached: 'final_round', checkIn: 2 })],
        exercises: [exercise('assigned', 3), exercise('assigned', 2)],
      }),
      NOW,
    );
    expect(result.reasons).toEqual([
      { kind: 'late_rejections', points: 10, sentence: '1 late-stage rejection in the last 30 days.' },
      { kind: 'overdue_exercises', points: 10, sentence: '2 exercises past due.' },
    ]);
    expect(result.score).toBe(20);
  });

  it('weighs each reason as TRIAGE_WEIGHTS says: per occurrence, or once', () => {
    const result = triageScore(
      history({
        rejections: [rej({ stageReached: 'final_round' }), rej({ stageReached: 'later_interview' })],
        exercises: [exercise('assigned', 3), exercise('assigned', 2), exercise('in_progress', 1)],
      }),
      NOW,
    );
    const late = result.reasons.find((r) => r.kind === 'late_rejections')!;
    const overdue = result.reasons.find((r) => r.kind === 'overdue_exercises')!;
    expect(late.points).toBe(2 * TRIAGE_WEIGHTS.late_rejections.points);
    expect(overdue.points).toBe(3 * TRIAGE_WEIGHTS.overdue_exercises.points);
    expect(TRIAGE_WEIGHTS.stalled_search).toEqual({ points: 15, per: 'flat' });
    expect(TRIAGE_WEIGHTS.inactivity.per).toBe('flat');
  });
});

describe('rejectionStreak', () => {
  it.each<[string, () => ClientHistory, number]>([
    ['none', () => history(), 0],
    ['all rejections without progress', () => history({ rejections: [rej(), rej(), rej()] }), 3],
    [
      'only rejections since the last live application past applied',
      () =>
        history({
          applications: [apply(5, 'screening')],
          rejections: [rej({ daysAgo: 9 }), rej({ daysAgo: 5 }), rej({ daysAgo: 2 })],
        }),
      2,
    ],
    ['withdrawals are not rejections', () => history({ rejections: [rej({ endedBy: 'client' }), rej()] }), 1],
  ])('%s', (_name, h, expected) => {
    expect(rejectionStreak(h()).length).toBe(expected);
  });
});

describe('lastActivityOn', () => {
  it('is null for an empty history and the latest day otherwise', () => {
    expect(
      lastActivityOn({ applications: [], rejections: [], feedbackRequests: [], exercises: [] }),
    ).toBeNull();
    expect(
      lastActivityOn(
        history({
          applications: [apply(9)],
          rejections: [rej({ daysAgo: 7 })],
          feedbackRequests: [request({ sentOn: ago(6), followedUpOn: ago(3) })],
        }),
      ),
    ).toBe(ago(3));
  });
});
