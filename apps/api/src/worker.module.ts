import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import type { ApiConfig, WorkerConfig } from './config/config.js';
import { ConfigModule } from './config/config.module.js';
import { ApplicationsModule } from './modules/applications/applications.module.js';
import { InsightsModule } from './modules/insights/insights.module.js';
import { AgencyModule } from './modules/agency/agency.module.js';
import { NotificationsModule } from './modules/notifications/notifications.module.js';
import { Clock, SystemClock } from './modules/jobs/clock.js';
import { JobQueue } from './modules/jobs/job-queue.js';
import { ScheduledJobs } from './modules/jobs/scheduled-jobs.js';
import { IdentityCleanupService } from './modules/identity/identity-cleanup.service.js';
import { AuditModule } from './modules/audit/audit.module.js';

/** The job worker: no HTTP, the same services, the same restricted database role. */
@Module({})
export class WorkerModule {
  static forRoot(config: WorkerConfig, clock: Clock = new SystemClock()): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        ConfigModule.forRoot(config as ApiConfig),
        LoggerModule.forRoot({ pinoHttp: { level: config.LOG_LEVEL } }),
        TypeOrmModule.forRoot({
          type: 'postgres',
          url: config.DATABASE_APP_URL,
          autoLoadEntities: true,
          synchronize: false,
          extra: {
            max: config.DATABASE_POOL_MAX,
            connectionTimeoutMillis: config.DATABASE_CONNECT_TIMEOUT_MS,
            application_name: 'rebound-worker',
          },
        }),
        AuditModule,
        ApplicationsModule,
        NotificationsModule,
        InsightsModule,
        AgencyModule,
      ],
      providers: [JobQueue, ScheduledJobs, IdentityCleanupService, { provide: Clock, useValue: clock }],
    };
  }
}
