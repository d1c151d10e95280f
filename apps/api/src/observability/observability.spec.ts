import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { withClient } from '@rebound/dev-postgres';
import { DataSource } from 'typeorm';
import { asMember, insertOrganization, sessionTokenFor } from '../../test/fixtures.js';
import { startTestApi, TEST_AUTH_SECRET, type TestApi } from '../../test/test-api.js';
import { serveMetrics, watchJobQueue } from './metrics.js';

type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('request ids and metrics', () => {
  let api: TestApi;
  let metrics: Server;
  let owner: Record<string, string>;

  beforeAll(async () => {
    api = await startTestApi();
    const org = await insertOrganization(api.database.ownerUrl, {
      name: 'Metric Staffing',
      slug: 'metric',
      kind: 'staffing_agency',
      members: [{ email: 'owner@metric.test', role: 'owner' }],
    });
    owner = asMember(
      await sessionTokenFor(api.database.ownerUrl, org.userIds['owner@metric.test'], TEST_AUTH_SECRET),
      'metric',
    );
    watchJobQueue(api.app.get(DataSource));
    metrics = await serveMetrics(0, '127.0.0.1');
  });
  afterAll(async () => {
    await new Promise((done) => metrics.close(done));
    await api.close();
  });

  const scrape = async () => {
    const { port } = metrics.address() as AddressInfo;
    const response = await fetch(`http://127.0.0.1:${port}/metrics`);
    expect(response.headers.get('content-type')).toContain('text/plain');
    return response.text();
  };

  it("carries the web server's request id into the jobs the request enqueues", async () => {
    const FIELDS = 'id version mapping { name email }';
    const created = await api.graphql<Data>(
      `mutation($input: CreateCandidateImportInput!) { createCandidateImport(input: $input) { ${FIELDS} } }`,
      { input: { fileName: 'ids.csv', csv: 'name,email\nAda,ada@metric.test', invite: false } },
      owner,
    );
    expect(created.errors).toBeUndefined();
    const upload = created.data!.createCandidateImport;
    const mapped = await api.graphql<Data>(
      `mutation($input: SetCandidateImportMappingInput!) { setCandidateImportMapping(input: $input) { id } }`,
      { input: { id: upload.id, version: upload.version, mapping: upload.mapping } },
      { ...owner, 'x-request-id': 'web-request-0042' },
    );
    expect(mapped.errors).toBeUndefined();
    expect(mapped.headers.get('x-request-id')).toBe('web-request-0042');
    const jobs = await withClient(
      api.database.ownerUrl,
      async (db) =>
        (await db.query(`SELECT data FROM pgboss.job WHERE data->>'importId' = $1`, [upload.id])).rows,
    );
    expect(jobs).toEqual([{ data: expect.objectContaining({ requestId: 'web-request-0042' }) }]);
  });

  it('serves request latency by operation, pool use and queue depth in Prometheus format', async () => {
    await api.graphql('query CountClients { clients(first: 1) { totalCount } }', {}, owner);
    const text = await scrape();
    expect(text).toMatch(
      /rebound_graphql_request_duration_seconds_count\{operation="CountClients",outcome="ok"\} 1\b/,
    );
    expect(text).toMatch(/rebound_db_pool_connections\{pool="rebound-api",state="total"\} [1-9]/);
    // The dry run queued above waits: no worker runs in this test.
    expect(text).toMatch(/rebound_job_queue_depth\{queue="candidate-import",state="created"\} 1\b/);
    expect(text).toMatch(/rebound_job_queue_oldest_seconds\{queue="candidate-import"\} \d/);
    expect(text).toContain('rebound_process_cpu_seconds_total');
  });
});
