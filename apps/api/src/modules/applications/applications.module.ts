import { Module } from '@nestjs/common';
import { ClientsModule } from '../clients/clients.module.js';
import { ApplicationResolver } from './application.resolver.js';
import { ApplicationService } from './application.service.js';
import { GhostingService } from './ghosting.service.js';

@Module({
  imports: [ClientsModule],
  providers: [ApplicationService, ApplicationResolver, GhostingService],
  exports: [ApplicationService, GhostingService],
})
export class ApplicationsModule {}
