import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { ApplicationsModule } from '../applications/applications.module.js';
import { FeedbackRequestResolver } from './feedback-request.resolver.js';
import { FeedbackRequestService } from './feedback-request.service.js';
import { ApplicationRejectionResolver, RejectionResolver } from './rejection.resolver.js';
import { RejectionService } from './rejection.service.js';

@Module({
  imports: [ApplicationsModule, NotificationsModule],
  providers: [
    RejectionService,
    FeedbackRequestService,
    RejectionResolver,
    ApplicationRejectionResolver,
    FeedbackRequestResolver,
  ],
  exports: [RejectionService, FeedbackRequestService],
})
export class RejectionsModule {}
