import { Injectable } from '@nestjs/common';
import PgBoss from 'pg-boss';
import type { EntityManager } from 'typeorm';
import { JOBS_SCHEMA } from '../jobs/queue-names.js';
import { currentRequestId } from '../../observability/request-scope.js';

/**
 * Puts a job in the queue inside the caller's own transaction (the manager's): the job exists exactly
 * when the caller's writes do. Only pg-boss's SQL is used here; the worker process runs the jobs. A job
 * sent while serving a request carries its id (`requestId`), so the worker's log lines name it too.
 */
@Injectable()
export class JobSender {
  // Never started: it holds pg-boss's statements, and every one runs on the caller's connection.
  private readonly boss = new PgBoss({
    schema: JOBS_SCHEMA,
    migrate: false,
    connectionString: 'postgres://unused',
  });

  async send(
    manager: EntityManager,
    queue: string,
    data: object,
    options: PgBoss.SendOptions = {},
  ): Promise<void> {
    const requestId = currentRequestId();
    const id = await this.boss.send(queue, requestId ? { ...data, requestId } : data, {
      ...options,
      db: { executeSql: async (text, values) => ({ rows: await manager.query(text, values) }) },
    });
    if (!id && !options.singletonKey) throw new Error(`The job queue ${queue} does not exist`);
  }
}
