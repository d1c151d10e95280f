import {
  applicationStageOf,
  isDecided,
  nextInterviewRound,
  SUBMISSION_STAGES,
  submissionMoveProblem,
  submissionStageOf,
  type SubmissionMove,
  type SubmissionMoveProblem,
} from './submission-pipeline.js';

describe('submission pipeline', () => {
  const cases: [SubmissionMove, SubmissionMoveProblem | null][] = [
    [{ from: 'submitted', to: 'employer_screening' }, null],
    [{ from: 'submitted', to: 'interview', toRound: 1 }, null],
    [{ from: 'employer_screening', to: 'interview', toRound: 1 }, null],
    [{ from: 'interview', fromRound: 1, to: 'interview', toRound: 2 }, null],
    [{ from: 'interview', fromRound: 2, to: 'interview', toRound: 2 }, 'backwards'],
    [{ from: 'interview', fromRound: 3, to: 'interview', toRound: 1 }, 'backwards'],
    [{ from: 'interview', fromRound: 1, to: 'final' }, null],
    [{ from: 'final', to: 'offer' }, null],
    [{ from: 'offer', to: 'placed' }, null],
    [{ from: 'final', to: 'placed' }, 'placed_needs_offer'],
    [{ from: 'submitted', to: 'placed' }, 'placed_needs_offer'],
    [{ from: 'offer', to: 'interview', toRound: 1 }, 'backwards'],
    [{ from: 'final', to: 'employer_screening' }, 'backwards'],
    [{ from: 'employer_screening', to: 'submitted' }, 'backwards'],
    [{ from: 'submitted', to: 'submitted' }, 'same_stage'],
    [{ from: 'offer', to: 'offer' }, 'same_stage'],
    [{ from: 'submitted', to: 'rejected', reason: 'missing_skill' }, null],
    [{ from: 'final', to: 'rejected', reason: 'internal_candidate' }, null],
    [{ from: 'offer', to: 'withdrawn', reason: 'timing_or_budget' }, null],
    [{ from: 'interview', to: 'rejected' }, 'reason_required'],
    [{ from: 'interview', to: 'withdrawn', reason: '' }, 'reason_required'],
    [{ from: 'submitted', to: 'no_response' }, 'not_recordable'],
    [{ from: 'no_response', to: 'interview', toRound: 1 }, null],
    [{ from: 'no_response', to: 'rejected', reason: 'unknown' }, null],
    [{ from: 'no_response', to: 'placed' }, 'placed_needs_offer'],
    [{ from: 'no_response', to: 'submitted' }, 'backwards'],
    [{ from: 'placed', to: 'rejected', reason: 'unknown' }, 'closed'],
    [{ from: 'rejected', to: 'interview', toRound: 1 }, 'closed'],
    [{ from: 'withdrawn', to: 'submitted' }, 'closed'],
  ];
  it.each(cases)('%j → %s', (move, problem) => {
    expect(submissionMoveProblem(move)).toBe(problem);
  });

  it('maps every stage to an application stage and back', () => {
    for (const stage of SUBMISSION_STAGES) expect(submissionStageOf(applicationStageOf(stage))).toBe(stage);
  });

  it.each([
    ['placed', true],
    ['rejected', true],
    ['withdrawn', false],
    ['offer', false],
    ['submitted', false],
    ['no_response', false],
  ] as const)('counts %s as decided: %s', (stage, decided) => {
    expect(isDecided(stage)).toBe(decided);
  });

  it.each([
    ['submitted', null, 1],
    ['employer_screening', null, 1],
    ['interview', 1, 2],
    ['interview', 3, 4],
    ['interview', null, 2],
  ] as const)('after %s (round %s) the next interview is round %i', (from, round, next) => {
    expect(nextInterviewRound(from, round)).toBe(next);
  });
});
