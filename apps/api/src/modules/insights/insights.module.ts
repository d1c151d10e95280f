import { Module } from '@nestjs/common';
import { ClientsModule } from '../clients/clients.module.js';
import { ExercisesModule } from '../exercises/exercises.module.js';
import { PlansModule } from '../plans/plans.module.js';
import { RejectionsModule } from '../rejections/rejections.module.js';
import { AnalyticsResolver } from './analytics.resolver.js';
import { AnalyticsService } from './analytics.service.js';
import { CaseloadResolver } from './caseload.resolver.js';
import { ClientHistoryService } from './client-history.service.js';
import { InsightResolver } from './insight.resolver.js';
import { InsightService } from './insight.service.js';
import { TriageService } from './triage.service.js';

@Module({
  imports: [ClientsModule, ExercisesModule, PlansModule, RejectionsModule],
  providers: [
    ClientHistoryService,
    TriageService,
    InsightService,
    AnalyticsService,
    InsightResolver,
    CaseloadResolver,
    AnalyticsResolver,
  ],
  exports: [TriageService],
})
export class InsightsModule {}
