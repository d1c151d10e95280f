import { ApplicationsModule } from './modules/applications/applications.module.js';
import { AuditModule } from './modules/audit/audit.module.js';
import { BillingModule } from './modules/billing/billing.module.js';
import { ClientsModule } from './modules/clients/clients.module.js';
import { ExercisesModule } from './modules/exercises/exercises.module.js';
import { IdentityModule } from './modules/identity/identity.module.js';
import { InboundEmailModule } from './modules/inbound-email/inbound-email.module.js';
import { InsightsModule } from './modules/insights/insights.module.js';
import { NotificationsModule } from './modules/notifications/notifications.module.js';
import { AgencyModule } from './modules/agency/agency.module.js';
import { PlansModule } from './modules/plans/plans.module.js';
import { PrivacyModule } from './modules/privacy/privacy.module.js';
import { RejectionsModule } from './modules/rejections/rejections.module.js';
import { InvitationsModule } from './modules/invitations/invitations.module.js';
import { TenancyModule } from './modules/tenancy/tenancy.module.js';

/**
 * The API's bounded contexts. The app module serves them, and the schema is printed from the resolvers
 * they provide (`schema-resolvers.ts`): a resolver is registered once, in its own module.
 */
export const FEATURE_MODULES = [
  AuditModule,
  TenancyModule,
  IdentityModule,
  InvitationsModule,
  NotificationsModule,
  ClientsModule,
  ApplicationsModule,
  RejectionsModule,
  ExercisesModule,
  PlansModule,
  InsightsModule,
  AgencyModule,
  BillingModule,
  PrivacyModule,
  InboundEmailModule,
];
