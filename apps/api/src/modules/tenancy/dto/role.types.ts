import { INVITATION_STATES, MEMBERSHIP_STATUSES, ROLES } from '@rebound/domain';
import { registerDomainEnum } from '../../../common/domain-enum.js';

export const RoleEnum = registerDomainEnum('Role', ROLES);

export const MembershipStatusEnum = registerDomainEnum('MembershipStatus', MEMBERSHIP_STATUSES);

export const InvitationStatusEnum = registerDomainEnum('InvitationStatus', INVITATION_STATES);
