import { MiddlewareConsumer, Module, RequestMethod, type NestModule } from '@nestjs/common';
import { RequestContextModule } from '../../common/request-context.module.js';
import { CandidateImportUploadController } from './candidate-import-upload.controller.js';
import { CandidateImportUploadMiddleware } from './candidate-import-upload.middleware.js';
import { ApplicationsModule } from '../applications/applications.module.js';
import { BillingModule } from '../billing/billing.module.js';
import { RejectionsModule } from '../rejections/rejections.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { InvitationsModule } from '../invitations/invitations.module.js';
import { CandidateImportProcessor } from './candidate-import.processor.js';
import { CandidateImportResolver } from './candidate-import.resolver.js';
import { CandidateImportService } from './candidate-import.service.js';
import { CandidateInvitationProcessor } from './candidate-invitation.processor.js';
import { EmployerResolver } from './employer.resolver.js';
import { EmployerService } from './employer.service.js';
import { JobSender } from './job-sender.js';
import { SubmissionResolver } from './submission.resolver.js';
import { SubmissionService } from './submission.service.js';
import { OnboardingResolver } from './onboarding.resolver.js';
import { AgencyDashboardService } from './agency-dashboard.service.js';
import { CandidateService } from './candidate.service.js';
import { MyOnboardingService } from './my-onboarding.service.js';

@Module({
  imports: [
    RequestContextModule,
    ApplicationsModule,
    BillingModule,
    InvitationsModule,
    NotificationsModule,
    RejectionsModule,
  ],
  providers: [
    JobSender,
    CandidateImportService,
    CandidateImportProcessor,
    CandidateInvitationProcessor,
    CandidateService,
    MyOnboardingService,
    AgencyDashboardService,
    EmployerService,
    SubmissionService,
    EmployerResolver,
    SubmissionResolver,
    CandidateImportResolver,
    OnboardingResolver,
  ],
  controllers: [CandidateImportUploadController],
  exports: [CandidateImportProcessor, CandidateInvitationProcessor],
})
export class AgencyModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer
      .apply(CandidateImportUploadMiddleware)
      .forRoutes({ path: 'candidate-imports', method: RequestMethod.POST });
  }
}
