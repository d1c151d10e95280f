import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { ApplicationsModule } from '../applications/applications.module.js';
import { ExercisesModule } from '../exercises/exercises.module.js';
import { PlansModule } from '../plans/plans.module.js';
import { FeedbackRequestResolver } from './feedback-request.resolver.js';
import { FeedbackRequestService } from './feedback-request.service.js';
import { ApplicationRejectionResolver, RejectionResolver } from './rejection.resolver.js';
import { RejectionFromEmailResolver, RejectionNextStepResolver } from './rejection-from-email.resolver.js';
import { RejectionFromEmailService } from './rejection-from-email.service.js';
import { RejectionService } from './rejection.service.js';

@Module({
  imports: [ApplicationsModule, ExercisesModule, NotificationsModule, PlansModule],
  providers: [
    RejectionService,
    FeedbackRequestService,
    RejectionResolver,
    ApplicationRejectionResolver,
    FeedbackRequestResolver,
    RejectionFromEmailService,
    RejectionFromEmailResolver,
    RejectionNextStepResolver,
  ],
  exports: [RejectionService, FeedbackRequestService],
})
export class RejectionsModule {}
