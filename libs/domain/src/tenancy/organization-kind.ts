export const ORGANIZATION_KINDS = ['coaching_practice', 'career_services', 'staffing_agency'] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

export function isOrganizationKind(value: unknown): value is OrganizationKind {
  return typeof value === 'string' && (ORGANIZATION_KINDS as readonly string[]).includes(value);
}
