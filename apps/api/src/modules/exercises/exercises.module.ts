import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { ClientsModule } from '../clients/clients.module.js';
import { ExerciseAssignmentResolver, ExerciseTemplateResolver } from './exercise.resolver.js';
import { ExerciseService } from './exercise.service.js';

@Module({
  imports: [ClientsModule, NotificationsModule],
  providers: [ExerciseService, ExerciseTemplateResolver, ExerciseAssignmentResolver],
  exports: [ExerciseService],
})
export class ExercisesModule {}
