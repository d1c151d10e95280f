import pg from 'pg';
import { hashPassword } from '../../modules/identity/password.js';

export const DEMO_ORGANIZATION = {
  name: 'Northstar Career Coaching',
  slug: 'demo',
  kind: 'coaching_practice',
};
export const DEMO_PASSWORD = 'rebound-demo';
export const DEMO_USERS = [
  { email: 'owner@demo.rebound.test', name: 'Olivia Owens', role: 'owner' },
  { email: 'coach@demo.rebound.test', name: 'Marcus Bell', role: 'coach' },
  { email: 'client@demo.rebound.test', name: 'Priya Nair', role: 'client' },
] as const;

/**
 * Plants the demo organization when the database has none. Runs as the schema owner, inside one
 * transaction that sets the tenant like the API does, so row-level security accepts every row.
 * Returns false when there was something already.
 */
export async function seedDemo(ownerDatabaseUrl: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: ownerDatabaseUrl });
  await client.connect();
  try {
    await client.query('BEGIN');
    await client.query('LOCK TABLE organizations IN EXCLUSIVE MODE');
    const existing = await client.query('SELECT 1 FROM organization_by_slug($1)', [DEMO_ORGANIZATION.slug]);
    if (existing.rowCount) {
      await client.query('ROLLBACK');
      return false;
    }
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    const { rows } = await client.query<{ id: string }>('SELECT gen_random_uuid() AS id');
    const orgId = rows[0].id;
    await client.query(`SELECT set_config('app.org_id', $1, true)`, [orgId]);
    await client.query('INSERT INTO organizations (id, name, slug, kind) VALUES ($1, $2, $3, $4)', [
      orgId,
      DEMO_ORGANIZATION.name,
      DEMO_ORGANIZATION.slug,
      DEMO_ORGANIZATION.kind,
    ]);
    for (const user of DEMO_USERS) {
      const inserted = await client.query<{ id: string }>(
        `INSERT INTO users (email, name, password_hash) VALUES ($1, $2, $3)
         ON CONFLICT (lower(email)) DO UPDATE SET name = EXCLUDED.name RETURNING id`,
        [user.email, user.name, passwordHash],
      );
      await client.query('INSERT INTO memberships (organization_id, user_id, role) VALUES ($1, $2, $3)', [
        orgId,
        inserted.rows[0].id,
        user.role,
      ]);
    }
    await client.query('COMMIT');
    return true;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}
