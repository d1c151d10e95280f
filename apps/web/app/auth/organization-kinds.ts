import type { OrganizationKind } from '~/graphql/generated/graphql';

/** The kinds of organization, in the order the sign-up form offers them. */
export const ORGANIZATION_KINDS = [
  'COACHING_PRACTICE',
  'CAREER_SERVICES',
  'STAFFING_AGENCY',
] as const satisfies readonly OrganizationKind[];
