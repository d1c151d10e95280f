/**
 * `npm run bench:import -- [rows]` (default 10,000): how long a CSV of that many candidates, 5% of them
 * malformed, takes from upload to imported on this machine (targets: 10,000 in under 30 s, 100,000 in
 * under 60 s on 2 cores). A throwaway embedded PostgreSQL, the API and the worker as `npm start` runs
 * them; the file streams to the upload endpoint, then the dry run and the import run over GraphQL.
 * Reports each step, from the request that starts it to the status that ends it, and the peak resident
 * memory (VmHWM) of the API and the worker.
 */
import { chmod, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { ensureDatabase, provisionAppRole, startEmbeddedPostgres, withClient } from '@rebound/dev-postgres';
import { runMigrations } from '@rebound/api/database';
import { startChild, stopChild, waitUntilServing, type ManagedProcess } from '../src/process-group.js';

const ROWS = Number(process.argv[2] ?? 10_000);

/** The most memory a process has held so far (VmHWM), in MB. */
async function peakRssMb(pid: number | undefined): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  return Number(/VmHWM:\s+(\d+) kB/.exec(status)![1]) / 1024;
}
const API_PORT = 3903;
const AUTH_SECRET = randomBytes(32).toString('base64url');

/** The file, generated line by line as the upload streams it: the bench holds no whole file either. */
async function* candidateCsv(): AsyncGenerator<Buffer> {
  yield Buffer.from('Name,Email,Phone,Target roles,Locations,Recruiter email,Tags\n');
  let lines: string[] = [];
  for (let n = 1; n <= ROWS; n++) {
    const malformed = n % 20 === 0;
    const email = malformed ? `candidate-${n}.example.com` : `candidate-${n}@example.com`;
    lines.push(`Candidate ${n},${email},+1 555 ${n},Analyst;Data Analyst,Lisbon,recruiter@bench.test,bulk\n`);
    if (lines.length === 1_000 || n === ROWS) {
      yield Buffer.from(lines.join(''));
      lines = [];
    }
  }
}

async function main(): Promise<void> {
  const parent = await mkdtemp(join(tmpdir(), 'rebound-import-bench-'));
  await chmod(parent, 0o755);
  const server = await startEmbeddedPostgres({ dataDir: join(parent, 'cluster'), persistent: false });
  const children: ManagedProcess[] = [];
  try {
    const ownerUrl = await ensureDatabase(server.adminUrl, 'rebound_bench');
    await runMigrations(ownerUrl);
    const appUrl = await provisionAppRole(ownerUrl, randomBytes(18).toString('base64url'));
    const { orgId, ownerId } = await withClient(ownerUrl, async (db) => {
      await db.query('BEGIN');
      const org = await db.query(
        `INSERT INTO organizations (name, slug, kind) VALUES ('Bench Staffing', 'bench', 'staffing_agency') RETURNING id`,
      );
      await db.query(`SELECT set_config('app.org_id', $1, true)`, [org.rows[0].id]);
      const users = await db.query(
        `INSERT INTO users (email, name) VALUES ('owner@bench.test', 'Owner'), ('recruiter@bench.test', 'Recruiter') RETURNING id, email`,
      );
      for (const user of users.rows) {
        await db.query('INSERT INTO memberships (organization_id, user_id, role) VALUES ($1, $2, $3)', [
          org.rows[0].id,
          user.id,
          user.email.startsWith('owner') ? 'owner' : 'coach',
        ]);
      }
      await db.query('COMMIT');
      return {
        orgId: org.rows[0].id as string,
        ownerId: users.rows.find((u) => u.email.startsWith('owner')).id as string,
      };
    });
    const sessionId = await withClient(
      ownerUrl,
      async (db) =>
        (
          await db.query(
            `INSERT INTO sessions (user_id, expires_at) VALUES ($1, now() + interval '1 day') RETURNING id`,
            [ownerId],
          )
        ).rows[0].id,
    );
    const { encode } = await import('@auth/core/jwt');
    const token = await encode({
      token: { sub: ownerId, sid: sessionId },
      secret: AUTH_SECRET,
      salt: 'authjs.session-token',
    });
    const headers = {
      authorization: `Bearer ${token}`,
      'x-rebound-org': 'bench',
      'content-type': 'application/json',
    };

    const env = {
      ...process.env,
      NODE_ENV: 'production',
      API_HOST: '127.0.0.1',
      API_PORT: String(API_PORT),
      DATABASE_APP_URL: appUrl,
      LOG_LEVEL: 'warn',
      AUTH_SECRET,
      SERVICE_KEY: randomBytes(32).toString('base64url'),
    };
    const run = (name: string, entry: string) => {
      const child = startChild(
        name,
        process.execPath,
        ['--import', '@swc-node/register/esm-register', entry],
        { env },
      );
      children.push(child);
      return child;
    };
    const api = run('api', 'apps/api/src/main.ts');
    const worker = run('worker', 'apps/api/src/worker.ts');
    await waitUntilServing(`http://127.0.0.1:${API_PORT}/health`, api);

    const graphql = async (query: string, variables: object) => {
      const response = await fetch(`http://127.0.0.1:${API_PORT}/graphql`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as {
        data?: Record<string, Record<string, unknown>>;
        errors?: unknown[];
      };
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      return body.data!;
    };
    const fields =
      'id status version mapping { name email phone targetRoles locations recruiterEmail tags } validRows issueCount createdCount';
    const statusOf = async (id: string) =>
      (await graphql(`query($id: ID!) { candidateImport(id: $id) { ${fields} } }`, { id })).candidateImport;
    const until = async (id: string, status: string) => {
      for (;;) {
        const current = await statusOf(id);
        if (current.status === status) return current;
        if (current.status === 'FAILED') throw new Error('the import failed');
        await new Promise((r) => setTimeout(r, 100));
      }
    };

    let started = Date.now();
    const uploaded = await fetch(
      `http://127.0.0.1:${API_PORT}/candidate-imports?fileName=bench.csv&invite=false`,
      {
        method: 'POST',
        headers: { ...headers, 'content-type': 'text/csv' },
        body: Readable.toWeb(Readable.from(candidateCsv())) as ReadableStream,
        duplex: 'half',
      } as RequestInit,
    );
    const answer = (await uploaded.json()) as { data?: { id: string }; errors?: unknown[] };
    if (!answer.data)
      throw new Error(`upload refused (HTTP ${uploaded.status}): ${JSON.stringify(answer.errors)}`);
    const upload = await statusOf(answer.data.id);
    const uploadMs = Date.now() - started;
    started = Date.now();
    await graphql(
      `
        mutation ($input: SetCandidateImportMappingInput!) {
          setCandidateImportMapping(input: $input) {
            id
          }
        }
      `,
      {
        input: { id: upload.id, version: upload.version, mapping: upload.mapping },
      },
    );
    const checked = await until(upload.id as string, 'VALIDATED');
    const dryRunMs = Date.now() - started;
    started = Date.now();
    await graphql(
      `
        mutation ($input: StartCandidateImportInput!) {
          startCandidateImport(input: $input) {
            id
          }
        }
      `,
      {
        input: { id: upload.id, version: checked.version },
      },
    );
    const done = await until(upload.id as string, 'COMPLETED');
    const importMs = Date.now() - started;
    const [{ count }] = await withClient(
      ownerUrl,
      async (db) =>
        (await db.query('SELECT count(*)::int AS count FROM clients WHERE organization_id = $1', [orgId]))
          .rows,
    );
    const total = uploadMs + dryRunMs + importMs;
    const targetS = ROWS <= 10_000 ? 30 : 60;
    const apiPeak = await peakRssMb(api.child.pid);
    const workerPeak = await peakRssMb(worker.child.pid);
    console.log(`
Rebound import benchmark — ${ROWS} rows (5% malformed), 2 cores
Upload and mapping suggestion: ${(uploadMs / 1000).toFixed(1)} s
Dry run (every row checked, ${checked.issueCount} reported): ${(dryRunMs / 1000).toFixed(1)} s
Import (${done.createdCount} candidates created): ${(importMs / 1000).toFixed(1)} s
Upload to imported, all steps: ${(total / 1000).toFixed(1)} s — target < ${targetS} s: ${total < targetS * 1000 ? 'met' : 'MISSED'}; candidates in the database: ${count}
Peak RSS: API ${apiPeak.toFixed(0)} MB, worker ${workerPeak.toFixed(0)} MB
`);
    process.exitCode = count === done.createdCount ? 0 : 1;
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
