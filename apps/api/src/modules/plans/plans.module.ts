import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { CaseloadModule } from '../caseload/caseload.module.js';
import { PlanResolver } from './plan.resolver.js';
import { PlanService } from './plan.service.js';

@Module({
  imports: [CaseloadModule, NotificationsModule],
  providers: [PlanService, PlanResolver],
  exports: [PlanService],
})
export class PlansModule {}
