import {
  effectiveReason,
  ENDED_BY_LABELS,
  FEEDBACK_SOURCE_LABELS,
  isLateStage,
  REJECTION_REASON_LABELS,
  REJECTION_STAGE_LABELS,
} from './reason-rules.js';
import {
  ENDED_BY,
  FEEDBACK_SOURCES,
  REJECTION_REASONS,
  REJECTION_STAGES,
  type RejectionReason,
  type RejectionStage,
} from './rejection-vocabulary.js';

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

describe('labels', () => {
  it.each<[string, Record<string, string>, readonly string[]]>([
    ['reasons', REJECTION_REASON_LABELS, REJECTION_REASONS],
    ['stages', REJECTION_STAGE_LABELS, REJECTION_STAGES],
    ['feedback sources', FEEDBACK_SOURCE_LABELS, FEEDBACK_SOURCES],
    ['ended by', ENDED_BY_LABELS, ENDED_BY],
  ])('%s: one short, distinct label per value', (_name, labels, values) => {
    expect(Object.keys(labels).sort()).toEqual([...values].sort());
    const texts = Object.values(labels);
    expect(new Set(texts).size).toBe(texts.length);
    for (const text of texts) expect(text.length).toBeLessThanOrEqual(32);
  });
});
