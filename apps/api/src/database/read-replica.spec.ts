import { randomUUID } from 'node:crypto';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { register } from 'prom-client';
import { DataSource } from 'typeorm';
import {
  APP_ROLE,
  ensureDatabase,
  provisionAppRole,
  roleUrl,
  startEmbeddedPostgres,
  withClient,
  type RunningPostgres,
} from '@rebound/dev-postgres';
import { startStreamingStandby, type RunningStandby } from '@rebound/testing';
import { AUDIT_ACTIONS } from '../modules/audit/audit-actions.js';
import { createApiApp } from '../app.factory.js';
import { loadConfig } from '../config/config.js';
import { eventually } from '../../test/billing-fixture.js';
import { asMember, assignCoach, insertOrganization, sessionTokenFor } from '../../test/fixtures.js';
import { TEST_AUTH_SECRET, TEST_SERVICE_KEY } from '../../test/test-api.js';
import { runMigrations } from './migrate.js';
import { LAGGING_READS_ALLOWED, LAGGING_READS_HEADER } from './request-transaction.plugin.js';
import { ReadReplica, ReplicaFreshness, lsnValue } from './read-replica.js';
import { RequestTransaction } from './request-transaction.js';

describe('replica freshness', () => {
  it('reads LSNs as numbers that compare', () => {
    expect(lsnValue('0/16B3748')).toBe(0x16b3748n);
    expect(lsnValue('1/0') > lsnValue('0/FFFFFFFF')).toBe(true);
  });

  it('dates the standby by the latest primary position it replayed, and says nothing before it has one', () => {
    const freshness = new ReplicaFreshness();
    expect(freshness.lagAt(1_000)).toBe(Number.POSITIVE_INFINITY);
    freshness.recordPrimary(100n, 1_000);
    freshness.recordReplayed(90n);
    expect(freshness.lagAt(1_500)).toBe(Number.POSITIVE_INFINITY);
    freshness.recordPrimary(200n, 2_000);
    freshness.recordReplayed(150n); // has the primary of t=1000, not yet that of t=2000
    expect(freshness.lagAt(2_500)).toBe(1_500);
    freshness.recordPrimary(200n, 3_000); // an idle primary: its position did not move
    freshness.recordReplayed(200n);
    expect(freshness.lagAt(3_000)).toBe(0);
  });
});

/**
 * A primary and a hot standby streaming from it (two embedded clusters), the API configured with both:
 * analytics, exports and the dashboard read from the standby while it is within the lag bound, from the
 * primary beyond it and when the standby is gone, with no error either way. Its own clusters, since it
 * stops one.
 */
describe('the read replica', () => {
  const MAX_LAG_MS = 5_000;
  let folder: string;
  let primary: RunningPostgres;
  let standby: RunningStandby;
  let ownerUrl: string;
  let standbyOwnerUrl: string;
  let api: INestApplication;
  let apiUrl: string;
  let headers: Record<string, string>;
  let coachHeaders: Record<string, string>;
  let clientHeaders: Record<string, string>;
  let clientRecordId: string;
  let orgId: string;
  let otherOrgId: string;
  let ownerId: string;
  const today = new Date().toISOString().slice(0, 10);
  let rangeDay = 0;

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'rebound-replica-'));
    await chmod(folder, 0o755); // PostgreSQL runs as the `postgres` system user when we are root
    primary = await startEmbeddedPostgres({ dataDir: join(folder, 'primary'), persistent: true });
    ownerUrl = await ensureDatabase(primary.adminUrl, 'rebound_replica');
    await runMigrations(ownerUrl);
    const password = randomUUID();
    await provisionAppRole(ownerUrl, password);

    const org = await insertOrganization(ownerUrl, {
      name: 'Replica Careers',
      slug: 'replica',
      members: [
        { email: 'owner@replica.test', role: 'owner' },
        { email: 'coach@replica.test', role: 'coach' },
        { email: 'client@replica.test', role: 'client' },
      ],
    });
    orgId = org.id;
    ownerId = org.userIds['owner@replica.test'];
    otherOrgId = (await insertOrganization(ownerUrl, { name: 'Elsewhere', slug: 'elsewhere' })).id;
    // The client user's own record, in the coach's caseload, and one more client with an application.
    await assignCoach(ownerUrl, orgId, org.userIds['coach@replica.test'], org.userIds['client@replica.test']);
    clientRecordId = await withClient(
      ownerUrl,
      async (db) =>
        (await db.query<{ id: string }>(`SELECT id FROM clients WHERE email = 'client@replica.test'`)).rows[0]
          .id,
    );
    await addClientWithApplication(orgId);
    await addClientWithApplication(otherOrgId);
    const signIn = async (email: string) =>
      asMember(await sessionTokenFor(ownerUrl, org.userIds[email], TEST_AUTH_SECRET), 'replica');
    headers = await signIn('owner@replica.test');
    coachHeaders = await signIn('coach@replica.test');
    clientHeaders = await signIn('client@replica.test');

    standby = await startStreamingStandby({
      primaryAdminUrl: primary.adminUrl,
      primaryDataDir: join(folder, 'primary'),
      dataDir: join(folder, 'standby'),
    });
    standbyOwnerUrl = withPort(ownerUrl, standby.port);
    await caughtUp();

    api = await createApiApp(
      loadConfig({
        NODE_ENV: 'test',
        DATABASE_APP_URL: roleUrl(ownerUrl, APP_ROLE, password),
        DATABASE_REPLICA_URL: roleUrl(standbyOwnerUrl, APP_ROLE, password),
        DATABASE_REPLICA_MAX_LAG_MS: String(MAX_LAG_MS),
        DATABASE_CONNECT_TIMEOUT_MS: '1000',
        LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
        AUTH_SECRET: TEST_AUTH_SECRET,
        SERVICE_KEY: TEST_SERVICE_KEY,
      }),
    );
    await api.listen(0, '127.0.0.1');
    apiUrl = (await api.getUrl()).replace('[::1]', '127.0.0.1');
  }, 120_000);

  afterAll(async () => {
    await api?.close();
    await standby?.stop();
    await primary?.stop();
    await rm(folder, { recursive: true, force: true });
  });

  const withPort = (url: string, port: number) => {
    const parsed = new URL(url);
    parsed.port = String(port);
    return parsed.toString();
  };

  /** A new client with one application, or one more application of `clientId`, in one transaction. */
  async function addClientWithApplication(organizationId: string, clientId?: string): Promise<void> {
    await withClient(ownerUrl, async (db) => {
      await db.query('BEGIN');
      await db.query(`SELECT set_config('app.org_id', $1, true)`, [organizationId]);
      const id =
        clientId ??
        (
          await db.query<{ id: string }>(
            `INSERT INTO clients (organization_id, name) VALUES ($1, 'Client ' || $2) RETURNING id`,
            [organizationId, randomUUID().slice(0, 6)],
          )
        ).rows[0].id;
      await db.query(
        `INSERT INTO applications (organization_id, client_id, company, role_title, source, applied_on, last_activity_at)
         VALUES ($1, $2, 'Acme', 'Analyst', 'job_board', current_date - 5, now())`,
        [organizationId, id],
      );
      await db.query('COMMIT');
    });
  }

  /** Waits until the standby has replayed everything the primary has written so far. */
  async function caughtUp(): Promise<void> {
    const target = await withClient(
      primary.adminUrl,
      async (db) => (await db.query<{ lsn: string }>('SELECT pg_current_wal_lsn()::text AS lsn')).rows[0].lsn,
    );
    await eventually(async () => {
      const replayed = await withClient(standby.adminUrl, async (db) => {
        const { rows } = await db.query<{ done: boolean }>(
          'SELECT pg_last_wal_replay_lsn() >= $1::pg_lsn AS done',
          [target],
        );
        return rows[0].done;
      });
      expect(replayed).toBe(true);
    }, 10_000);
  }

  async function graphql<T>(query: string, variables: object = {}, requestHeaders = headers) {
    const sentAt = Date.now();
    const response = await fetch(`${apiUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...requestHeaders },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: T; errors?: unknown[] };
    expect({ status: response.status, errors: body.errors }).toEqual({ status: 200, errors: undefined });
    return { data: body.data!, sentAt };
  }

  /** Applications in this organization, by organizationAnalytics (a range of its own each time: no cache). */
  const analyticsApplications = async (as = headers) => {
    rangeDay += 1;
    const from = new Date(Date.now() - (30 + rangeDay) * 86_400_000).toISOString().slice(0, 10);
    const { data, sentAt } = await graphql<{ organizationAnalytics: { applications: number } }>(
      'query ($range: AnalyticsRangeInput) { organizationAnalytics(range: $range) { applications } }',
      { range: { from, to: today } },
      as,
    );
    return { applications: data.organizationAnalytics.applications, sentAt };
  };

  /** The clients the dashboard counts, read as the web app's dashboard asks (lagging reads allowed) or not. */
  const dashboardClients = async (mayLag: boolean) => {
    const { data, sentAt } = await graphql<{ caseload: { totalCount: number } }>(
      'query Dashboard { caseload(first: 5) { totalCount } notifications(first: 5) { totalCount } }',
      {},
      mayLag ? { ...headers, [LAGGING_READS_HEADER]: LAGGING_READS_ALLOWED } : headers,
    );
    return { clients: data.caseload.totalCount, sentAt };
  };

  /** The applications in the client's own data download. */
  const myDataApplications = async () => {
    const { data, sentAt } = await graphql<{ myData: string }>('{ myData }', {}, clientHeaders);
    return {
      applications: (JSON.parse(data.myData) as { applications: unknown[] }).applications.length,
      sentAt,
    };
  };

  const candidatesCsvLines = async () => {
    const { data } = await graphql<{ candidatesCsv: string }>('{ candidatesCsv }');
    return data.candidatesCsv.trim().split('\n').length;
  };

  const replicaReadCount = async (target: 'replica' | 'primary') => {
    const metric = await register.getSingleMetric('rebound_replica_reads_total')!.get();
    return metric.values
      .filter((value) => value.labels.target === target)
      .reduce((sum, v) => sum + v.value, 0);
  };

  it("reads through the replica path on the standby, read-only, with the request's tenant under row-level security", async () => {
    const db = new RequestTransaction(api.get(DataSource), {
      replica: api.get(ReadReplica, { strict: false }),
    });
    db.setScope({ orgId, userId: ownerId });
    try {
      const [row] = await db.readFromReplica(async (replica) =>
        (await replica.manager()).query(
          `SELECT pg_is_in_recovery() AS "inRecovery", current_setting('transaction_read_only') AS "readOnly",
                  (SELECT count(*)::int FROM clients) AS clients,
                  (SELECT count(*)::int FROM clients WHERE organization_id = $1) AS "otherClients"`,
          [otherOrgId],
        ),
      );
      // Both organizations have clients; row-level security shows this tenant's two only, with no filter.
      expect(row).toEqual({ inRecovery: true, readOnly: 'on', clients: 2, otherClients: 0 });
      await expect(
        db.readFromReplica(async (replica) =>
          (await replica.manager()).query(`UPDATE clients SET name = 'x'`),
        ),
      ).rejects.toMatchObject({ driverError: { code: '25006' } }); // read-only transaction
    } finally {
      await db.finish(false);
    }
  });

  it('serves analytics, exports and the dashboard from the standby within the lag bound and from the primary beyond it', async () => {
    await dashboardClients(false); // computes the triage rows on the primary…
    await caughtUp(); // …and lets the standby have them
    expect((await analyticsApplications()).applications).toBe(1);
    expect((await analyticsApplications(coachHeaders)).applications).toBe(0);
    expect((await myDataApplications()).applications).toBe(0);
    // The download read on the standby is still audited, on the primary with the request's writes.
    const exportsAudited = await withClient(ownerUrl, async (db) => {
      const { rows } = await db.query<{ count: number }>(
        `SELECT count(*)::int AS count FROM audit_log_entries WHERE organization_id = $1 AND action = $2`,
        [orgId, AUDIT_ACTIONS.EXPORT_CLIENT_DATA],
      );
      return rows[0].count;
    });
    expect(exportsAudited).toBe(1);
    expect((await dashboardClients(true)).clients).toBe(2);
    const csvBefore = await candidatesCsvLines();
    expect(csvBefore).toBe(3); // a header and two clients
    expect(await replicaReadCount('replica')).toBeGreaterThan(0);

    await withClient(standby.adminUrl, (db) => db.query('SELECT pg_wal_replay_pause()'));
    await eventually(async () => {
      const state = await withClient(standby.adminUrl, async (db) => {
        const { rows } = await db.query<{ state: string }>('SELECT pg_get_wal_replay_pause_state() AS state');
        return rows[0].state;
      });
      expect(state).toBe('paused');
    });
    // Paused but caught up: a read now has the API date the standby as fresh as of now.
    expect((await analyticsApplications()).applications).toBe(1);
    await addClientWithApplication(orgId);
    await addClientWithApplication(orgId, clientRecordId);
    const wroteAt = Date.now();

    // Right after the writes, the standby (paused) still shows the old state: these reads were its.
    const stale = {
      analytics: await analyticsApplications(),
      coachAnalytics: await analyticsApplications(coachHeaders),
      myData: await myDataApplications(),
      dashboard: await dashboardClients(true),
    };
    expect({
      analytics: stale.analytics.applications,
      coachAnalytics: stale.coachAnalytics.applications,
      myData: stale.myData.applications,
      dashboard: stale.dashboard.clients,
      csv: await candidatesCsvLines(),
    }).toEqual({ analytics: 1, coachAnalytics: 0, myData: 0, dashboard: 2, csv: csvBefore });
    // The same dashboard query without the web app's consent to lagging reads reads the primary.
    expect((await dashboardClients(false)).clients).toBe(3);

    // Once the standby is further behind than the bound, the same reads go to the primary; no read
    // sent after the bound had passed saw the old state.
    const answers: { applications: number; sentAt: number }[] = [];
    await eventually(async () => {
      const answer = await analyticsApplications();
      answers.push(answer);
      expect(answer.applications).toBe(3);
    }, MAX_LAG_MS + 5_000);
    for (const answer of [...Object.values(stale), ...answers.filter((a) => a.applications === 1)]) {
      expect(answer.sentAt - wroteAt).toBeLessThanOrEqual(MAX_LAG_MS);
    }
    expect({
      coachAnalytics: (await analyticsApplications(coachHeaders)).applications,
      myData: (await myDataApplications()).applications,
      dashboard: (await dashboardClients(true)).clients,
      csv: await candidatesCsvLines(),
    }).toEqual({ coachAnalytics: 1, myData: 1, dashboard: 3, csv: csvBefore + 1 });

    // Replay resumes, the standby catches up and serves again.
    await withClient(standby.adminUrl, (db) => db.query('SELECT pg_wal_replay_resume()'));
    await caughtUp();
    const replicaReadsResumed = await replicaReadCount('replica');
    await eventually(async () => {
      expect((await analyticsApplications()).applications).toBe(3);
      expect(await replicaReadCount('replica')).toBeGreaterThan(replicaReadsResumed);
    });
  });

  it('falls back to the primary, with no error, when the standby goes away', async () => {
    const primaryReadsBefore = await replicaReadCount('primary');
    await standby.stop();
    // Each of these answers 200 without errors (checked in `graphql`) with the primary's figures.
    expect((await analyticsApplications()).applications).toBe(3);
    expect((await dashboardClients(true)).clients).toBe(3);
    expect((await myDataApplications()).applications).toBe(1);
    expect(await candidatesCsvLines()).toBe(4);
    expect(await replicaReadCount('primary')).toBeGreaterThan(primaryReadsBefore);
  });
});
