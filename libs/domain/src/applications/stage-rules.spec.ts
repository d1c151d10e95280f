import type { ApplicationStage } from './application-vocabulary.js';
import {
  canMoveTo,
  DEFAULT_GHOSTING_DAYS,
  furthestStage,
  isGhosted,
  MAX_RANKED_INTERVIEW_ROUND,
  NOT_PROGRESS_RANK,
  rejectionStageFor,
  stageRank,
  type StagePosition,
} from './stage-rules.js';

describe('stageRank', () => {
  it('orders progress stages and interview rounds', () => {
    const ranks = [
      stageRank('applied'),
      stageRank('screening'),
      stageRank('interview', 1),
      stageRank('interview', 2),
      stageRank('interview', 3),
      stageRank('interview', MAX_RANKED_INTERVIEW_ROUND),
      stageRank('final_round'),
      stageRank('offer'),
      stageRank('hired'),
    ];
    expect([...ranks].sort((a, b) => a - b)).toEqual(ranks);
    expect(new Set(ranks).size).toBe(ranks.length);
  });

  it.each<[ApplicationStage, number | null | undefined, ApplicationStage, number | null | undefined]>([
    // A missing or nonsensical round reads as round 1.
    ['interview', undefined, 'interview', 1],
    ['interview', null, 'interview', 1],
    ['interview', 0, 'interview', 1],
    ['interview', -3, 'interview', 1],
    ['interview', 2.7, 'interview', 2],
    // Absurdly late rounds share the last rank and still sit below the final round.
    ['interview', 500, 'interview', MAX_RANKED_INTERVIEW_ROUND],
    // A round on a stage that has none is ignored.
    ['screening', 4, 'screening', undefined],
  ])('%s round %p ranks like %s round %p', (stage, round, sameStage, sameRound) => {
    expect(stageRank(stage, round)).toBe(stageRank(sameStage, sameRound));
  });

  it.each<ApplicationStage>(['rejected', 'withdrawn', 'ghosted'])('%s is not progress', (stage) => {
    expect(stageRank(stage)).toBe(NOT_PROGRESS_RANK);
    expect(stageRank(stage)).toBeLessThan(stageRank('applied'));
  });

  it('keeps every interview round below the final round', () => {
    expect(stageRank('interview', 10_000)).toBeLessThan(stageRank('final_round'));
  });
});

describe('furthestStage', () => {
  it.each<[string, StagePosition[], ReturnType<typeof furthestStage>]>([
    ['empty history starts at applied', [], { stage: 'applied', interviewRound: null }],
    ['only applied', [{ stage: 'applied' }], { stage: 'applied', interviewRound: null }],
    [
      'rejection after round 2 keeps round 2',
      [{ stage: 'applied' }, { stage: 'interview', interviewRound: 2 }, { stage: 'rejected' }],
      { stage: 'interview', interviewRound: 2 },
    ],
    [
      'ghosted after the final round keeps it',
      [{ stage: 'final_round' }, { stage: 'ghosted' }],
      { stage: 'final_round', interviewRound: null },
    ],
    [
      'history out of order',
      [
        { stage: 'interview', interviewRound: 3 },
        { stage: 'interview', interviewRound: 1 },
      ],
      { stage: 'interview', interviewRound: 3 },
    ],
    [
      'interview without a round is round 1',
      [{ stage: 'interview' }],
      { stage: 'interview', interviewRound: 1 },
    ],
    ['only a closing stage', [{ stage: 'withdrawn' }], { stage: 'applied', interviewRound: null }],
    [
      'forward jump then withdrawn',
      [{ stage: 'applied' }, { stage: 'offer' }, { stage: 'withdrawn' }],
      { stage: 'offer', interviewRound: null },
    ],
    [
      'revived after ghosting',
      [{ stage: 'screening' }, { stage: 'ghosted' }, { stage: 'interview', interviewRound: 1 }],
      { stage: 'interview', interviewRound: 1 },
    ],
    [
      'hired is the furthest',
      [{ stage: 'offer' }, { stage: 'hired' }],
      { stage: 'hired', interviewRound: null },
    ],
    [
      'round on a non-interview stage is dropped',
      [{ stage: 'screening', interviewRound: 2 }],
      { stage: 'screening', interviewRound: null },
    ],
  ])('%s', (_name, history, expected) => {
    expect(furthestStage(history)).toEqual(expected);
  });
});

describe('canMoveTo', () => {
  it.each<[ApplicationStage, ApplicationStage, boolean, string]>([
    // Forward, including jumps.
    ['applied', 'screening', true, 'the next step'],
    ['applied', 'interview', true, 'a forward jump (screening not logged)'],
    ['applied', 'final_round', true, 'a forward jump'],
    ['screening', 'offer', true, 'a forward jump'],
    ['final_round', 'offer', true, 'the next step'],
    // Interviews: another round.
    ['interview', 'interview', true, 'another round'],
    // Backward or standing still.
    ['screening', 'applied', false, 'backward'],
    ['final_round', 'interview', false, 'backward'],
    ['offer', 'final_round', false, 'backward'],
    ['applied', 'applied', false, 'no change'],
    ['offer', 'offer', false, 'no change'],
    // Hired needs an offer (or comes straight out of the final round).
    ['offer', 'hired', true, 'accepting the offer'],
    ['final_round', 'hired', true, 'offer and acceptance in one call'],
    ['applied', 'hired', false, 'hired without an offer'],
    ['interview', 'hired', false, 'hired without an offer'],
    // Closing an open application.
    ['applied', 'rejected', true, 'resume screen rejection'],
    ['screening', 'rejected', true, 'rejection'],
    ['offer', 'rejected', true, 'offer withdrawn by the employer'],
    ['interview', 'withdrawn', true, 'the client withdraws'],
    ['offer', 'withdrawn', true, 'the client declines the offer'],
    ['applied', 'ghosted', true, 'silence'],
    ['final_round', 'ghosted', true, 'silence'],
    // Ghosted comes back to life when the employer answers.
    ['ghosted', 'screening', true, 'the employer answers'],
    ['ghosted', 'interview', true, 'the employer answers'],
    ['ghosted', 'offer', true, 'the employer answers with an offer'],
    ['ghosted', 'rejected', true, 'a late no'],
    ['ghosted', 'withdrawn', true, 'the client calls it off'],
    ['ghosted', 'applied', false, 'an answer is more than applied'],
    ['ghosted', 'hired', false, 'hired needs an offer first'],
    ['ghosted', 'ghosted', false, 'no change'],
    // Closed for good.
    ['rejected', 'interview', false, 'rejected is final'],
    ['rejected', 'withdrawn', false, 'rejected is final'],
    ['withdrawn', 'applied', false, 'withdrawn is final'],
    ['withdrawn', 'ghosted', false, 'withdrawn is final'],
    ['hired', 'rejected', false, 'hired is final'],
    ['hired', 'withdrawn', false, 'hired is final'],
  ])('%s → %s is %p (%s)', (from, to, allowed) => {
    expect(canMoveTo(from, to)).toBe(allowed);
  });

  it.each<[number | null, number | null, boolean]>([
    [1, 2, true],
    [2, 5, true],
    [2, 2, false],
    [3, 1, false],
    [null, 2, true],
    [2, null, true],
  ])('interview round %p → round %p is %p', (currentRound, nextRound, allowed) => {
    expect(canMoveTo('interview', 'interview', { currentRound, nextRound })).toBe(allowed);
  });
});

describe('rejectionStageFor', () => {
  it.each<[StagePosition, string]>([
    [{ stage: 'applied' }, 'resume_screen'],
    [{ stage: 'screening' }, 'phone_screen'],
    [{ stage: 'interview', interviewRound: 1 }, 'first_interview'],
    [{ stage: 'interview' }, 'first_interview'],
    [{ stage: 'interview', interviewRound: null }, 'first_interview'],
    [{ stage: 'interview', interviewRound: 2 }, 'later_interview'],
    [{ stage: 'interview', interviewRound: 4 }, 'later_interview'],
    [{ stage: 'final_round' }, 'final_round'],
    [{ stage: 'offer' }, 'after_offer'],
    [{ stage: 'hired' }, 'after_offer'],
    [{ stage: 'rejected' }, 'resume_screen'],
    [{ stage: 'ghosted' }, 'resume_screen'],
  ])('%p → %s', (furthest, expected) => {
    expect(rejectionStageFor(furthest)).toBe(expected);
  });
});

describe('isGhosted', () => {
  const now = new Date('2026-11-25T12:00:00Z');
  it.each<[string, number | undefined, boolean]>([
    ['2026-11-04T12:00:00Z', 21, true],
    ['2026-11-04T12:00:01Z', 21, false],
    ['2026-10-01T00:00:00Z', 21, true],
    ['2026-11-24T12:00:00Z', 1, true],
    ['2026-11-25T12:00:00Z', 21, false],
    ['2026-11-30T12:00:00Z', 21, false],
    ['2026-11-04T12:00:00Z', undefined, true],
    ['2026-11-05T12:00:00Z', undefined, false],
  ])('last activity %s with %p days → %p', (last, days, expected) => {
    expect(isGhosted({ lastEmployerActivityAt: new Date(last), now, silenceDays: days })).toBe(expected);
  });

  it('defaults to three weeks', () => {
    expect(DEFAULT_GHOSTING_DAYS).toBe(21);
  });
});
