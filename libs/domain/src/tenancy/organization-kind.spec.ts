import { isOrganizationKind } from './organization-kind.js';
import { isRole } from './role.js';

describe('tenancy vocabularies', () => {
  it.each([
    ['coaching_practice', true],
    ['career_services', true],
    ['staffing_agency', true],
    ['agency', false],
    ['', false],
    [null, false],
  ])('isOrganizationKind(%p) is %p', (value, expected) => {
    expect(isOrganizationKind(value)).toBe(expected);
  });

  it.each([
    ['owner', true],
    ['admin', true],
    ['coach', true],
    ['client', true],
    ['recruiter', false],
    [undefined, false],
  ])('isRole(%p) is %p', (value, expected) => {
    expect(isRole(value)).toBe(expected);
  });
});
