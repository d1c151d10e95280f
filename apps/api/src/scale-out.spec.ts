import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { encode } from '@auth/core/jwt';
import { freePort, withClient } from '@rebound/dev-postgres';
import { createTestDatabase, StripeStandIn, type TestDatabase } from '@rebound/testing';
import {
  caseloadOrganization,
  CREATE_CLIENT,
  linkClientAccount,
  type CaseloadOrg,
} from '../test/caseload-fixture.js';
import { billingRow, postWebhook, stripeEnv } from '../test/billing-fixture.js';
import { asMember, insertOrganization, sessionTokenFor } from '../test/fixtures.js';
import { graphqlAt, TEST_AUTH_SECRET, TEST_SERVICE_KEY, type TestApi } from '../test/test-api.js';
import { JobQueue } from './modules/jobs/job-queue.js';
import { IMPORT_BATCH_ROWS } from './modules/agency/candidate-import.processor.js';
import { REMINDERS } from './modules/jobs/scheduled-jobs.js';

type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const ROOT = resolve(import.meta.dirname, '../../..');

/**
 * Rebound as it runs scaled out: two API processes and two workers on one PostgreSQL, as separate
 * operating-system processes started the way production starts them. Whatever one process does, the
 * others see; whatever both are asked to do, happens once.
 */
describe('two API processes and two workers on one database', () => {
  let database: TestDatabase;
  let standIn: StripeStandIn;
  const children: ChildProcess[] = [];
  let apis: TestApi[];
  let o: CaseloadOrg;
  let metricsPorts: { api: number; worker: number };

  function startProcess(entry: string, env: Record<string, string>): ChildProcess {
    const child = spawn(process.execPath, ['--import', '@swc-node/register/esm-register', entry], {
      cwd: ROOT,
      env: {
        ...process.env,
        NODE_OPTIONS: '',
        NODE_ENV: 'test',
        LOG_LEVEL: 'silent',
        DATABASE_APP_URL: database.appUrl,
        DATABASE_POOL_MAX: '4',
        ...env,
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    children.push(child);
    return child;
  }

  async function untilReady(url: string, child: ChildProcess): Promise<void> {
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      if (child.exitCode !== null) throw new Error(`${url}: the API exited with ${child.exitCode}`);
      const status = await fetch(`${url}/health/ready`).then(
        (response) => response.status,
        () => 0,
      );
      if (status === 200) return;
      await new Promise((done) => setTimeout(done, 200));
    }
    throw new Error(`${url} did not become ready`);
  }

  async function eventually<T>(probe: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 30_000) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = await probe();
      if (done(value) || Date.now() > deadline) return value;
      await new Promise((next) => setTimeout(next, 200));
    }
  }

  beforeAll(async () => {
    database = await createTestDatabase();
    standIn = await StripeStandIn.start();
    const ports = [await freePort(), await freePort()];
    metricsPorts = { api: await freePort(), worker: await freePort() };
    const apiEnv = {
      AUTH_SECRET: TEST_AUTH_SECRET,
      SERVICE_KEY: TEST_SERVICE_KEY,
      API_HOST: '127.0.0.1',
      ...stripeEnv(standIn),
    };
    const apiProcesses = ports.map((port, i) =>
      startProcess('apps/api/src/main.ts', {
        ...apiEnv,
        API_PORT: String(port),
        ...(i === 0 ? { METRICS_PORT: String(metricsPorts.api) } : {}),
      }),
    );
    startProcess('apps/api/src/worker.ts', { METRICS_PORT: String(metricsPorts.worker) });
    startProcess('apps/api/src/worker.ts', {});
    apis = ports.map((port) => {
      const url = `http://127.0.0.1:${port}`;
      return { url, database, graphql: graphqlAt(url) } as TestApi;
    });
    await Promise.all(apis.map((api, i) => untilReady(api.url, apiProcesses[i])));
    o = await caseloadOrganization(apis[0], 'scale');
  }, 120_000);

  afterAll(async () => {
    await Promise.all(
      children.map(
        (child) =>
          new Promise<void>((done) => {
            if (child.exitCode !== null || child.signalCode !== null) return done();
            child.once('exit', () => done());
            child.kill('SIGTERM');
          }),
      ),
    );
    await standIn?.close();
    await database?.drop();
  }, 30_000);

  it('honours on one API a session made on the other, and ends it on both at sign-out', async () => {
    const service = { 'x-rebound-service-key': TEST_SERVICE_KEY };
    const made = await apis[0].graphql<Data>(
      'mutation($userId: ID!) { createSession(userId: $userId) { session { sessionId user { id } } } }',
      { userId: o.org.userIds['coach@scale.test'] },
      service,
    );
    expect(made.errors).toBeUndefined();
    const session = made.data!.createSession.session;
    const token = await encode({
      token: { sub: session.user.id, sid: session.sessionId },
      secret: TEST_AUTH_SECRET,
      salt: 'authjs.session-token',
    });
    const CLIENTS = '{ clients(first: 1) { totalCount } }';
    for (const api of apis) {
      expect((await api.graphql(CLIENTS, {}, asMember(token, 'scale'))).errors).toBeUndefined();
    }
    expect((await apis[1].graphql<Data>('mutation { signOut }', {}, asMember(token))).data).toEqual({
      signOut: true,
    });
    for (const api of apis) {
      const after = await api.graphql(CLIENTS, {}, asMember(token, 'scale'));
      expect(after.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    }
  });

  it('applies a Stripe event delivered to both APIs at once exactly once', async () => {
    const started = await apis[0].graphql<Data>(
      'mutation($input: StartCheckoutInput!) { startCheckout(input: $input) { url } }',
      { input: { plan: 'PRACTICE' } },
      o.as.owner,
    );
    expect(started.errors).toBeUndefined();
    const sessionId = started.data!.startCheckout.url.split('/').at(-1)!;
    const subscription = standIn.completeCheckout(sessionId);
    const event = standIn.event('checkout.session.completed', {
      id: sessionId,
      object: 'checkout.session',
      customer: subscription.customer,
      subscription: subscription.id,
      client_reference_id: o.org.id,
    });
    const answers = await Promise.all(apis.map((api) => postWebhook(api.url, standIn, event)));
    expect(answers.map((answer) => answer.status)).toEqual([200, 200]);
    expect(answers.map((answer) => answer.body.outcome).sort()).toEqual(['duplicate', 'processed']);
    const eventId = (JSON.parse(event) as { id: string }).id;
    const logged = await withClient(
      database.ownerUrl,
      async (db) =>
        (await db.query('SELECT count(*)::int AS count FROM stripe_events WHERE id = $1', [eventId])).rows[0]
          .count,
    );
    expect(logged).toBe(1);
    expect(await billingRow(database.ownerUrl, o.org.id)).toMatchObject({
      stripe_subscription_id: subscription.id,
      plan: 'practice',
    });
  });

  it('runs each job once with two workers polling: a reminder job sent twice sends each reminder once', async () => {
    const clientId = (await apis[0].graphql<Data>(CREATE_CLIENT, { input: { name: 'Kit Due' } }, o.as.coach))
      .data!.createClient.id;
    await linkClientAccount(database.ownerUrl, o.org.id, clientId, o.memberIds.client);
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    const assigned = await apis[1].graphql(
      'mutation($input: AssignExerciseInput!) { assignExercise(input: $input) { id } }',
      { input: { templateId: 'builtin:reframe', clientIds: [clientId], dueOn: tomorrow } },
      o.as.coach,
    );
    expect(assigned.errors).toBeUndefined();

    const queue = new JobQueue({ DATABASE_APP_URL: database.appUrl });
    await queue.start();
    const jobIds = await Promise.all([queue.boss.send(REMINDERS, {}), queue.boss.send(REMINDERS, {})]);
    await queue.onModuleDestroy();

    const jobStates = () =>
      withClient(
        database.ownerUrl,
        async (db) =>
          (
            await db.query<{ state: string; retry_count: number }>(
              'SELECT state, retry_count FROM pgboss.job WHERE id = ANY($1::uuid[])',
              [jobIds],
            )
          ).rows,
      );
    const states = await eventually(jobStates, (rows) => rows.every((row) => row.state === 'completed'));
    expect(states).toEqual([
      { state: 'completed', retry_count: 0 },
      { state: 'completed', retry_count: 0 },
    ]);
    const reminders = await withClient(
      database.ownerUrl,
      async (db) =>
        (
          await db.query(
            `SELECT count(*)::int AS count FROM email_outbox WHERE to_address = 'client@scale.test' AND subject = 'An exercise is due tomorrow'`,
          )
        ).rows[0].count,
    );
    expect(reminders).toBe(1);
    // Both workers registered the same schedules: one row per schedule, so one job per tick.
    const schedules = await withClient(
      database.ownerUrl,
      async (db) =>
        (await db.query('SELECT name, count(*)::int AS count FROM pgboss.schedule GROUP BY name')).rows,
    );
    expect(schedules.length).toBeGreaterThan(0);
    expect(schedules.every((row: Data) => row.count === 1)).toBe(true);
  });

  it('imports a file of several batches once, whichever worker takes each step', async () => {
    const agency = await insertOrganization(database.ownerUrl, {
      name: 'Scale Staffing',
      slug: 'scale-agency',
      kind: 'staffing_agency',
      members: [{ email: 'owner@scale-agency.test', role: 'owner' }],
    });
    const owner = asMember(
      await sessionTokenFor(database.ownerUrl, agency.userIds['owner@scale-agency.test'], TEST_AUTH_SECRET),
      'scale-agency',
    );
    const rows = IMPORT_BATCH_ROWS * 3 + 17;
    const csv = [
      'name,email',
      ...Array.from({ length: rows }, (_, i) => `Candidate ${i},c${i}@scale.test`),
    ].join('\n');
    const FIELDS =
      'id status version mapping { name email } validRows processedRows createdCount skippedCount';
    const created = await apis[0].graphql<Data>(
      `mutation($input: CreateCandidateImportInput!) { createCandidateImport(input: $input) { ${FIELDS} } }`,
      { input: { fileName: 'scale.csv', csv, invite: false } },
      owner,
    );
    expect(created.errors).toBeUndefined();
    let current = created.data!.createCandidateImport;
    const importOf = async (api: TestApi) =>
      (
        await api.graphql<Data>(
          `query($id: ID!) { candidateImport(id: $id) { ${FIELDS} } }`,
          { id: current.id },
          owner,
        )
      ).data!.candidateImport;
    const mapped = await apis[1].graphql<Data>(
      `mutation($input: SetCandidateImportMappingInput!) { setCandidateImportMapping(input: $input) { ${FIELDS} } }`,
      { input: { id: current.id, version: current.version, mapping: current.mapping } },
      owner,
    );
    expect(mapped.errors).toBeUndefined();
    current = await eventually(
      () => importOf(apis[0]),
      (state) => state.status === 'VALIDATED',
    );
    expect(current).toMatchObject({ status: 'VALIDATED', validRows: rows });
    const started = await apis[0].graphql<Data>(
      `mutation($input: StartCandidateImportInput!) { startCandidateImport(input: $input) { ${FIELDS} } }`,
      { input: { id: current.id, version: current.version } },
      owner,
    );
    expect(started.errors).toBeUndefined();
    const done = await eventually(
      () => importOf(apis[1]),
      (state) => state.status === 'COMPLETED',
      60_000,
    );
    expect(done).toMatchObject({
      status: 'COMPLETED',
      processedRows: rows,
      createdCount: rows,
      skippedCount: 0,
    });
    const counts = await withClient(
      database.ownerUrl,
      async (db) =>
        (
          await db.query(
            'SELECT count(*)::int AS total, count(DISTINCT lower(email))::int AS distinct FROM clients WHERE organization_id = $1',
            [agency.id],
          )
        ).rows[0],
    );
    expect(counts).toEqual({ total: rows, distinct: rows });
  }, 90_000);

  it("serves each process's Prometheus metrics on a port of its own", async () => {
    await apis[0].graphql('query Ping { __typename }');
    const scrape = async (port: number) => (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
    const api = await scrape(metricsPorts.api);
    expect(api).toMatch(
      /rebound_graphql_request_duration_seconds_count\{operation="Ping",outcome="ok"\} 1\b/,
    );
    expect(api).toMatch(/rebound_db_pool_connections\{pool="rebound-api",state="total"\} \d/);
    const worker = await scrape(metricsPorts.worker);
    expect(worker).toMatch(/rebound_db_pool_connections\{pool="rebound-worker",state="total"\} \d/);
    expect(worker).toContain('rebound_job_queue_depth');
    // Which worker imported the batches above is up to the queue; each process reports its own share.
    expect(worker).toContain('# TYPE rebound_candidate_import_rows_total counter');
  });
});
