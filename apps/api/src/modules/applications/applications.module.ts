import { Module } from '@nestjs/common';
import { CaseloadModule } from '../caseload/caseload.module.js';
import { ApplicationResolver } from './application.resolver.js';
import { ApplicationService } from './application.service.js';
import { GhostingService } from './ghosting.service.js';

@Module({
  imports: [CaseloadModule],
  providers: [ApplicationService, ApplicationResolver, GhostingService],
  exports: [ApplicationService, GhostingService],
})
export class ApplicationsModule {}
