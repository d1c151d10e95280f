import { describe, expect, it } from '@jest/globals';
import type { ApplicationStage } from '../applications/application-vocabulary.js';
import { progressSummary, type ProgressFacts } from './progress-summary.js';

const TODAY = '2026-11-30';
const ago = (days: number) => new Date(Date.UTC(2026, 10, 30 - days)).toISOString().slice(0, 10);
const app = (daysAgo: number, furthestStage: ApplicationStage = 'applied') => ({
  appliedOn: ago(daysAgo),
  furthestStage,
});
const facts = (over: Partial<ProgressFacts> = {}): ProgressFacts => ({
  today: TODAY,
  applications: [],
  rejections: [],
  exercisesSubmitted: 0,
  feedbackAnswered: 0,
  planItemsDone: 0,
  planItemsTotal: 0,
  ...over,
});

describe('progressSummary headline', () => {
  it.each([
    ['nothing recorded yet', facts(), 'fresh_start'],
    ['applied in the last two weeks', facts({ applications: [app(3)] }), 'keep_going'],
    ['nothing new for a month', facts({ applications: [app(30)] }), 'small_step'],
    [
      'a hard hit this week comes first',
      facts({ applications: [app(3)], rejections: [{ rejectedOn: ago(2), checkIn: 5 }] }),
      'be_kind',
    ],
    [
      'a hard hit long ago does not',
      facts({ applications: [app(3)], rejections: [{ rejectedOn: ago(20), checkIn: 5 }] }),
      'keep_going',
    ],
    [
      'a mild check-in does not',
      facts({ applications: [app(3)], rejections: [{ rejectedOn: ago(1), checkIn: 3 }] }),
      'keep_going',
    ],
  ])('%s', (_, input, headline) => {
    expect(progressSummary(input).headline).toBe(headline);
  });
});

describe('progressSummary notes', () => {
  it('counts late stages reached in the last three months, strongest first, at most three', () => {
    const summary = progressSummary(
      facts({
        applications: [
          app(5, 'final_round'),
          app(40, 'interview'),
          app(10, 'screening'),
          app(200, 'final_round'),
        ],
        feedbackAnswered: 2,
        exercisesSubmitted: 4,
      }),
    );
    expect(summary.notes).toEqual([
      { key: 'final_rounds_reached', count: 1 },
      { key: 'interviews_reached', count: 2 },
      { key: 'feedback_answered', count: 2 },
    ]);
  });

  it('speaks of recent applications, exercises and the plan when that is the news', () => {
    expect(
      progressSummary(
        facts({ applications: [app(1), app(2)], exercisesSubmitted: 1, planItemsDone: 2, planItemsTotal: 5 }),
      ).notes,
    ).toEqual([
      { key: 'applied_recently', count: 2 },
      { key: 'exercises_submitted', count: 1 },
      { key: 'plan_progress', done: 2, total: 5 },
    ]);
  });

  it('never reports bad news: rejections alone give no note', () => {
    const summary = progressSummary(
      facts({ applications: [app(60)], rejections: [{ rejectedOn: ago(50), checkIn: 2 }] }),
    );
    expect(summary).toEqual({ headline: 'small_step', notes: [] });
  });
});
