import { AccountResolver } from './modules/identity/account.resolver.js';
import { AuthAdapterResolver } from './modules/identity/auth-adapter.resolver.js';
import { ViewerResolver } from './modules/identity/viewer.resolver.js';
import { OutboxResolver } from './modules/notifications/outbox.resolver.js';
import { InvitationResolver } from './modules/tenancy/invitation.resolver.js';
import { MemberResolver } from './modules/tenancy/member.resolver.js';
import { OrganizationResolver } from './modules/tenancy/organization.resolver.js';

/** Every resolver class, for printing the schema without booting the API (the contract test catches a gap). */
export const SCHEMA_RESOLVERS = [
  AccountResolver,
  AuthAdapterResolver,
  InvitationResolver,
  MemberResolver,
  OrganizationResolver,
  OutboxResolver,
  ViewerResolver,
] as const;
