import { NestFactory } from '@nestjs/core';
import { withClient } from '@rebound/dev-postgres';
import { createTestDatabase, TestDatabase } from '@rebound/testing';
import { loadWorkerConfig } from '../../config/config.js';
import { WorkerModule } from '../../worker.module.js';
import { insertOrganization } from '../../../test/fixtures.js';
import { JobQueue } from '../jobs/job-queue.js';
import { AUDIT_RETENTION, AUDIT_RETENTION_CRON } from '../jobs/scheduled-jobs.js';

describe('audit log retention (the worker job)', () => {
  let database: TestDatabase;
  const orgIds: string[] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
    for (const slug of ['keeps', 'forgets']) {
      const org = await insertOrganization(database.ownerUrl, { name: slug, slug });
      orgIds.push(org.id);
      // Entries 10, 89 and 91 days old, written as the schema owner (the API cannot backdate one).
      await withClient(database.ownerUrl, async (db) => {
        await db.query('BEGIN');
        await db.query(`SELECT set_config('app.org_id', $1, true)`, [org.id]);
        await db.query(
          `INSERT INTO audit_log_entries (organization_id, actor_kind, actor_name, action, target_type, target_label, created_at)
           SELECT $1, 'system', 'System', 'member.role_changed', 'member', age || ' days', now() - make_interval(days => age)
             FROM unnest(ARRAY[10, 89, 91]) AS age`,
          [org.id],
        );
        await db.query('COMMIT');
      });
    }
  });
  afterAll(() => database.drop());

  const labels = () =>
    withClient(database.ownerUrl, async (db) => {
      const { rows } = await db.query(
        `SELECT o.slug, e.target_label FROM audit_log_entries e JOIN organizations o ON o.id = e.organization_id
          ORDER BY o.slug, e.created_at`,
      );
      return rows.map((row) => `${row.slug}:${row.target_label}`);
    });

  it('is scheduled daily and removes the entries older than AUDIT_RETENTION_DAYS, in every organization', async () => {
    const config = loadWorkerConfig({
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      DATABASE_APP_URL: database.appUrl,
      AUDIT_RETENTION_DAYS: '90',
    });
    const worker = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), {
      logger: false,
    });
    try {
      const schedules = await withClient(
        database.ownerUrl,
        async (db) =>
          (await db.query('SELECT name, cron FROM pgboss.schedule WHERE name = $1', [AUDIT_RETENTION])).rows,
      );
      expect(schedules).toEqual([{ name: AUDIT_RETENTION, cron: AUDIT_RETENTION_CRON }]);
      expect(await labels()).toHaveLength(6);
      await worker.get(JobQueue).boss.send(AUDIT_RETENTION, {});
      const deadline = Date.now() + 20_000;
      while ((await labels()).length !== 4 && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      expect(await labels()).toEqual([
        'forgets:89 days',
        'forgets:10 days',
        'keeps:89 days',
        'keeps:10 days',
      ]);
    } finally {
      await worker.close();
    }
  }, 40_000);

  it('defaults to 400 days and refuses fewer than 30', () => {
    const base = { DATABASE_APP_URL: 'postgres://x@127.0.0.1/x' };
    expect(loadWorkerConfig(base).AUDIT_RETENTION_DAYS).toBe(400);
    expect(() => loadWorkerConfig({ ...base, AUDIT_RETENTION_DAYS: '7' })).toThrow(/AUDIT_RETENTION_DAYS/);
  });
});
