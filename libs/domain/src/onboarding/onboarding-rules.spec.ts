import {
  CONSENT_VERSION,
  onboardingChecklist,
  onboardingStage,
  type OnboardingFacts,
} from './onboarding-rules.js';

const complete: OnboardingFacts = {
  invited: true,
  accepted: true,
  targetRoles: ['Analyst'],
  locations: ['Lisbon'],
  availability: 'From January',
  consentVersion: CONSENT_VERSION,
  submissions: 0,
};

describe('onboardingStage', () => {
  it.each([
    ['imported, never invited', { ...complete, invited: false, accepted: false }, null],
    ['invited', { ...complete, accepted: false }, 'invited'],
    ['accepted, no roles yet', { ...complete, targetRoles: [] }, 'accepted'],
    ['accepted, blank availability', { ...complete, availability: '  ' }, 'accepted'],
    ['accepted, consent to an older text', { ...complete, consentVersion: '2020-01' }, 'accepted'],
    ['profile complete', complete, 'profile_complete'],
    ['put forward once', { ...complete, submissions: 1 }, 'active'],
  ] as const)('%s → %s', (_, facts, stage) => {
    expect(onboardingStage(facts)).toBe(stage);
  });
});

describe('onboardingChecklist', () => {
  it('lists what is left', () => {
    expect(onboardingChecklist({ ...complete, locations: [], consentVersion: null })).toEqual([
      { key: 'target_roles', done: true },
      { key: 'locations', done: false },
      { key: 'availability', done: true },
      { key: 'consent', done: false },
    ]);
  });
});
