import { describe, expect, it } from '@jest/globals';
import { assignableRoles, canChangeStatus, invitableRoles } from './roles';

describe('invitableRoles', () => {
  it.each([
    ['OWNER', ['ADMIN', 'COACH', 'CLIENT']],
    ['ADMIN', ['ADMIN', 'COACH', 'CLIENT']],
    ['COACH', ['CLIENT']],
    ['CLIENT', []],
  ] as const)('%s may invite %j', (role, roles) => {
    expect(invitableRoles(role)).toEqual(roles);
  });
});

describe('assignableRoles', () => {
  it.each([
    ['OWNER', 'CLIENT', ['OWNER', 'ADMIN', 'COACH', 'CLIENT']],
    ['OWNER', 'OWNER', ['OWNER', 'ADMIN', 'COACH', 'CLIENT']],
    ['ADMIN', 'COACH', ['ADMIN', 'COACH', 'CLIENT']],
    ['ADMIN', 'OWNER', []],
    ['COACH', 'CLIENT', []],
  ] as const)('%s changing a %s may choose %j', (viewer, member, roles) => {
    expect(assignableRoles(viewer, member)).toEqual(roles);
  });
});

describe('canChangeStatus', () => {
  it.each([
    ['OWNER', 'OWNER', false, true],
    ['OWNER', 'CLIENT', false, true],
    ['OWNER', 'OWNER', true, false],
    ['ADMIN', 'COACH', false, true],
    ['ADMIN', 'OWNER', false, false],
    ['ADMIN', 'ADMIN', true, false],
    ['COACH', 'CLIENT', false, false],
  ] as const)('%s on a %s (themselves: %s) → %s', (viewer, role, isViewer, allowed) => {
    expect(canChangeStatus(viewer, { role, isViewer })).toBe(allowed);
  });
});
