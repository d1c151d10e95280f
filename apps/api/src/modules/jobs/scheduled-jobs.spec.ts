import { NestFactory } from '@nestjs/core';
import type { INestApplicationContext } from '@nestjs/common';
import { withClient } from '@rebound/dev-postgres';
import { createTestDatabase, TestDatabase } from '@rebound/testing';
import { loadWorkerConfig } from '../../config/config.js';
import { WorkerModule } from '../../worker.module.js';
import { insertOrganization } from '../../../test/fixtures.js';
import { Clock } from './clock.js';
import { JobQueue } from './job-queue.js';
import { CANDIDATE_IMPORT_QUEUE, CANDIDATE_INVITATIONS_QUEUE, JOBS_SCHEMA } from './queue-names.js';
import {
  DAILY_DIGEST,
  DAILY_DIGEST_CRON,
  GHOSTING_CHECK,
  GHOSTING_CHECK_CRON,
  IDENTITY_CLEANUP,
  IDENTITY_CLEANUP_CRON,
  REMINDERS,
  REMINDERS_CRON,
  TRIAGE_REFRESH,
  TRIAGE_REFRESH_CRON,
} from './scheduled-jobs.js';

class FixedClock extends Clock {
  constructor(private readonly at: Date) {
    super();
  }
  now(): Date {
    return this.at;
  }
}

describe('the worker and its scheduled jobs', () => {
  let database: TestDatabase;
  let orgId: string;
  const config = () =>
    loadWorkerConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATABASE_APP_URL: database.appUrl });
  const clock = new FixedClock(new Date());

  beforeAll(async () => {
    database = await createTestDatabase();
    const org = await insertOrganization(database.ownerUrl, { name: 'Hotel Careers', slug: 'hotel' });
    orgId = org.id;
    await withClient(database.ownerUrl, async (db) => {
      await db.query('BEGIN');
      await db.query(`SELECT set_config('app.org_id', $1, true)`, [orgId]);
      await db.query(
        `INSERT INTO clients (organization_id, id, name) VALUES ($1, '11111111-1111-4111-8111-111111111111', 'Silent Sam')`,
        [orgId],
      );
      await db.query(
        `INSERT INTO applications (organization_id, id, client_id, company, role_title, source, applied_on, last_activity_at)
         SELECT $1, id::uuid, '11111111-1111-4111-8111-111111111111', company, 'Analyst', 'job_board', current_date - 40, now() - interval '40 days'
           FROM (VALUES ('22222222-2222-4222-8222-222222222222', 'First Silence'), ('33333333-3333-4333-8333-333333333333', 'Second Silence')) AS v(id, company)`,
        [orgId],
      );
      // The second one only goes silent later in the test.
      await db.query(`UPDATE applications SET last_activity_at = now() WHERE company = 'Second Silence'`);
      await db.query('COMMIT');
    });
  });
  afterAll(() => database.drop());

  const stageOf = (company: string) =>
    withClient(
      database.ownerUrl,
      async (db) =>
        (await db.query('SELECT stage FROM applications WHERE company = $1', [company])).rows[0].stage,
    );

  async function eventually(check: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (await check()) return;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    throw new Error('condition not met in time');
  }

  it('schedules the hourly ghosting check and runs it when the job comes, as the restricted role', async () => {
    const worker: INestApplicationContext = await NestFactory.createApplicationContext(
      WorkerModule.forRoot(config(), clock),
      { logger: false },
    );
    try {
      const schedules = await withClient(
        database.ownerUrl,
        async (db) => (await db.query('SELECT name, cron FROM pgboss.schedule')).rows,
      );
      expect(schedules).toEqual(
        expect.arrayContaining([
          { name: GHOSTING_CHECK, cron: GHOSTING_CHECK_CRON },
          { name: IDENTITY_CLEANUP, cron: IDENTITY_CLEANUP_CRON },
          { name: REMINDERS, cron: REMINDERS_CRON },
          { name: TRIAGE_REFRESH, cron: TRIAGE_REFRESH_CRON },
          { name: DAILY_DIGEST, cron: DAILY_DIGEST_CRON },
        ]),
      );
      await worker.get(JobQueue).boss.send(GHOSTING_CHECK, {});
      await eventually(async () => (await stageOf('First Silence')) === 'ghosted');
      expect(await stageOf('Second Silence')).toBe('applied');
    } finally {
      await worker.close();
    }
  }, 40_000);

  it('finds the queues the API sends to made by the migrations, under the names the jobs module uses', async () => {
    const queues = await withClient(
      database.ownerUrl,
      async (db) =>
        (
          await db.query<{ name: string }>(
            `SELECT name FROM ${JOBS_SCHEMA}.queue WHERE name = ANY($1) ORDER BY name`,
            [[CANDIDATE_IMPORT_QUEUE, CANDIDATE_INVITATIONS_QUEUE]],
          )
        ).rows,
    );
    expect(queues.map((queue) => queue.name)).toEqual([CANDIDATE_IMPORT_QUEUE, CANDIDATE_INVITATIONS_QUEUE]);
  });

  it('keeps a job sent while no worker runs, and the next worker does it', async () => {
    await withClient(database.ownerUrl, (db) =>
      db.query(
        `UPDATE applications SET last_activity_at = now() - interval '30 days' WHERE company = 'Second Silence'`,
      ),
    );
    const sender = new JobQueue({ DATABASE_APP_URL: database.appUrl });
    await sender.start();
    await sender.boss.send(GHOSTING_CHECK, {});
    await sender.onModuleDestroy();
    expect(await stageOf('Second Silence')).toBe('applied');

    const worker = await NestFactory.createApplicationContext(WorkerModule.forRoot(config(), clock), {
      logger: false,
    });
    try {
      await eventually(async () => (await stageOf('Second Silence')) === 'ghosted');
    } finally {
      await worker.close();
    }
  }, 40_000);

  it('computes the triage rows of the day after midnight, so the first caseload does not wait', async () => {
    const triageRows = () =>
      withClient(
        database.ownerUrl,
        async (db) =>
          (await db.query(`SELECT id, to_char(computed_on, 'YYYY-MM-DD') AS day FROM client_triage`)).rows,
      );
    await withClient(database.ownerUrl, (db) => db.query('DELETE FROM client_triage'));
    const worker = await NestFactory.createApplicationContext(WorkerModule.forRoot(config(), clock), {
      logger: false,
    });
    try {
      await worker.get(JobQueue).boss.send(TRIAGE_REFRESH, {});
      await eventually(async () => (await triageRows()).length === 1);
      expect(await triageRows()).toEqual([
        { id: '11111111-1111-4111-8111-111111111111', day: clock.now().toISOString().slice(0, 10) },
      ]);
    } finally {
      await worker.close();
    }
  }, 40_000);
});
