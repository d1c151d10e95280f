import { randomUUID } from 'node:crypto';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplication, INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DataSource, type QueryRunner } from 'typeorm';
import {
  APP_ROLE,
  ensureDatabase,
  freePort,
  provisionAppRole,
  roleUrl,
  startEmbeddedPostgres,
  withClient,
  type RunningPostgres,
} from '@rebound/dev-postgres';
import { createApiApp } from '../app.factory.js';
import { loadConfig, loadWorkerConfig } from '../config/config.js';
import { WorkerModule } from '../worker.module.js';
import { JobQueue } from '../modules/jobs/job-queue.js';
import { GHOSTING_CHECK } from '../modules/jobs/scheduled-jobs.js';
import { asMember, insertOrganization, sessionTokenFor } from '../../test/fixtures.js';
import { TEST_AUTH_SECRET, TEST_SERVICE_KEY } from '../../test/test-api.js';
import { runMigrations } from './migrate.js';

/**
 * PostgreSQL goes away and comes back while the API and the worker run: requests get a coded 503 at
 * once instead of a hang or a 500, readiness says so, nothing exits, and everything recovers by itself.
 * This file runs a cluster of its own, since it stops it.
 */
describe('a database outage', () => {
  const CONNECT_TIMEOUT_MS = 1_000;
  let folder: string;
  let port: number;
  let postgres: RunningPostgres;
  let ownerUrl: string;
  let api: INestApplication;
  let apiUrl: string;
  let worker: INestApplicationContext;
  let headers: Record<string, string>;
  const exits: number[] = [];
  const recordExit = (code: number) => exits.push(code);

  const startPostgres = async () => {
    postgres = await startEmbeddedPostgres({ dataDir: join(folder, 'cluster'), port, persistent: true });
  };

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'rebound-outage-'));
    await chmod(folder, 0o755); // PostgreSQL runs as the `postgres` system user when we are root
    port = await freePort();
    await startPostgres();
    ownerUrl = await ensureDatabase(postgres.adminUrl, 'rebound_outage');
    await runMigrations(ownerUrl);
    const password = randomUUID();
    await provisionAppRole(ownerUrl, password);
    const appUrl = roleUrl(ownerUrl, APP_ROLE, password);

    const org = await insertOrganization(ownerUrl, {
      name: 'Outage Careers',
      slug: 'outage',
      members: [{ email: 'owner@outage.test', role: 'owner' }],
    });
    await withClient(ownerUrl, async (db) => {
      await db.query('BEGIN');
      await db.query(`SELECT set_config('app.org_id', $1, true)`, [org.id]);
      await db.query(
        `INSERT INTO clients (organization_id, id, name) VALUES ($1, '11111111-1111-4111-8111-111111111111', 'Quiet Quinn')`,
        [org.id],
      );
      await db.query(
        `INSERT INTO applications (organization_id, client_id, company, role_title, source, applied_on, last_activity_at)
         VALUES ($1, '11111111-1111-4111-8111-111111111111', 'Silent Ltd', 'Analyst', 'job_board', current_date - 40, now() - interval '40 days')`,
        [org.id],
      );
      await db.query('COMMIT');
    });
    headers = asMember(
      await sessionTokenFor(ownerUrl, org.userIds['owner@outage.test'], TEST_AUTH_SECRET),
      'outage',
    );

    const env = {
      NODE_ENV: 'test',
      DATABASE_APP_URL: appUrl,
      DATABASE_POOL_MAX: '2',
      DATABASE_CONNECT_TIMEOUT_MS: String(CONNECT_TIMEOUT_MS),
      LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    };
    api = await createApiApp(
      loadConfig({ ...env, AUTH_SECRET: TEST_AUTH_SECRET, SERVICE_KEY: TEST_SERVICE_KEY }),
    );
    await api.listen(0, '127.0.0.1');
    apiUrl = (await api.getUrl()).replace('[::1]', '127.0.0.1');
    worker = await NestFactory.createApplicationContext(WorkerModule.forRoot(loadWorkerConfig(env)), {
      logger: false,
    });
    // An unhandled 'error' event or rejection would end the process: Jest would report it as a crash.
    process.on('exit', recordExit);
  }, 120_000);

  afterAll(async () => {
    process.off('exit', recordExit);
    await worker?.close();
    await api?.close();
    await postgres?.stop();
    await rm(folder, { recursive: true, force: true });
  });

  const createClient = async (id: string) => {
    const started = Date.now();
    const response = await fetch(`${apiUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({
        query: 'mutation ($input: CreateClientInput!) { createClient(input: $input) { id } }',
        variables: { input: { id, name: `Client ${id.slice(0, 8)}` } },
      }),
    });
    const body = (await response.json()) as {
      data?: { createClient: { id: string } } | null;
      errors?: { extensions?: { code?: string } }[];
    };
    return {
      id,
      status: response.status,
      code: body.errors?.[0]?.extensions?.code ?? null,
      saved: body.data?.createClient.id === id,
      retryAfter: response.headers.get('retry-after'),
      ms: Date.now() - started,
    };
  };

  const health = async (path: string) => (await fetch(`${apiUrl}${path}`)).status;

  const storedClientIds = () =>
    withClient(
      ownerUrl,
      async (db) => new Set((await db.query<{ id: string }>('SELECT id FROM clients')).rows.map((r) => r.id)),
    );

  const stageOf = (company: string) =>
    withClient(
      ownerUrl,
      async (db) =>
        (await db.query<{ stage: string }>('SELECT stage FROM applications WHERE company = $1', [company]))
          .rows[0].stage,
    );

  async function eventually<T>(probe: () => Promise<T>, done: (value: T) => boolean, timeoutMs: number) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = await probe();
      if (done(value) || Date.now() > deadline) return value;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  it('answers 503 quickly while PostgreSQL is down, recovers within 5 s of its return, and loses no committed write or job', async () => {
    expect((await createClient(randomUUID())).status).toBe(200);
    expect(await health('/health/ready')).toBe(200);

    // Traffic throughout: a mutation every 50 ms.
    const results: Awaited<ReturnType<typeof createClient>>[] = [];
    let trafficOn = true;
    const traffic = (async () => {
      while (trafficOn) {
        results.push(await createClient(randomUUID()));
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    })();

    // A job waiting in the queue, due while the database is away.
    await worker.get(JobQueue).boss.send(GHOSTING_CHECK, {}, { startAfter: 3 });
    await postgres.stop();
    const stopped = Date.now();

    const during = await eventually(
      () => createClient(randomUUID()),
      (result) => result.code === 'SERVICE_UNAVAILABLE',
      5_000,
    );
    expect(during).toMatchObject({ status: 503, code: 'SERVICE_UNAVAILABLE', saved: false, retryAfter: '5' });
    expect(during.ms).toBeLessThan(CONNECT_TIMEOUT_MS + 1_000);
    expect(await health('/health/ready')).toBe(503);
    expect(await health('/health/live')).toBe(200);
    // Let the worker's polling and the API's traffic meet the dead database for a while, past the job's time.
    await eventually(
      async () => Date.now() - stopped,
      (elapsed) => elapsed >= 5_000,
      10_000,
    );

    await startPostgres();
    const back = Date.now();
    const recovered = await eventually(
      () => createClient(randomUUID()),
      (result) => result.status === 200,
      10_000,
    );
    expect(recovered.saved).toBe(true);
    expect(Date.now() - back).toBeLessThan(5_000);
    expect(await health('/health/ready')).toBe(200);

    trafficOn = false;
    await traffic;
    // Every request either succeeded or answered the coded 503: never a 500, never a hang.
    const outcomes = new Set(results.map((result) => `${result.status} ${result.code}`));
    expect([...outcomes].every((outcome) => ['200 null', '503 SERVICE_UNAVAILABLE'].includes(outcome))).toBe(
      true,
    );
    expect(outcomes).toContain('503 SERVICE_UNAVAILABLE');
    expect(Math.max(...results.map((result) => result.ms))).toBeLessThan(CONNECT_TIMEOUT_MS + 2_000);
    const stored = await storedClientIds();
    const acknowledged = results.filter((result) => result.saved).map((result) => result.id);
    expect(acknowledged.length).toBeGreaterThan(0);
    expect(acknowledged.filter((id) => !stored.has(id))).toEqual([]);

    // The worker is still there: the job that fell due during the outage runs now.
    expect(
      await eventually(
        () => stageOf('Silent Ltd'),
        (stage) => stage === 'ghosted',
        60_000,
      ),
    ).toBe('ghosted');
    expect(exits).toEqual([]);
  }, 120_000);

  it('answers 503 when every connection of the pool is taken, and serves again once one is free', async () => {
    const dataSource = api.get(DataSource);
    const held: QueryRunner[] = [];
    for (let i = 0; i < 2; i += 1) {
      const runner = dataSource.createQueryRunner();
      await runner.connect();
      held.push(runner);
    }
    try {
      const blocked = await createClient(randomUUID());
      expect(blocked).toMatchObject({ status: 503, code: 'SERVICE_UNAVAILABLE', saved: false });
      expect(blocked.ms).toBeLessThan(CONNECT_TIMEOUT_MS + 1_000);
    } finally {
      await Promise.all(held.map((runner) => runner.release()));
    }
    expect(await createClient(randomUUID())).toMatchObject({ status: 200, saved: true });
  }, 30_000);
});
