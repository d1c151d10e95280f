import { describe, expect, it } from '@jest/globals';
import { recentActivity } from './activity';

describe('recentActivity', () => {
  it('merges what happened, newest first, and tells a rejection once', () => {
    const items = recentActivity({
      applications: [
        { id: 'a1', company: 'Cobalt', stage: 'INTERVIEW', lastActivityAt: '2026-11-20T10:00:00.000Z' },
        { id: 'a2', company: 'Quill', stage: 'REJECTED', lastActivityAt: '2026-11-25T10:00:00.000Z' },
      ],
      rejections: [{ id: 'r1', createdAt: '2026-11-25T10:00:01.000Z', application: { company: 'Quill' } }],
      exercises: [
        {
          id: 'e1',
          title: 'First look',
          status: 'REVIEWED',
          submittedAt: '2026-11-21T08:00:00.000Z',
          reviewedAt: '2026-11-23T08:00:00.000Z',
        },
      ],
      feedbackRequests: [
        {
          id: 'f1',
          status: 'ANSWERED',
          answeredOn: '2026-11-24',
          rejection: { application: { company: 'Atlas' } },
        },
        { id: 'f2', status: 'SENT', answeredOn: null, rejection: { application: { company: 'Atlas' } } },
      ],
      plan: [
        { id: 'p1', action: 'item_added', actorName: 'Marcus Bell', createdAt: '2026-11-22T09:00:00.000Z' },
      ],
    });
    expect(items.map((item) => [item.kind, item.id])).toEqual([
      ['rejection', 'rejection-r1'],
      ['feedback_answered', 'answered-f1'],
      ['exercise_reviewed', 'reviewed-e1'],
      ['plan', 'plan-p1'],
      ['exercise_submitted', 'submitted-e1'],
      ['stage', 'stage-a1'],
    ]);
  });

  it('keeps at most the limit', () => {
    const applications = Array.from({ length: 12 }, (_, n) => ({
      id: `a${n}`,
      company: 'Co',
      stage: 'APPLIED' as const,
      lastActivityAt: new Date(Date.UTC(2026, 10, n + 1)).toISOString(),
    }));
    const items = recentActivity({
      applications,
      rejections: [],
      exercises: [],
      feedbackRequests: [],
      plan: [],
    });
    expect(items).toHaveLength(8);
    expect(items[0].id).toBe('stage-a11');
  });
});
