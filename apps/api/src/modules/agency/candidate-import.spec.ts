import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { NestFactory } from '@nestjs/core';
import type { INestApplicationContext } from '@nestjs/common';
import { withClient } from '@rebound/dev-postgres';
import { asMember, insertOrganization, SeededOrganization, sessionTokenFor } from '../../../test/fixtures.js';
import { startTestApi, TEST_AUTH_SECRET, TestApi } from '../../../test/test-api.js';
import { loadWorkerConfig } from '../../config/config.js';
import { WorkerModule } from '../../worker.module.js';
import { parse } from 'csv-parse/sync';
import { IMPORT_LEASE_SECONDS } from './candidate-import.processor.js';

type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const IMPORT_FIELDS = `id status totalRows checkedRows validRows issueCount processedRows createdCount skippedCount updatedCount version
  invite unassignedRows defaultRecruiterName updateExisting updateRows
  headers mapping { name email phone targetRoles locations recruiterEmail tags } preview { line cells }`;
const CREATE = `mutation($input: CreateCandidateImportInput!) { createCandidateImport(input: $input) { ${IMPORT_FIELDS} } }`;
const MAP = `mutation($input: SetCandidateImportMappingInput!) { setCandidateImportMapping(input: $input) { ${IMPORT_FIELDS} } }`;
const START = `mutation($input: StartCandidateImportInput!) { startCandidateImport(input: $input) { ${IMPORT_FIELDS} } }`;
const FIND = `query($id: ID!) { candidateImport(id: $id) { ${IMPORT_FIELDS} } }`;
const ISSUES = `query($id: ID!, $after: String) { candidateImportIssues(importId: $id, first: 100, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } edges { node { line field code message } } } }`;

interface Expected {
  csv: string;
  valid: Set<string>;
  bad: Map<number, string>;
}

/**
 * 10,000 candidates with 5% malformed rows spread through the file: every twentieth row is broken in one
 * of five ways (empty name, bad email, an email repeated from an earlier row, an unknown recruiter, a bad
 * recruiter email). Line numbers count the header as line 1.
 */
function candidateFile(rows: number, recruiter: string, seed: string): Expected {
  const lines = ['Full name,Email,Phone,Target roles,City,Recruiter email,Tags'];
  const valid = new Set<string>();
  const bad = new Map<number, string>();
  for (let n = 1; n <= rows; n++) {
    const line = n + 1;
    let name = `Candidate ${n}`;
    let email = `cand-${seed}-${n}@example.com`;
    let recruiterEmail = n % 3 === 0 ? recruiter : '';
    if (n % 20 === 0) {
      const kind = (n / 20) % 5;
      if (kind === 0) name = '';
      else if (kind === 1) email = `cand-${seed}-${n}.example.com`;
      else if (kind === 2) email = `cand-${seed}-${n - 1}@example.com`;
      else if (kind === 3) recruiterEmail = 'nobody@agency.test';
      else recruiterEmail = 'not-an-email';
      bad.set(line, kind === 0 ? 'name' : kind <= 2 ? 'email' : 'recruiterEmail');
    }
    if (!bad.has(line)) valid.add(email);
    lines.push(
      `"${name}",${email},+1 555 ${String(n).padStart(4, '0')},"Analyst; Data Analyst","Lisbon, PT",${recruiterEmail},bulk`,
    );
  }
  return { csv: `${lines.join('\r\n')}\r\n`, valid, bad };
}

describe('candidate import', () => {
  let api: TestApi;
  let org: SeededOrganization;
  const as: Record<string, Record<string, string>> = {};
  let worker: INestApplicationContext | null = null;
  const workerConfig = () =>
    loadWorkerConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATABASE_APP_URL: api.database.appUrl });

  beforeAll(async () => {
    api = await startTestApi();
    org = await insertOrganization(api.database.ownerUrl, {
      name: 'Kilo Staffing',
      slug: 'kilo',
      kind: 'staffing_agency',
      members: [
        { email: 'owner@kilo.test', role: 'owner' },
        { email: 'recruiter@kilo.test', role: 'coach' },
      ],
    });
    for (const [email, userId] of Object.entries(org.userIds)) {
      as[email.split('@')[0]] = asMember(
        await sessionTokenFor(api.database.ownerUrl, userId, TEST_AUTH_SECRET),
        'kilo',
      );
    }
  });
  afterAll(async () => {
    await worker?.close();
    await api.close();
  });

  const startWorker = async () => {
    worker = await NestFactory.createApplicationContext(WorkerModule.forRoot(workerConfig()), {
      logger: false,
    });
  };
  const stopWorker = async () => {
    await worker?.close();
    worker = null;
  };
  const importOf = async (id: string) =>
    (await api.graphql<Data>(FIND, { id }, as.owner)).data!.candidateImport;
  const until = async (id: string, status: string, timeoutMs = 60_000) => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const current = await importOf(id);
      if (current.status === status) return current;
      if (Date.now() > deadline) throw new Error(`import ${id} stayed ${current.status}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  };
  const allIssues = async (id: string) => {
    const issues: Data[] = [];
    let after: string | null = null;
    do {
      const page: Data = await api.graphql<Data>(ISSUES, { id, after }, as.owner);
      issues.push(...page.data!.candidateImportIssues.edges.map((e: Data) => e.node));
      after = page.data!.candidateImportIssues.pageInfo.hasNextPage
        ? page.data!.candidateImportIssues.pageInfo.endCursor
        : null;
    } while (after);
    return issues;
  };
  const start = async (current: Data) => {
    const response = await api.graphql<Data>(
      START,
      { input: { id: current.id, version: current.version } },
      as.owner,
    );
    expect(response.errors).toBeUndefined();
  };
  const dryRun = async (csv: string, fileName: string) => {
    const created = await api.graphql<Data>(CREATE, { input: { fileName, csv, invite: false } }, as.owner);
    expect(created.errors).toBeUndefined();
    const upload = created.data!.createCandidateImport;
    const mapped = await api.graphql<Data>(
      MAP,
      { input: { id: upload.id, version: upload.version, mapping: upload.mapping } },
      as.owner,
    );
    expect(mapped.errors).toBeUndefined();
    return until(upload.id, 'VALIDATED');
  };
  const candidateEmails = () =>
    withClient(api.database.ownerUrl, async (db) =>
      (
        await db.query(`SELECT lower(email) AS email FROM clients WHERE organization_id = $1`, [org.id])
      ).rows.map((r: { email: string }) => r.email),
    );

  it('suggests a mapping from the header and shows the first rows', async () => {
    const { csv } = candidateFile(8, 'recruiter@kilo.test', 'p');
    const created = await api.graphql<Data>(
      CREATE,
      { input: { fileName: 'preview.csv', csv } },
      as.recruiter,
    );
    expect(created.errors).toBeUndefined();
    const upload = created.data!.createCandidateImport;
    expect(upload).toMatchObject({ status: 'UPLOADED', totalRows: 8 });
    expect(upload.mapping).toEqual({
      name: 0,
      email: 1,
      phone: 2,
      targetRoles: 3,
      locations: 4,
      recruiterEmail: 5,
      tags: 6,
    });
    expect(upload.preview).toHaveLength(5);
    expect(upload.preview[0]).toEqual({
      line: 2,
      cells: [
        'Candidate 1',
        'cand-p-1@example.com',
        '+1 555 0001',
        'Analyst; Data Analyst',
        'Lisbon, PT',
        '',
        'bulk',
      ],
    });
  });

  it('answers bad files and mappings with the field at fault, and will not import before a dry run', async () => {
    const empty = await api.graphql<Data>(
      CREATE,
      { input: { fileName: 'e.csv', csv: 'Name,Email\n' } },
      as.owner,
    );
    expect(empty.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'input.csv', code: 'IMPORT_FILE_EMPTY' }],
    });
    const broken = await api.graphql<Data>(
      CREATE,
      { input: { fileName: 'b.csv', csv: 'Name,Email\n"Ana,a@b.co\n' } },
      as.owner,
    );
    expect(broken.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'input.csv', code: 'IMPORT_FILE_BAD_LINE', params: { line: 2 } }],
    });
    // The parser's own words quote the bytes at fault; the answer names the line only.
    expect(JSON.stringify(broken.errors)).not.toContain('Ana');
    // A PNG renamed .csv, as the browser reads it into text: the signature, NULs and undecodable bytes.
    const png = Buffer.from([
      0x89,
      0x50,
      0x4e,
      0x47,
      0x0d,
      0x0a,
      0x1a,
      0x0a,
      0x00,
      0x00,
      0x00,
      0x0d,
      0x49,
      0x48,
      0x44,
      0x52,
      ...Array.from({ length: 200 }, (_, i) => (i * 37) % 256),
    ]).toString('utf8');
    const image = await api.graphql<Data>(CREATE, { input: { fileName: 'photo.csv', csv: png } }, as.owner);
    expect(image.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      // Refused with the other binary text at the API's edge, before the import sees it.
      fields: [{ path: 'input.csv', code: 'MALFORMED_TEXT' }],
    });
    expect(JSON.stringify(image.errors)).not.toMatch(/PNG|\\u0000|\uFFFD|IHDR/);
    const upload = (
      await api.graphql<Data>(
        CREATE,
        { input: { fileName: 'm.csv', csv: 'Name,Email\nAna,a@b.co\n' } },
        as.owner,
      )
    ).data!.createCandidateImport;
    // Each mapping the rule refuses, answered on the field at fault with its code.
    const refusedMappings: [Data, string, Data][] = [
      [{ name: 0 }, 'IMPORT_COLUMN_REQUIRED', { field: 'email' }],
      [{ name: 0, email: 2 }, 'IMPORT_COLUMN_NOT_IN_FILE', { field: 'email' }],
      [{ name: 0, email: 0 }, 'IMPORT_COLUMN_TAKEN', { field: 'email', otherField: 'name' }],
    ];
    for (const [mapping, code, params] of refusedMappings) {
      const refused = await api.graphql<Data>(
        MAP,
        { input: { id: upload.id, version: upload.version, mapping } },
        as.owner,
      );
      expect(refused.errors![0].extensions).toEqual(
        expect.objectContaining({
          code: 'BAD_USER_INPUT',
          fields: [expect.objectContaining({ path: 'input.mapping.email', code, params })],
        }),
      );
    }
    const early = await api.graphql<Data>(
      START,
      { input: { id: upload.id, version: upload.version } },
      as.owner,
    );
    expect(early.errors![0].extensions).toMatchObject({
      code: 'CONFLICT',
      problem: 'IMPORT_NOT_CHECKED',
      fields: [{ path: 'input.id', code: 'IMPORT_NOT_CHECKED' }],
    });
    expect((await importOf(upload.id)).status).toBe('UPLOADED');
  });

  it('imports 10,000 rows with 5% malformed: every valid row once, every bad row reported; again adds nothing', async () => {
    await startWorker();
    const expected = candidateFile(10_000, 'recruiter@kilo.test', 'big');
    const checked = await dryRun(expected.csv, 'big.csv');
    const unassigned = [...expected.valid].filter(
      (e) => Number(e.split('-')[2].split('@')[0]) % 3 !== 0,
    ).length;
    expect(checked).toMatchObject({
      totalRows: 10_000,
      checkedRows: 10_000,
      validRows: expected.valid.size,
      issueCount: expected.bad.size,
      invite: false,
      unassignedRows: unassigned,
      defaultRecruiterName: 'owner',
    });
    const problemsCsv = (
      await api.graphql<Data>(
        'query($id: ID!) { candidateImportIssuesCsv(importId: $id) }',
        { id: checked.id },
        as.owner,
      )
    ).data!.candidateImportIssuesCsv as string;
    const problemRows: string[][] = parse(problemsCsv, { bom: true });
    expect(problemRows[0]).toEqual(['line', 'field', 'problem', 'code']);
    expect(new Map(problemRows.slice(1).map((row) => [Number(row[0]), row[1]]))).toEqual(expected.bad);
    const issues = await allIssues(checked.id);
    expect(new Map(issues.map((i) => [i.line, i.field]))).toEqual(expected.bad);
    expect(issues.find((i) => i.line === 41)).toMatchObject({
      code: 'duplicate_in_file',
      message: 'cand-big-39@example.com is also on line 40.',
    });

    // The 30-second figure is measured on a quiet machine by `npm run bench:import`, not under a parallel test run.
    await start(checked);
    const done = await until(checked.id, 'COMPLETED');
    expect(done).toMatchObject({
      processedRows: 10_000,
      createdCount: expected.valid.size,
      skippedCount: expected.bad.size,
    });
    const emails = await candidateEmails();
    expect(emails).toHaveLength(expected.valid.size);
    expect(new Set(emails)).toEqual(expected.valid);
    const [{ assigned }] = await withClient(
      api.database.ownerUrl,
      async (db) =>
        (
          await db.query(
            `SELECT count(*)::int AS assigned FROM coach_assignments a JOIN memberships m ON m.id = a.coach_membership_id
          JOIN users u ON u.id = m.user_id WHERE a.organization_id = $1 AND a.is_primary AND u.email = 'recruiter@kilo.test'`,
            [org.id],
          )
        ).rows,
    );
    expect(assigned).toBe(
      [...expected.valid].filter((e) => Number(e.split('-')[2].split('@')[0]) % 3 === 0).length,
    );
    // Rows that named no recruiter went to the person who ran the import: nobody is left unassigned.
    const [{ importer, nobody }] = await withClient(
      api.database.ownerUrl,
      async (db) =>
        (
          await db.query(
            `SELECT count(*) FILTER (WHERE u.email = 'owner@kilo.test')::int AS importer,
                    count(*) FILTER (WHERE a.id IS NULL)::int AS nobody
               FROM clients c
               LEFT JOIN coach_assignments a ON a.organization_id = c.organization_id AND a.client_id = c.id AND a.is_primary
               LEFT JOIN memberships m ON m.id = a.coach_membership_id LEFT JOIN users u ON u.id = m.user_id
              WHERE c.organization_id = $1 AND c.import_id = $2`,
            [org.id, checked.id],
          )
        ).rows,
    );
    expect({ importer, nobody }).toEqual({ importer: unassigned, nobody: 0 });

    const again = await dryRun(expected.csv, 'big-again.csv');
    expect(again.validRows).toBe(0);
    await start(again);
    const repeated = await until(again.id, 'COMPLETED');
    expect(repeated.createdCount).toBe(0);
    expect(await candidateEmails()).toHaveLength(expected.valid.size);
    await stopWorker();
  }, 120_000);

  it('finishes with the same result when the worker is killed mid-import and another starts', async () => {
    const expected = candidateFile(10_000, 'recruiter@kilo.test', 'crash');
    const spawnWorker = (): ChildProcess =>
      spawn(process.execPath, ['--import', '@swc-node/register/esm-register', 'apps/api/src/worker.ts'], {
        cwd: resolve(import.meta.dirname, '../../../../..'),
        env: {
          ...process.env,
          NODE_OPTIONS: '',
          NODE_ENV: 'test',
          LOG_LEVEL: 'silent',
          DATABASE_APP_URL: api.database.appUrl,
        },
        stdio: 'ignore',
      });
    let child = spawnWorker();
    try {
      const checked = await dryRun(expected.csv, 'crash.csv');
      const before = (await candidateEmails()).length;
      await start(checked);
      for (;;) {
        const current = await importOf(checked.id);
        if (current.processedRows > 0) break;
        await new Promise((r) => setTimeout(r, 20));
      }
      child.kill('SIGKILL');
      const cut = await importOf(checked.id);
      console.log(`Killed the worker at ${cut.processedRows} of 10,000 rows`);
      expect(cut.status).toBe('IMPORTING');
      await new Promise((r) => setTimeout(r, (IMPORT_LEASE_SECONDS + 1) * 1000));
      child = spawnWorker();
      const done = await until(checked.id, 'COMPLETED', 90_000);
      expect(done).toMatchObject({ processedRows: 10_000, createdCount: expected.valid.size });
      const emails = await candidateEmails();
      expect(emails.length - before).toBe(expected.valid.size);
      expect(new Set(emails).size).toBe(emails.length);
    } finally {
      child.kill('SIGKILL');
    }
  }, 180_000);

  it('re-imports a file with "update existing candidates": the dry run counts the changes, the import makes them', async () => {
    await startWorker();
    try {
      const run = async (csv: string, updateExisting: boolean) => {
        const upload = (
          await api.graphql<Data>(CREATE, { input: { fileName: 'again.csv', csv } }, as.recruiter)
        ).data!.createCandidateImport;
        const mapped = await api.graphql<Data>(
          MAP,
          { input: { id: upload.id, version: upload.version, mapping: upload.mapping, updateExisting } },
          as.recruiter,
        );
        expect(mapped.errors).toBeUndefined();
        return until(upload.id, 'VALIDATED');
      };
      const first = await run(
        [
          'Name,Email,Phone,Locations',
          'Uma Reyes,uma@re.test,,Lisbon',
          'Vic Hale,vic@re.test,+1 2,Porto',
        ].join('\n'),
        false,
      );
      await start(first);
      const finished = await until(first.id, 'COMPLETED');
      expect(finished).toMatchObject({ createdCount: 2, updatedCount: 0 });
      // An import that has run keeps the mapping it ran with.
      const remapped = await api.graphql<Data>(
        MAP,
        { input: { id: first.id, version: finished.version, mapping: finished.mapping } },
        as.recruiter,
      );
      expect(remapped.errors![0].extensions).toMatchObject({
        code: 'CONFLICT',
        problem: 'IMPORT_UNDER_WAY',
        fields: [{ path: 'input.id', code: 'IMPORT_UNDER_WAY' }],
      });

      // Same people again: Uma has a new phone, Vic is unchanged, Wes is new. No Locations column this time.
      const again = [
        'Name,Email,Phone',
        'Uma Reyes,uma@re.test,+351 9',
        'Vic Hale,vic@re.test,+1 2',
        'Wes Lo,wes@re.test,',
      ].join('\n');
      const reported = await run(again, false);
      expect(reported).toMatchObject({ validRows: 1, issueCount: 2, updateExisting: false, updateRows: 0 });
      const updating = await run(again, true);
      expect(updating).toMatchObject({ validRows: 1, issueCount: 0, updateExisting: true, updateRows: 1 });
      await start(updating);
      expect(await until(updating.id, 'COMPLETED')).toMatchObject({
        processedRows: 3,
        createdCount: 1,
        updatedCount: 1,
        skippedCount: 1,
      });
      const rows = await withClient(
        api.database.ownerUrl,
        async (db) =>
          (
            await db.query(
              `SELECT email, phone, locations FROM clients WHERE organization_id = $1 AND email LIKE '%@re.test' ORDER BY email`,
              [org.id],
            )
          ).rows,
      );
      expect(rows).toEqual([
        { email: 'uma@re.test', phone: '+351 9', locations: ['Lisbon'] },
        { email: 'vic@re.test', phone: '+1 2', locations: ['Porto'] },
        { email: 'wes@re.test', phone: null, locations: [] },
      ]);
    } finally {
      await stopWorker();
    }
  }, 60_000);
});
