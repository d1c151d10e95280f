import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { ClientsModule } from '../clients/clients.module.js';
import { PlanResolver } from './plan.resolver.js';
import { PlanService } from './plan.service.js';

@Module({
  imports: [ClientsModule, NotificationsModule],
  providers: [PlanService, PlanResolver],
  exports: [PlanService],
})
export class PlansModule {}
