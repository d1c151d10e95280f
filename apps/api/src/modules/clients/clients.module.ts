import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { BillingModule } from '../billing/billing.module.js';
import { ClientLifecycleResolver } from './client-lifecycle.resolver.js';
import { ClientLifecycleService } from './client-lifecycle.service.js';
import { ClientResolver } from './client.resolver.js';
import { ClientService } from './client.service.js';

@Module({
  imports: [BillingModule, NotificationsModule],
  providers: [ClientService, ClientResolver, ClientLifecycleService, ClientLifecycleResolver],
  exports: [ClientService],
})
export class ClientsModule {}
