import { describe, expect, it } from '@jest/globals';
import { describeActivity } from './activity';
import type { ClientPageData } from './client.server';
import { buildCheckIns, buildHeatmap, buildTimeline, insightBaseline } from './history';

describe('buildHeatmap', () => {
  it('places the counted cells, with the client’s and the caseload’s shares, and knows the largest cell', () => {
    const heatmap = buildHeatmap({
      clientTotal: 3,
      caseloadTotal: 20,
      caseloadSize: 6,
      cells: [
        { stage: 'FINAL_ROUND', reason: 'BETTER_QUALIFIED_CANDIDATE', clientCount: 2, caseloadCount: 5 },
        { stage: 'RESUME_SCREEN', reason: 'UNKNOWN', clientCount: 1, caseloadCount: 4 },
        { stage: 'PHONE_SCREEN', reason: 'MISSING_SKILL', clientCount: 0, caseloadCount: 11 },
      ],
    });
    expect(heatmap.cells.FINAL_ROUND.BETTER_QUALIFIED_CANDIDATE).toEqual({
      count: 2,
      share: 2 / 3,
      caseloadShare: 0.25,
    });
    expect(heatmap.cells.PHONE_SCREEN.MISSING_SKILL).toEqual({ count: 0, share: 0, caseloadShare: 0.55 });
    expect(heatmap.cells.PHONE_SCREEN.UNKNOWN).toEqual({ count: 0, share: 0, caseloadShare: 0 });
    expect(heatmap.max).toBe(2);
    expect([heatmap.total, heatmap.caseloadTotal, heatmap.caseloadSize]).toEqual([3, 20, 6]);
  });
});

describe('insightBaseline', () => {
  const baseline = {
    windowDays: 90,
    recentStages: [{ stage: 'RESUME_SCREEN', share: 0.12 }],
    recentReasons: [{ reason: 'MISSING_SKILL', share: 0.305 }],
  };
  it.each([
    [
      'stage_concentration:resume_screen',
      'Across the caseload: 12% of rejections in the same 90 days came at this stage.',
    ],
    [
      'stage_concentration:final_round',
      'Across the caseload: 0% of rejections in the same 90 days came at this stage.',
    ],
    [
      'reason_concentration:missing_skill',
      'Across the caseload: 31% of employer rejections in the same 90 days gave this reason.',
    ],
    ['stalled_search:after_hard_rejection', null],
  ])('%s', (key, expected) => {
    expect(insightBaseline(key, baseline)).toBe(expected);
  });
});

const page = {
  client: { id: 'c1' },
  applications: {
    totalCount: 1,
    edges: [
      {
        node: {
          id: 'a1',
          company: 'Acme',
          roleTitle: 'Designer',
          appliedOn: '2026-10-01',
          stageHistory: [
            { id: 's1', changedAt: '2026-10-01T09:00:00Z', fromStage: null, toStage: 'APPLIED' },
            { id: 's2', changedAt: '2026-10-05T09:00:00Z', fromStage: 'APPLIED', toStage: 'FINAL_ROUND' },
            { id: 's3', changedAt: '2026-10-09T09:00:00Z', fromStage: 'FINAL_ROUND', toStage: 'REJECTED' },
          ],
          rejection: { id: 'r1', rejectedOn: '2026-10-09', stageReached: 'FINAL_ROUND', checkIn: 4 },
        },
      },
    ],
  },
  feedbackRequests: {
    edges: [
      {
        node: {
          id: 'f1',
          status: 'ANSWERED',
          createdAt: '2026-10-10T08:00:00Z',
          sentOn: '2026-10-10',
          answeredOn: '2026-10-12',
          recipientRole: 'RECRUITER',
          rejectionId: 'r1',
        },
      },
    ],
  },
  exerciseAssignments: {
    edges: [
      {
        node: {
          id: 'e1',
          title: 'Mock interview',
          createdAt: '2026-10-13T10:00:00Z',
          submittedAt: '2026-10-15T18:00:00Z',
          reviewedAt: null,
        },
      },
    ],
  },
} as unknown as ClientPageData;

describe('buildTimeline', () => {
  it('puts every kind of event in one list, newest first, with links to act on', () => {
    const events = buildTimeline(page, '/app/demo', 'Europe/Berlin');
    expect(events.map((event) => event.text)).toEqual([
      'Exercise submitted: Mock interview',
      'Exercise assigned: Mock interview',
      'Feedback answered: Recruiter or HR',
      'Asked for feedback: Recruiter or HR · Answered',
      'Acme: rejected at Final round',
      'Acme: moved to Final round',
      'Applied to Acme as Designer',
    ]);
    expect(events[0].link).toEqual({ to: '/app/demo/exercises/review/e1', label: 'Review' });
    expect(events.find((event) => event.kind === 'rejection')?.link?.to).toBe(
      '/app/demo/caseload/c1/rejections/r1',
    );
  });

  it('shows calendar days as written, whatever the viewer’s time zone', () => {
    const applied = buildTimeline(page, '/app/demo', 'Pacific/Honolulu').find(
      (event) => event.kind === 'application',
    );
    expect(applied?.when).toBe('Oct 1, 2026');
  });
});

describe('buildCheckIns', () => {
  it('keeps the rejections with a check-in, oldest first', () => {
    expect(buildCheckIns(page)).toEqual([{ day: '2026-10-09', value: 4, company: 'Acme' }]);
  });
});

describe('describeActivity', () => {
  it('says who changed what, in the catalogue’s words', () => {
    const [changed, added, odd] = describeActivity(
      [
        {
          id: '1',
          action: 'item_changed',
          actorName: 'Marcus Bell',
          createdAt: '2026-11-01T10:00:00Z',
          details: JSON.stringify({ status: { from: 'todo', to: 'done' }, position: { from: 2, to: 1 } }),
        },
        {
          id: '2',
          action: 'item_added',
          actorName: null,
          createdAt: '2026-11-01T09:00:00Z',
          details: '{"title":"Mock interview"}',
        },
        {
          id: '3',
          action: 'something_new',
          actorName: 'Priya Nair',
          createdAt: '2026-11-01T08:00:00Z',
          details: 'not json',
        },
      ],
      'UTC',
    );
    expect(changed.summary).toBe('Marcus Bell changed an item');
    expect(changed.changes).toEqual(['Status: To do → Done']);
    expect(added).toMatchObject({ summary: 'Someone added an item', changes: ['Mock interview'] });
    expect(odd).toMatchObject({ summary: 'Priya Nair changed the plan', changes: [] });
  });

  it('says an item moved when only its place changed', () => {
    const [moved] = describeActivity(
      [
        {
          id: '1',
          action: 'item_changed',
          createdAt: '2026-11-01T10:00:00Z',
          details: '{"position":{"from":0,"to":1}}',
        },
      ],
      'UTC',
    );
    expect(moved.changes).toEqual(['Moved in the list']);
  });
});
