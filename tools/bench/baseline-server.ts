/**
 * The benchmark's baseline: a bare `node:http` + `pg` endpoint that fetches the same caseload page as
 * the API's `caseload(first: 50)` (the caseload's size, its rows with their triage snapshot and last
 * rejection) with hand-written SQL, prepared once per connection as the API's is, in one transaction
 * that names the tenant, as the same restricted role. Whatever the API costs beyond this is the price of NestJS, GraphQL, sessions, validation and the
 * freshness check of the triage rows.
 * Environment: DATABASE_APP_URL, BENCH_ORG_ID, PORT, PROCESSES (as many as the API runs; default 1).
 */
import cluster from 'node:cluster';
import { createServer } from 'node:http';
import pg from 'pg';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_APP_URL, max: 10 });
const orgId = process.env.BENCH_ORG_ID!;

async function caseloadPage(): Promise<unknown> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query(`SELECT set_config('app.org_id', $1, true)`, [orgId]);
    const page = await client.query({
      name: 'caseload-page',
      text: `SELECT (SELECT count(*)::int FROM clients WHERE organization_id = $1 AND status = ANY($2)) AS total, p.*
         FROM (SELECT c.id, c.name, c.email, c.status, t.score, t.reasons, t.insight_count, t.counts,
                      (SELECT to_jsonb(r) FROM (SELECT r.id, r.rejected_on, r.stage_reached FROM rejections r
                        WHERE r.organization_id = t.organization_id AND r.id = t.last_rejection_id) r) AS last_rejection
                 FROM clients c JOIN client_triage t ON t.organization_id = c.organization_id AND t.id = c.id
                WHERE c.organization_id = $1 AND c.status = ANY($2)
                ORDER BY t.score DESC, lower(c.name), c.id LIMIT 51) p`,
      values: [orgId, ['active', 'paused']],
    });
    await client.query('COMMIT');
    return { total: page.rows[0]?.total ?? 0, rows: page.rows.slice(0, 50) };
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
}

const processes = Number(process.env.PROCESSES ?? 1);
if (cluster.isPrimary && processes > 1) {
  for (let i = 0; i < processes; i += 1) cluster.fork();
  process.once('SIGTERM', () => {
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGTERM');
    process.exit(0);
  });
} else {
  serve();
}

function serve(): void {
  createServer((req, res) => {
    caseloadPage().then(
      (body) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify(body));
      },
      (error: Error) => {
        res.writeHead(500);
        res.end(error.message);
      },
    );
  }).listen(Number(process.env.PORT), '127.0.0.1');
}
