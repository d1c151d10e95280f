import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { CaseloadModule } from '../caseload/caseload.module.js';
import { ExerciseAssignmentResolver, ExerciseTemplateResolver } from './exercise.resolver.js';
import { ExerciseService } from './exercise.service.js';

@Module({
  imports: [CaseloadModule, NotificationsModule],
  providers: [ExerciseService, ExerciseTemplateResolver, ExerciseAssignmentResolver],
  exports: [ExerciseService],
})
export class ExercisesModule {}
