import { request as httpRequest } from 'node:http';
import { Readable } from 'node:stream';
import { NestFactory } from '@nestjs/core';
import type { INestApplicationContext } from '@nestjs/common';
import { withClient } from '@rebound/dev-postgres';
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from '@rebound/domain';
import { asMember, insertOrganization, SeededOrganization, sessionTokenFor } from '../../../test/fixtures.js';
import { startTestApi, TEST_AUTH_SECRET, TestApi } from '../../../test/test-api.js';
import { loadWorkerConfig } from '../../config/config.js';
import { WorkerModule } from '../../worker.module.js';

type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const FIELDS =
  'id status totalRows validRows issueCount createdCount skippedCount version mapping { name email }';

/** A file of `rows` candidates, every twentieth email malformed, produced chunk by chunk. */
async function* candidateFile(rows: number): AsyncGenerator<Buffer> {
  yield Buffer.from('Name,Email,Tags\n');
  for (let from = 1; from <= rows; from += 1_000) {
    const lines: string[] = [];
    for (let n = from; n < Math.min(from + 1_000, rows + 1); n++) {
      lines.push(`Candidate ${n},${n % 20 === 0 ? `up-${n}.example.com` : `up-${n}@example.com`},bulk\n`);
    }
    yield Buffer.from(lines.join(''));
  }
}

describe('candidate import upload endpoint (POST /candidate-imports)', () => {
  let api: TestApi;
  let org: SeededOrganization;
  const as: Record<string, Record<string, string>> = {};
  let worker: INestApplicationContext;

  beforeAll(async () => {
    api = await startTestApi();
    org = await insertOrganization(api.database.ownerUrl, {
      name: 'Upload Staffing',
      slug: 'upload',
      kind: 'staffing_agency',
      members: [
        { email: 'owner@upload.test', role: 'owner' },
        { email: 'client@upload.test', role: 'client' },
      ],
    });
    for (const [email, userId] of Object.entries(org.userIds)) {
      as[email.split('@')[0]] = asMember(
        await sessionTokenFor(api.database.ownerUrl, userId, TEST_AUTH_SECRET),
        'upload',
      );
    }
    worker = await NestFactory.createApplicationContext(
      WorkerModule.forRoot(
        loadWorkerConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATABASE_APP_URL: api.database.appUrl }),
      ),
      { logger: false },
    );
  });
  afterAll(async () => {
    await worker?.close();
    await api.close();
  });

  const post = (headers: Record<string, string>, body: BodyInit, query = 'fileName=up.csv') =>
    fetch(`${api.url}/candidate-imports?${query}`, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'text/csv' },
      body,
      duplex: 'half',
    } as RequestInit);
  const importOf = async (id: string) =>
    (await api.graphql<Data>(`query($id: ID!) { candidateImport(id: $id) { ${FIELDS} } }`, { id }, as.owner))
      .data!.candidateImport;
  const until = async (id: string, status: string) => {
    const deadline = Date.now() + 60_000;
    for (;;) {
      const current = await importOf(id);
      if (current.status === status) return current;
      if (Date.now() > deadline) throw new Error(`import ${id} stayed ${current.status}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  };
  const importCount = () =>
    withClient(
      api.database.ownerUrl,
      async (db) =>
        (
          await db.query('SELECT count(*)::int AS count FROM candidate_imports WHERE organization_id = $1', [
            org.id,
          ])
        ).rows[0].count as number,
    );

  it('streams 20,000 rows from upload to imported, each valid row once, the dry run paged', async () => {
    const started = Date.now();
    const response = await post(
      as.owner,
      Readable.toWeb(Readable.from(candidateFile(20_000))) as ReadableStream,
    );
    expect(response.status).toBe(201);
    const { data } = (await response.json()) as { data: { id: string } };
    const uploaded = await importOf(data.id);
    expect(uploaded).toMatchObject({ status: 'UPLOADED', totalRows: 20_000, mapping: { name: 0, email: 1 } });
    const mapped = await api.graphql<Data>(
      'mutation($input: SetCandidateImportMappingInput!) { setCandidateImportMapping(input: $input) { id } }',
      { input: { id: data.id, version: uploaded.version, mapping: uploaded.mapping } },
      as.owner,
    );
    expect(mapped.errors).toBeUndefined();
    const checked = await until(data.id, 'VALIDATED');
    expect(checked).toMatchObject({ validRows: 19_000, issueCount: 1_000 });
    // The report comes a page at a time, in line order, each page after the last one's cursor.
    const page = async (after: string | null) =>
      (
        await api.graphql<Data>(
          `query($id: ID!, $after: String) { candidateImportIssues(importId: $id, first: 50, after: $after) {
            totalCount pageInfo { hasNextPage endCursor } edges { node { line code } } } }`,
          { id: data.id, after },
          as.owner,
        )
      ).data!.candidateImportIssues;
    const first = await page(null);
    expect(first.totalCount).toBe(1_000);
    expect(first.edges).toHaveLength(50);
    expect(first.edges[0].node).toEqual({ line: 21, code: 'bad_email' });
    const second = await page(first.pageInfo.endCursor);
    expect(second.edges[0].node.line).toBe(first.edges[49].node.line + 20);
    const start = await api.graphql<Data>(
      'mutation($input: StartCandidateImportInput!) { startCandidateImport(input: $input) { id } }',
      { input: { id: data.id, version: checked.version } },
      as.owner,
    );
    expect(start.errors).toBeUndefined();
    expect(await until(data.id, 'COMPLETED')).toMatchObject({ createdCount: 19_000, skippedCount: 1_000 });
    // Upload to imported; generous for a loaded 2-core machine (it takes a few seconds on a quiet one).
    expect(Date.now() - started).toBeLessThan(90_000);
    const [{ total, distinct }] = await withClient(
      api.database.ownerUrl,
      async (db) =>
        (
          await db.query(
            `SELECT count(*)::int AS total, count(DISTINCT lower(email))::int AS distinct FROM clients
              WHERE organization_id = $1 AND import_id = $2`,
            [org.id, data.id],
          )
        ).rows,
    );
    expect({ total, distinct }).toEqual({ total: 19_000, distinct: 19_000 });
  }, 120_000);

  it('refuses a file over the byte limit from its Content-Length, before reading it', async () => {
    const before = await importCount();
    const answer = await new Promise<{ status: number; body: Data }>((resolve, reject) => {
      const request = httpRequest(`${api.url}/candidate-imports?fileName=big.csv`, {
        method: 'POST',
        headers: { ...as.owner, 'content-type': 'text/csv', 'content-length': String(MAX_IMPORT_BYTES + 1) },
      });
      request.on('response', (response) => {
        let text = '';
        response.on('data', (chunk) => (text += chunk));
        response.on('end', () => resolve({ status: response.statusCode!, body: JSON.parse(text) }));
      });
      request.on('error', reject);
      // Only the header row is ever sent: the answer comes without the rest.
      request.write('Name,Email\n');
    });
    expect(answer.status).toBe(413);
    expect(answer.body.errors[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'file', code: 'IMPORT_FILE_TOO_LARGE', params: { megabytes: 20 } }],
    });
    expect(await importCount()).toBe(before);
  });

  it('stops a streamed file the moment it passes the byte limit, and keeps nothing of it', async () => {
    const before = await importCount();
    let sent = 0;
    const endless = async function* () {
      yield Buffer.from('Name,Email,Notes\n');
      // Long rows, so that the byte limit comes long before the row limit.
      const chunk = Buffer.from(`Ana,ana@example.com,${'x'.repeat(1_000)}\n`.repeat(1_000));
      // Twice the limit is on offer; the API stops reading shortly after the limit.
      while (sent < 2 * MAX_IMPORT_BYTES) {
        sent += chunk.length;
        yield chunk;
      }
    };
    const response = await post(as.owner, Readable.toWeb(Readable.from(endless())) as ReadableStream).catch(
      (error: Error) => error,
    );
    if (response instanceof Response) {
      expect(response.status).toBe(413);
      expect(((await response.json()) as Data).errors[0].extensions.fields).toEqual([
        expect.objectContaining({ path: 'file', code: 'IMPORT_FILE_TOO_LARGE', params: { megabytes: 20 } }),
      ]);
    }
    expect(sent).toBeLessThan(2 * MAX_IMPORT_BYTES);
    expect(await importCount()).toBe(before);
  });

  it('answers bad uploads with a coded error under `file`, and only staff may upload', async () => {
    const empty = await post(as.owner, 'Name,Email\n');
    expect(empty.status).toBe(400);
    expect(((await empty.json()) as Data).errors[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'file', code: 'IMPORT_FILE_EMPTY' }],
    });
    const before = await importCount();
    // A PNG renamed .csv: its signature, NUL bytes and bytes that are no UTF-8.
    const png = Buffer.from([
      ...[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d],
      ...Array.from({ length: 200 }, (_, i) => (i * 37) % 256),
    ]);
    const image = await post(as.owner, png);
    expect(image.status).toBe(400);
    expect(((await image.json()) as Data).errors[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'file', code: 'IMPORT_FILE_NOT_CSV' }],
    });
    const unnamed = await post(as.owner, 'Name,Email\nAna,ana@example.com\n', 'fileName=%20');
    expect(unnamed.status).toBe(400);
    expect(((await unnamed.json()) as Data).errors[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'fileName', code: 'REQUIRED' }],
    });
    const tooMany = await post(
      as.owner,
      Readable.toWeb(Readable.from(candidateFile(MAX_IMPORT_ROWS + 1))) as ReadableStream,
    );
    expect(tooMany.status).toBe(400);
    expect(((await tooMany.json()) as Data).errors[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'file', code: 'IMPORT_FILE_TOO_MANY_ROWS', params: { limit: MAX_IMPORT_ROWS } }],
    });
    expect(await importCount()).toBe(before);
    const client = await post(as.client, 'Name,Email\nAna,ana@example.com\n');
    expect(client.status).toBe(403);
    expect(((await client.json()) as Data).errors[0].extensions.code).toBe('FORBIDDEN');
    const nobody = await post({ 'x-rebound-org': 'upload' }, 'Name,Email\nAna,ana@example.com\n');
    expect(nobody.status).toBe(401);
  });
});
