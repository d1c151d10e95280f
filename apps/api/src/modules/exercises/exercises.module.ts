import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { ClientsModule } from '../clients/clients.module.js';
import { ExerciseAssignmentResolver, ExerciseTemplateResolver } from './exercise.resolver.js';
import { ExerciseAssignmentService } from './exercise-assignment.service.js';
import { ExerciseTemplateService } from './exercise-template.service.js';

@Module({
  imports: [ClientsModule, NotificationsModule],
  providers: [
    ExerciseTemplateService,
    ExerciseAssignmentService,
    ExerciseTemplateResolver,
    ExerciseAssignmentResolver,
  ],
  exports: [ExerciseTemplateService, ExerciseAssignmentService],
})
export class ExercisesModule {}
