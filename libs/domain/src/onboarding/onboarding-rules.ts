/**
 * The consent a candidate gives before an agency processes their data. The version is stored with the
 * timestamp of consent; changing the text means a new version, and candidates who agreed to an older one
 * are asked again.
 */
export const CONSENT_VERSION = '2026-11';
export const CONSENT_TEXT =
  'I agree that the agency stores my profile, my applications and what employers say about them, and ' +
  'uses them to put me forward for roles. I can download my data or ask for it to be deleted at any time.';

export const ONBOARDING_STAGES = ['invited', 'accepted', 'profile_complete', 'active'] as const;
export type OnboardingStage = (typeof ONBOARDING_STAGES)[number];

export interface OnboardingFacts {
  /** An invitation was sent (pending or not). */
  invited: boolean;
  /** The candidate has an account in the organization. */
  accepted: boolean;
  targetRoles: readonly string[];
  locations: readonly string[];
  availability: string | null;
  consentVersion: string | null;
  submissions: number;
}

export interface ChecklistItem {
  key: 'target_roles' | 'locations' | 'availability' | 'consent';
  done: boolean;
}

/** What the candidate still has to do; the résumé link and work authorization are optional. */
export function onboardingChecklist(facts: OnboardingFacts): ChecklistItem[] {
  return [
    { key: 'target_roles', done: facts.targetRoles.length > 0 },
    { key: 'locations', done: facts.locations.length > 0 },
    { key: 'availability', done: !!facts.availability?.trim() },
    { key: 'consent', done: facts.consentVersion === CONSENT_VERSION },
  ];
}

/**
 * Where a candidate stands: invited → accepted (has an account) → profile complete (every checklist item
 * done) → active (the agency has put them forward at least once). A candidate imported and never invited
 * has no stage yet (null).
 */
export function onboardingStage(facts: OnboardingFacts): OnboardingStage | null {
  if (!facts.accepted) return facts.invited ? 'invited' : null;
  if (!onboardingChecklist(facts).every((item) => item.done)) return 'accepted';
  return facts.submissions > 0 ? 'active' : 'profile_complete';
}
