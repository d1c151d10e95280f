import { canInvite, invitationState } from './invitation-rules.js';
import type { Role } from '../tenancy/role.js';

describe('canInvite', () => {
  it.each<[Role, Role, boolean]>([
    ['owner', 'admin', true],
    ['owner', 'coach', true],
    ['owner', 'client', true],
    ['owner', 'owner', false],
    ['admin', 'admin', true],
    ['admin', 'coach', true],
    ['admin', 'client', true],
    ['admin', 'owner', false],
    ['coach', 'client', true],
    ['coach', 'coach', false],
    ['coach', 'admin', false],
    ['client', 'client', false],
    ['client', 'coach', false],
  ])('%s inviting %s → %s', (inviter, invitee, allowed) => {
    expect(canInvite(inviter, invitee)).toBe(allowed);
  });
});

describe('invitationState', () => {
  const now = new Date('2026-11-25T12:00:00Z');
  const later = new Date('2026-11-26T12:00:00Z');
  it.each([
    [{ acceptedAt: null, revokedAt: null, expiresAt: later }, 'pending'],
    [{ acceptedAt: null, revokedAt: null, expiresAt: now }, 'expired'],
    [{ acceptedAt: now, revokedAt: null, expiresAt: now }, 'accepted'],
    [{ acceptedAt: null, revokedAt: now, expiresAt: later }, 'revoked'],
  ])('%p → %s', (invitation, state) => {
    expect(invitationState(invitation, now)).toBe(state);
  });
});
