import { registerEnumType } from '@nestjs/graphql';
import type { InvitationState, MembershipStatus, Role } from '@rebound/domain';

export const RoleEnum = {
  OWNER: 'owner',
  ADMIN: 'admin',
  COACH: 'coach',
  CLIENT: 'client',
} as const satisfies Record<string, Role>;
registerEnumType(RoleEnum, { name: 'Role' });

export const MembershipStatusEnum = {
  ACTIVE: 'active',
  DISABLED: 'disabled',
} as const satisfies Record<string, MembershipStatus>;
registerEnumType(MembershipStatusEnum, { name: 'MembershipStatus' });

export const InvitationStatusEnum = {
  PENDING: 'pending',
  ACCEPTED: 'accepted',
  REVOKED: 'revoked',
  EXPIRED: 'expired',
} as const satisfies Record<string, InvitationState>;
registerEnumType(InvitationStatusEnum, { name: 'InvitationStatus' });
