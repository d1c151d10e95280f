import { effectiveReason, isLateStage } from './reason-rules.js';
import type { RejectionReason, RejectionStage } from './rejection-vocabulary.js';

describe('effectiveReason', () => {
  it.each<[string, Parameters<typeof effectiveReason>[0], RejectionReason]>([
    [
      'coach tag wins over both',
      { coachTag: 'missing_skill', employerReason: 'timing_or_budget', clientView: 'unknown' },
      'missing_skill',
    ],
    [
      'coach tag wins over the client',
      { coachTag: 'internal_candidate', clientView: 'missing_skill' },
      'internal_candidate',
    ],
    [
      'employer next',
      { coachTag: null, employerReason: 'timing_or_budget', clientView: 'presentation_or_rapport' },
      'timing_or_budget',
    ],
    [
      'client view last',
      { employerReason: null, clientView: 'presentation_or_rapport' },
      'presentation_or_rapport',
    ],
    ['nothing known', {}, 'unknown'],
    ['all null', { coachTag: null, employerReason: null, clientView: null }, 'unknown'],
    // An explicit "unknown" is a choice someone made and is kept, as in the API's SQL.
    [
      'explicit unknown from the employer',
      { employerReason: 'unknown', clientView: 'missing_skill' },
      'unknown',
    ],
  ])('%s', (_name, input, expected) => {
    expect(effectiveReason(input)).toBe(expected);
  });
});

describe('isLateStage', () => {
  it.each<[RejectionStage, boolean]>([
    ['resume_screen', false],
    ['phone_screen', false],
    ['technical_assessment', false],
    ['first_interview', false],
    ['later_interview', true],
    ['final_round', true],
    ['after_offer', true],
  ])('%s → %p', (stage, late) => {
    expect(isLateStage(stage)).toBe(late);
  });
});
