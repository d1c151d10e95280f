/**
 * `npm run bench:insights`: the caseload and analytics figures of issue 6 on this machine.
 *
 * Plants a tenant with 5,000 clients, 200,000 applications and ~80,000 rejections beside 20 smaller
 * tenants (one of them with 10 clients) in a throwaway embedded PostgreSQL, then:
 *  1. serves the real API (one process per core, with `npm start`'s Node arguments) and loads `caseload(first: 50)` and
 *     `organizationAnalytics` (default range, 90 days) with 20 concurrent connections (autocannon);
 *  2. loads a bare node:http + pg baseline (as many processes) that fetches the same caseload page with
 *     hand-written SQL;
 *  3. counts the SQL statements of one caseload request at 10 and at 5,000 clients and sums the server-side
 *     time of the big one's statements (PostgreSQL's own durations, from its log).
 * Targets: caseload p95 < 100 ms, organizationAnalytics p95 < 300 ms; for the owner's and a coach's caseload,
 * throughput ≥ 0.5× the baseline's and p95 ≤ 2× the baseline's; the first caseload of a day < 1 s.
 * `--check` exits 1 when a ratio or the first-of-the-day target is missed.
 */
import { mkdtemp, chmod, rm } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import autocannon from 'autocannon';
import { ensureDatabase, provisionAppRole, startEmbeddedPostgres, withClient } from '@rebound/dev-postgres';
import { runMigrations } from '@rebound/api/database';
import { startChild, stopChild, waitUntilServing } from '../src/process-group.js';
import { productCommands } from '../src/product-commands.js';
import { generateTenant, type GeneratedTenant } from './generate-tenants.js';
import { cpuMsOf } from './process-cpu.js';

const API_PROCESSES = availableParallelism();
const CHECK = process.argv.includes('--check');
const DURATION_SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
/** Unmeasured load before each measured run, for the API and the baseline alike: V8 optimises hot code first. */
const WARM_UP_SECONDS = 3;
const CONNECTIONS = 20;
const API_PORT = 3901;
const BASELINE_PORT = 3902;
const DATABASE = 'rebound_bench';
/** What the command lines of the API's processes and of the baseline's contain. */
const API_PROCESS = 'apps/api/src/main.ts';
const BASELINE_PROCESS = 'tools/bench/baseline-server.ts';
const AUTH_SECRET = randomBytes(32).toString('base64url');
const SERVICE_KEY = randomBytes(32).toString('base64url');

const CASELOAD = `{ caseload(first: 50) { totalCount edges { node { id attentionScore insightCount
  attentionReasons { kind points sentence } client { id name email status }
  lastRejection { id rejectedOn stageReached } counts { applications openApplications rejections overdueExercises
  submissionsToReview openPlanItems pendingFeedbackRequests } } } } }`;
const ANALYTICS = `{ organizationAnalytics { applications rejections stageReasonMatrix { stage reason count }
  funnelByCoach { coachName steps { step count conversion } } replyRateByStage { label requested answered rate }
  replyRateByEmployer { label requested answered rate } } }`;

const log = (line: string) => console.log(`[bench] ${line}`);

async function sessionHeaders(
  ownerUrl: string,
  tenant: GeneratedTenant,
  userId = tenant.ownerUserId,
): Promise<Record<string, string>> {
  const { encode } = await import('@auth/core/jwt');
  const sessionId = await withClient(ownerUrl, async (client) => {
    const { rows } = await client.query<{ id: string }>(
      `INSERT INTO sessions (user_id, expires_at) VALUES ($1, now() + interval '1 day') RETURNING id`,
      [userId],
    );
    return rows[0].id;
  });
  const token = await encode({
    token: { sub: userId, sid: sessionId },
    secret: AUTH_SECRET,
    salt: 'authjs.session-token',
  });
  return {
    authorization: `Bearer ${token}`,
    'x-rebound-org': tenant.slug,
    'content-type': 'application/json',
  };
}

interface LoggedStatement {
  ms: number;
  phase: string;
  text: string;
}

interface Load {
  /** CPU time per request of the server's processes and of PostgreSQL's backends (null off Linux). */
  cpuMs: { server: number; database: number } | null;
  requestsPerSecond: number;
  p50: number;
  p95: number;
  errors: number;
}

type LoadOptions = { method?: 'POST' | 'GET'; headers?: Record<string, string>; body?: string };

/**
 * Runs autocannon after an unmeasured warm-up and takes percentiles from every response's own time
 * (autocannon reports p97.5, not p95).
 */
async function load(url: string, options: LoadOptions, serverProcess: string): Promise<Load> {
  await run(url, options, WARM_UP_SECONDS);
  const cpu = () => [cpuMsOf(serverProcess), cpuMsOf(DATABASE)];
  const [serverBefore, databaseBefore] = cpu();
  const result = await run(url, options, DURATION_SECONDS);
  const [serverAfter, databaseAfter] = cpu();
  const requests = result.requestsPerSecond * DURATION_SECONDS;
  const perRequest = (before: number | null, after: number | null) =>
    before === null || after === null || !requests
      ? null
      : Math.round(((after - before) / requests) * 100) / 100;
  const server = perRequest(serverBefore, serverAfter);
  const database = perRequest(databaseBefore, databaseAfter);
  return { ...result, cpuMs: server === null || database === null ? null : { server, database } };
}

function run(url: string, options: LoadOptions, seconds: number): Promise<Omit<Load, 'cpuMs'>> {
  const times: number[] = [];
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      { url, connections: CONNECTIONS, duration: seconds, ...options },
      (error, result) => {
        if (error) return reject(error);
        times.sort((a, b) => a - b);
        const percentile = (p: number) =>
          Math.round(times[Math.min(times.length - 1, Math.floor(p * times.length))] * 10) / 10;
        resolve({
          requestsPerSecond: result.requests.total / seconds,
          p50: percentile(0.5),
          p95: percentile(0.95),
          errors: result.errors + result.non2xx + result.timeouts,
        });
      },
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => times.push(responseTime));
  });
}

async function graphql(headers: Record<string, string>, query: string): Promise<Record<string, unknown>> {
  const response = await fetch(`http://127.0.0.1:${API_PORT}/graphql`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
  if (body.errors) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
  return body.data!;
}

async function main(): Promise<void> {
  const parent = await mkdtemp(join(tmpdir(), 'rebound-bench-'));
  await chmod(parent, 0o755);
  let durationSink: ((entry: LoggedStatement) => void) | null = null;
  const server = await startEmbeddedPostgres({
    dataDir: join(parent, 'cluster'),
    persistent: false,
    onLog: (chunk) => {
      for (const match of String(chunk).matchAll(
        /duration: ([\d.]+) ms\s+(parse|bind|execute|statement)[^:]*: ([^\n]*)/g,
      )) {
        durationSink?.({ ms: Number(match[1]), phase: match[2], text: match[3] });
      }
    },
  });
  const children: Parameters<typeof stopChild>[0][] = [];
  try {
    const ownerUrl = await ensureDatabase(server.adminUrl, DATABASE);
    await runMigrations(ownerUrl);
    const appUrl = await provisionAppRole(ownerUrl, randomBytes(18).toString('base64url'));

    let started = Date.now();
    const big = await generateTenant(ownerUrl, {
      slug: 'big',
      clients: 5000,
      applicationsPerClient: 40,
      coaches: 25,
    });
    const tiny = await generateTenant(ownerUrl, {
      slug: 'tiny',
      clients: 10,
      applicationsPerClient: 40,
      coaches: 1,
    });
    for (let i = 1; i <= 19; i++) {
      await generateTenant(ownerUrl, {
        slug: `small-${i}`,
        clients: 100,
        applicationsPerClient: 40,
        coaches: 2,
      });
    }
    // Autovacuum keeps a live database vacuumed; a freshly loaded one is not yet.
    await withClient(ownerUrl, (client) => client.query('VACUUM ANALYZE'));
    const figures = await withClient(ownerUrl, async (client) => {
      const { rows } = await client.query(
        `SELECT (SELECT count(*) FROM clients WHERE organization_id = $1)::int AS clients,
                (SELECT count(*) FROM applications WHERE organization_id = $1)::int AS applications,
                (SELECT count(*) FROM rejections WHERE organization_id = $1)::int AS rejections,
                (SELECT count(*) FROM organizations)::int AS tenants,
                (SELECT count(*) FROM applications)::int AS all_applications`,
        [big.orgId],
      );
      return rows[0];
    });
    log(`Planted in ${((Date.now() - started) / 1000).toFixed(1)} s: ${JSON.stringify(figures)}`);

    const env = {
      ...process.env,
      NODE_ENV: 'production',
      API_HOST: '127.0.0.1',
      API_PORT: String(API_PORT),
      DATABASE_APP_URL: appUrl,
      LOG_LEVEL: 'warn',
      // As in production: one API process per core.
      API_PROCESSES: String(API_PROCESSES),
      AUTH_SECRET,
      SERVICE_KEY,
    };
    const profileArgs = process.env.BENCH_PROFILE_DIR
      ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE_DIR}`]
      : [];
    const api = startChild('api', process.execPath, [...profileArgs, ...productCommands('development').api], {
      env,
    });
    children.push(api);
    await waitUntilServing(`http://127.0.0.1:${API_PORT}/health`, api);
    const headers = await sessionHeaders(ownerUrl, big);

    started = Date.now();
    const first = await graphql(headers, CASELOAD);
    const coldMs = Date.now() - started;
    const total = (first.caseload as { totalCount: number }).totalCount;
    log(`First caseload request ever (computes ${total} triage scores): ${coldMs} ms`);
    // The next morning, before (or without) the worker's midnight pass: every row is from yesterday.
    await withClient(ownerUrl, async (client) => {
      await client.query('BEGIN');
      await client.query(`SELECT set_config('app.org_id', $1, true)`, [big.orgId]);
      await client.query(`UPDATE client_triage SET computed_on = computed_on - 1`);
      await client.query('COMMIT');
    });
    started = Date.now();
    await graphql(headers, CASELOAD);
    const firstOfDayMs = Date.now() - started;
    log(`First caseload request of a day (${total} rows from yesterday): ${firstOfDayMs} ms`);
    await graphql(headers, ANALYTICS);

    const body = (query: string) => JSON.stringify({ query });
    log(`Loading caseload(first: 50) for ${DURATION_SECONDS} s with ${CONNECTIONS} connections…`);
    const caseload = await load(
      `http://127.0.0.1:${API_PORT}/graphql`,
      { method: 'POST', headers, body: body(CASELOAD) },
      API_PROCESS,
    );
    // A recruiter's own caseload: one of 25 coaches, about 200 clients.
    const coachHeaders = await sessionHeaders(ownerUrl, big, big.coachUserIds[0]);
    await graphql(coachHeaders, CASELOAD);
    log(`Loading a coach's caseload(first: 50) for ${DURATION_SECONDS} s with ${CONNECTIONS} connections…`);
    const coachCaseload = await load(
      `http://127.0.0.1:${API_PORT}/graphql`,
      { method: 'POST', headers: coachHeaders, body: body(CASELOAD) },
      API_PROCESS,
    );
    log(`Loading organizationAnalytics for ${DURATION_SECONDS} s with ${CONNECTIONS} connections…`);
    const analytics = await load(
      `http://127.0.0.1:${API_PORT}/graphql`,
      { method: 'POST', headers, body: body(ANALYTICS) },
      API_PROCESS,
    );
    await stopChild(api);

    const baselineServer = startChild(
      'baseline',
      process.execPath,
      ['--import', '@swc-node/register/esm-register', 'tools/bench/baseline-server.ts'],
      {
        env: {
          ...process.env,
          DATABASE_APP_URL: appUrl,
          BENCH_ORG_ID: big.orgId,
          PORT: String(BASELINE_PORT),
          PROCESSES: String(API_PROCESSES),
        },
      },
    );
    children.push(baselineServer);
    await waitUntilServing(`http://127.0.0.1:${BASELINE_PORT}/`, baselineServer);
    log(`Loading the baseline for ${DURATION_SECONDS} s with ${CONNECTIONS} connections…`);
    const baseline = await load(`http://127.0.0.1:${BASELINE_PORT}/`, {}, BASELINE_PROCESS);
    await stopChild(baselineServer);

    // Statement counts and SQL time: one request at a time, with PostgreSQL logging every statement's duration.
    await withClient(ownerUrl, (client) =>
      client.query('ALTER ROLE rebound_app SET log_min_duration_statement = 0'),
    );
    const counting = startChild('api', process.execPath, productCommands('development').api, { env });
    children.push(counting);
    await waitUntilServing(`http://127.0.0.1:${API_PORT}/health`, counting);
    const measure = async (tenantHeaders: Record<string, string>, query = CASELOAD, warm = true) => {
      if (warm) await graphql(tenantHeaders, query); // the pool, the triage snapshot
      const durations: LoggedStatement[] = [];
      durationSink = (entry) => durations.push(entry);
      await graphql(tenantHeaders, query);
      await new Promise((resolve) => setTimeout(resolve, 300)); // the log arrives a moment later
      durationSink = null;
      return durations;
    };
    const tinyDurations = await measure(await sessionHeaders(ownerUrl, tiny));
    const bigDurations = await measure(headers);
    const coachDurations = await measure(coachHeaders);
    // A range nobody asked for yet (89 days): the figures are computed, not read from the cache.
    const analyticsDurations = await measure(
      headers,
      ANALYTICS.replace(
        'organizationAnalytics {',
        `organizationAnalytics(range: { from: "${new Date(Date.now() - 89 * 86_400_000).toISOString().slice(0, 10)}" }) {`,
      ),
      false,
    );
    await stopChild(counting);
    // With the extended protocol PostgreSQL logs parse, bind and execute of a statement separately.
    const statementsOf = (durations: LoggedStatement[]) =>
      durations.filter((d) => d.phase === 'execute' || d.phase === 'statement').length;
    const sqlMs = bigDurations.reduce((sum, d) => sum + d.ms, 0);
    const slowest = (durations: LoggedStatement[]) =>
      durations
        .filter((d) => d.phase === 'execute')
        .sort((a, b) => b.ms - a.ms)
        .slice(0, 3)
        .map((d) => `  ${d.ms.toFixed(1)} ms  ${d.text.replace(/\s+/g, ' ').slice(0, 110)}`)
        .join('\n');
    const analyticsSqlMs = analyticsDurations.reduce((sum, d) => sum + d.ms, 0);

    const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');
    const againstBaseline = (run: Load) => {
      const throughput = run.requestsPerSecond / baseline.requestsPerSecond;
      const p95 = run.p95 / baseline.p95;
      return {
        met: throughput >= 0.5 && p95 <= 2,
        line: `throughput ${throughput.toFixed(2)}× (≥ 0.5: ${verdict(throughput >= 0.5)}), p95 ${p95.toFixed(2)}× (≤ 2: ${verdict(p95 <= 2)})`,
      };
    };
    const cpuLine = (
      [
        ['owner', caseload],
        ['coach', coachCaseload],
        ['baseline', baseline],
      ] as const
    )
      .map(
        ([name, run]) =>
          `${name} ${run.cpuMs ? `${run.cpuMs.server} / ${run.cpuMs.database} ms` : 'not measured'}`,
      )
      .join(', ');
    const owner = againstBaseline(caseload);
    const coach = againstBaseline(coachCaseload);
    console.log(`
Rebound insights benchmark — ${DURATION_SECONDS} s per run after ${WARM_UP_SECONDS} s of warm-up, ${CONNECTIONS} concurrent connections, ${availableParallelism()} cores
API and baseline: ${API_PROCESSES} processes each (one per core), on the same PostgreSQL
Tenant: ${figures.clients} clients (the owner sees all of them; each of 25 coaches about 200), ${figures.applications} applications, ${figures.rejections} rejections; ${figures.tenants} tenants, ${figures.all_applications} applications in all

| request                      | req/s   | p50 ms | p95 ms | errors | target            |
| ---------------------------- | ------- | ------ | ------ | ------ | ----------------- |
| caseload(first: 50), owner   | ${caseload.requestsPerSecond.toFixed(0).padStart(7)} | ${String(caseload.p50).padStart(6)} | ${String(caseload.p95).padStart(6)} | ${String(caseload.errors).padStart(6)} | p95 < 100: ${verdict(caseload.p95 < 100)} |
| caseload(first: 50), a coach | ${coachCaseload.requestsPerSecond.toFixed(0).padStart(7)} | ${String(coachCaseload.p50).padStart(6)} | ${String(coachCaseload.p95).padStart(6)} | ${String(coachCaseload.errors).padStart(6)} | p95 < 100: ${verdict(coachCaseload.p95 < 100)} |
| organizationAnalytics (90 d) | ${analytics.requestsPerSecond.toFixed(0).padStart(7)} | ${String(analytics.p50).padStart(6)} | ${String(analytics.p95).padStart(6)} | ${String(analytics.errors).padStart(6)} | p95 < 300: ${verdict(analytics.p95 < 300)} |
| baseline (node:http + pg)    | ${baseline.requestsPerSecond.toFixed(0).padStart(7)} | ${String(baseline.p50).padStart(6)} | ${String(baseline.p95).padStart(6)} | ${String(baseline.errors).padStart(6)} |                   |

CPU per request (server processes / PostgreSQL): ${cpuLine}
Full stack ÷ baseline, owner's caseload: ${owner.line}
Full stack ÷ baseline, a coach's caseload: ${coach.line}
Caseload statements per request: ${statementsOf(tinyDurations)} at 10 clients, ${statementsOf(bigDurations)} at ${total} clients
SQL time of one caseload request's statements (server side, 5,000 clients, warm): ${sqlMs.toFixed(1)} ms; slowest:
${slowest(bigDurations)}
SQL time of one request for a coach's caseload (about 200 of the 5,000 clients, warm): ${coachDurations.reduce((sum, d) => sum + d.ms, 0).toFixed(1)} ms; slowest:
${slowest(coachDurations)}
SQL time of one organizationAnalytics request computed afresh (not cached): ${analyticsSqlMs.toFixed(1)} ms; slowest:
${slowest(analyticsDurations)}
First caseload request ever (computes every triage score): ${coldMs} ms
First caseload request of a day (yesterday's rows, no midnight pass): ${firstOfDayMs} ms (< 1,000: ${verdict(firstOfDayMs < 1000)})
`);
    const failed = caseload.errors + coachCaseload.errors + analytics.errors + baseline.errors > 0;
    const missed = !owner.met || !coach.met || firstOfDayMs >= 1000;
    process.exitCode = failed || (CHECK && missed) ? 1 : 0;
  } finally {
    for (const child of children) await stopChild(child);
    await server.stop();
    await rm(parent, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
