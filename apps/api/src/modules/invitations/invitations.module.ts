import { Module } from '@nestjs/common';
import { BillingModule } from '../billing/billing.module.js';
import { IdentityModule } from '../identity/identity.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { InvitationResolver } from './invitation.resolver.js';
import { InvitationService } from './invitation.service.js';

@Module({
  imports: [BillingModule, IdentityModule, NotificationsModule],
  providers: [InvitationService, InvitationResolver],
  exports: [InvitationService],
})
export class InvitationsModule {}
