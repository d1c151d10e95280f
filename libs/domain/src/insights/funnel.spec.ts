import type { ProgressStage } from '../applications/application-vocabulary.js';
import { funnel, stagesReaching } from './funnel.js';
import type { InsightApplication } from './insight-input.js';

const app = (furthestStage: ProgressStage, i: number, round: number | null = null): InsightApplication => ({
  id: `a${i}`,
  appliedOn: '2026-11-01',
  stage: 'rejected',
  furthestStage,
  furthestInterviewRound: round,
});
const apps = (...stages: ProgressStage[]) => stages.map((s, i) => app(s, i, s === 'interview' ? 1 : null));

describe('funnel', () => {
  it.each<[string, InsightApplication[], [number, number | null][]]>([
    [
      'empty: all zero, no conversions',
      [],
      [
        [0, null],
        [0, null],
        [0, null],
        [0, null],
        [0, null],
      ],
    ],
    [
      'one application, not screened',
      apps('applied'),
      [
        [1, null],
        [0, 0],
        [0, null],
        [0, null],
        [0, null],
      ],
    ],
    [
      'one of each: furthest stage counts at every step before it',
      apps('applied', 'screening', 'interview', 'final_round', 'offer'),
      [
        [5, null],
        [4, 0.8],
        [3, 0.75],
        [2, 2 / 3],
        [1, 0.5],
      ],
    ],
    [
      'hired counts as an offer',
      apps('hired'),
      [
        [1, null],
        [1, 1],
        [1, 1],
        [1, 1],
        [1, 1],
      ],
    ],
    [
      'a jump past screening still counts as screened',
      apps('final_round', 'applied'),
      [
        [2, null],
        [1, 0.5],
        [1, 1],
        [1, 1],
        [0, 0],
      ],
    ],
  ])('%s', (_name, applications, expected) => {
    const steps = funnel(applications);
    expect(steps.map((s) => s.step)).toEqual(['applications', 'screens', 'interviews', 'finals', 'offers']);
    expect(steps.map((s) => [s.count, s.conversion])).toEqual(expected);
  });

  it('counts a later interview round as an interview', () => {
    expect(funnel([app('interview', 1, 3), app('interview', 2, null)])[2]).toEqual({
      step: 'interviews',
      count: 2,
      conversion: 1,
    });
  });
});

describe('stagesReaching', () => {
  it.each([
    ['applications', ['applied', 'screening', 'interview', 'final_round', 'offer', 'hired']],
    ['screens', ['screening', 'interview', 'final_round', 'offer', 'hired']],
    ['interviews', ['interview', 'final_round', 'offer', 'hired']],
    ['finals', ['final_round', 'offer', 'hired']],
    ['offers', ['offer', 'hired']],
  ] as const)('counts %s from %j', (step, stages) => {
    expect(stagesReaching(step)).toEqual(stages);
  });
});
