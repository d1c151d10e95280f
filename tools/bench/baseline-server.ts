/**
 * The benchmark's baseline: a bare `node:http` + `pg` endpoint that fetches the same caseload page as
 * the API's `caseload(first: 50)` (rows with their triage snapshot, total, last rejections) with
 * hand-written SQL, in one
 * transaction that names the tenant, as the same restricted role. Whatever the API costs beyond this is
 * the price of NestJS, GraphQL, sessions, validation and DataLoaders.
 * Environment: DATABASE_APP_URL, BENCH_ORG_ID, PORT.
 */
import { createServer } from 'node:http';
import pg from 'pg';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_APP_URL, max: 10 });
const orgId = process.env.BENCH_ORG_ID!;

async function caseloadPage(): Promise<unknown> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query(`SELECT set_config('app.org_id', $1, true)`, [orgId]);
    const page = await client.query(
      `SELECT c.id, c.name, c.email, c.status, t.score, t.reasons, t.insight_count, t.counts, t.last_rejection_id
         FROM clients c JOIN client_triage t ON t.organization_id = c.organization_id AND t.id = c.id
        WHERE c.organization_id = $1 AND c.status = ANY($2)
        ORDER BY t.score DESC, lower(c.name), c.id LIMIT 51`,
      [orgId, ['active', 'paused']],
    );
    const rows = page.rows.slice(0, 50);
    const total = await client.query(
      `SELECT count(*)::int AS count FROM clients c WHERE c.organization_id = $1 AND c.status = ANY($2)`,
      [orgId, ['active', 'paused']],
    );
    const latest = await client.query(
      `SELECT r.id, r.client_id, r.rejected_on, r.stage_reached FROM rejections r
        WHERE r.organization_id = $1 AND r.id = ANY($2)`,
      [orgId, rows.map((row) => row.last_rejection_id).filter(Boolean)],
    );
    await client.query('COMMIT');
    return { rows, total: total.rows[0].count, latest: latest.rows };
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
}

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
