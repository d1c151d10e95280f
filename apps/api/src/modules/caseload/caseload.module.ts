import { Module } from '@nestjs/common';
import { BillingModule } from '../billing/billing.module.js';
import { ClientResolver } from './client.resolver.js';
import { ClientService } from './client.service.js';

@Module({
  imports: [BillingModule],
  providers: [ClientService, ClientResolver],
  exports: [ClientService],
})
export class CaseloadModule {}
