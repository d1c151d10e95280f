import pg from 'pg';
import { withClient } from '@rebound/dev-postgres';
import { createTestDatabase, TestDatabase } from '@rebound/testing';
import { insertOrganization, SeededOrganization } from '../../test/fixtures.js';

/** Runs `work` as the API's role inside one transaction scoped to `orgId`, then rolls back. */
async function asTenant<T>(
  database: TestDatabase,
  orgId: string | null,
  work: (client: pg.Client) => Promise<T>,
) {
  return withClient(database.appUrl, async (client) => {
    await client.query('BEGIN');
    try {
      if (orgId) await client.query(`SELECT set_config('app.org_id', $1, true)`, [orgId]);
      return await work(client);
    } finally {
      await client.query('ROLLBACK');
    }
  });
}

describe('row-level security as the second wall between tenants', () => {
  let database: TestDatabase;
  let orgA: SeededOrganization;
  let orgB: SeededOrganization;

  beforeAll(async () => {
    database = await createTestDatabase();
    orgA = await insertOrganization(database.ownerUrl, {
      name: 'Alpha Coaching',
      slug: 'alpha',
      members: [
        { email: 'owner@alpha.test', role: 'owner' },
        { email: 'coach@alpha.test', role: 'coach' },
      ],
    });
    orgB = await insertOrganization(database.ownerUrl, {
      name: 'Beta Careers',
      slug: 'beta',
      kind: 'career_services',
      members: [{ email: 'owner@beta.test', role: 'owner' }],
    });
  });
  afterAll(() => database.drop());

  it("shows the API's role none of organization B's rows while the tenant is A, even with a raw SELECT *", async () => {
    await asTenant(database, orgA.id, async (client) => {
      const memberships = await client.query('SELECT * FROM memberships');
      expect(memberships.rows).toHaveLength(2);
      expect(new Set(memberships.rows.map((row) => row.organization_id))).toEqual(new Set([orgA.id]));

      const organizations = await client.query('SELECT * FROM organizations');
      expect(organizations.rows.map((row) => row.id)).toEqual([orgA.id]);

      const explicitB = await client.query('SELECT * FROM memberships WHERE organization_id = $1', [orgB.id]);
      expect(explicitB.rowCount).toBe(0);
    });
  });

  it('shows no tenant rows at all when no tenant is set', async () => {
    await asTenant(database, null, async (client) => {
      expect((await client.query('SELECT * FROM memberships')).rowCount).toBe(0);
      expect((await client.query('SELECT * FROM organizations')).rowCount).toBe(0);
    });
  });

  it('refuses to insert a row for organization B while the tenant is A', async () => {
    const userOfA = orgA.userIds['coach@alpha.test'];
    await expect(
      asTenant(database, orgA.id, (client) =>
        client.query(`INSERT INTO memberships (organization_id, user_id, role) VALUES ($1, $2, 'coach')`, [
          orgB.id,
          userOfA,
        ]),
      ),
    ).rejects.toThrow(/row-level security/);
  });

  it("cannot move a row of A into B, nor update or delete B's rows", async () => {
    await expect(
      asTenant(database, orgA.id, (client) =>
        client.query('UPDATE memberships SET organization_id = $1 WHERE organization_id = $2', [
          orgB.id,
          orgA.id,
        ]),
      ),
    ).rejects.toThrow(/row-level security/);

    const touched = await asTenant(database, orgA.id, async (client) => {
      const updated = await client.query(
        `UPDATE memberships SET status = 'disabled' WHERE organization_id = $1`,
        [orgB.id],
      );
      const deleted = await client.query('DELETE FROM organizations WHERE id = $1', [orgB.id]);
      return updated.rowCount! + deleted.rowCount!;
    });
    expect(touched).toBe(0);
  });

  it("cannot switch off row-level security: the API's role owns no table and has no BYPASSRLS", async () => {
    const role = await withClient(database.appUrl, (client) =>
      client.query(`SELECT rolsuper, rolbypassrls FROM pg_roles WHERE rolname = current_user`),
    );
    expect(role.rows[0]).toEqual({ rolsuper: false, rolbypassrls: false });
    const owned = await withClient(database.ownerUrl, (client) =>
      client.query(
        `SELECT relname FROM pg_class WHERE relowner = (SELECT oid FROM pg_roles WHERE rolname = 'rebound_app')`,
      ),
    );
    expect(owned.rows).toEqual([]);
    await expect(
      withClient(database.appUrl, (client) =>
        client.query('ALTER TABLE memberships DISABLE ROW LEVEL SECURITY'),
      ),
    ).rejects.toThrow(/must be owner/);
  });

  it('lets the tenant of A read and write its own rows', async () => {
    const count = await asTenant(database, orgA.id, async (client) => {
      await client.query(`UPDATE organizations SET name = 'Alpha Coaching Co.' WHERE id = $1`, [orgA.id]);
      const renamed = await client.query('SELECT name FROM organizations WHERE id = $1', [orgA.id]);
      return renamed.rows[0].name;
    });
    expect(count).toBe('Alpha Coaching Co.');
  });
});
