import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import PgBoss from 'pg-boss';
import { API_CONFIG, type ApiConfig } from '../../config/config.js';
import { JOBS_SCHEMA } from './queue-names.js';

/**
 * pg-boss on the application's own database role. Jobs are rows: any number of workers can claim them
 * safely, and a job sent while no worker runs waits for the next one.
 */
@Injectable()
export class JobQueue implements OnModuleDestroy {
  readonly boss: PgBoss;
  private started: Promise<PgBoss> | null = null;
  private readonly logger = new Logger(JobQueue.name);

  constructor(@Inject(API_CONFIG) config: Pick<ApiConfig, 'DATABASE_APP_URL'>) {
    this.boss = new PgBoss({
      connectionString: config.DATABASE_APP_URL,
      schema: JOBS_SCHEMA,
      migrate: false,
      max: 4,
      application_name: 'rebound-jobs',
    });
    // pg-boss re-emits its pool's errors (a connection dropped while PostgreSQL restarts); an 'error'
    // event nobody listens to would end the process. Its polling resumes once the database is back.
    this.boss.on('error', (error) => this.logger.warn(`job queue: ${error.message}`));
  }

  start(): Promise<PgBoss> {
    this.started ??= this.boss.start();
    return this.started;
  }

  async onModuleDestroy(): Promise<void> {
    if (this.started) await this.boss.stop({ graceful: true, wait: true, timeout: 10_000 });
  }
}
