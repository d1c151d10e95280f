import { Module } from '@nestjs/common';
import { ClientResolver } from './client.resolver.js';
import { ClientService } from './client.service.js';

@Module({
  providers: [ClientService, ClientResolver],
  exports: [ClientService],
})
export class CaseloadModule {}
