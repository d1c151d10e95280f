import { MANAGER_ROLES, type Role } from '../tenancy/role.js';

export const INVITATION_VALID_DAYS = 7;

/**
 * Who may invite whom: owners and admins bring in admins, coaches and clients; coaches bring in
 * clients. Ownership is handed over by changing a member's role, never by invitation.
 */
export function canInvite(inviter: Role, invitee: Role): boolean {
  if (invitee === 'owner') return false;
  if (MANAGER_ROLES.includes(inviter)) return true;
  return inviter === 'coach' && invitee === 'client';
}

export const INVITATION_STATES = ['pending', 'accepted', 'revoked', 'expired'] as const;
export type InvitationState = (typeof INVITATION_STATES)[number];

export function invitationState(
  invitation: { acceptedAt: Date | null; revokedAt: Date | null; expiresAt: Date },
  now: Date,
): InvitationState {
  if (invitation.acceptedAt) return 'accepted';
  if (invitation.revokedAt) return 'revoked';
  return invitation.expiresAt.getTime() <= now.getTime() ? 'expired' : 'pending';
}
