import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { withClient } from '@rebound/dev-postgres';
import { createTestDatabase, TestDatabase } from '@rebound/testing';

/** Tables that belong to no single organization: each one is a deliberate exception. */
const GLOBAL_TABLES = new Set([
  'schema_migrations',
  'organizations', // the tenant itself: row-level security by its own id
  'users',
  'sessions',
  'user_accounts',
  'verification_tokens',
  'password_reset_tokens',
  'sign_up_requests', // before its account and organization exist
  'user_two_factor', // a user's, whichever organizations they belong to
  'user_recovery_codes',
  'sign_in_challenges', // before any session, let alone an organization
  'email_outbox',
  'rate_limits',
  'stripe_events', // arrives before its tenant is known; one row per Stripe event
]);

describe('tenancy rules in the catalog', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.drop());

  const query = <T>(sql: string) =>
    withClient(database.ownerUrl, async (client) => (await client.query(sql)).rows as T[]);

  it('gives every table that is not a declared global one an organization_id', async () => {
    const rows = await query<{ table_name: string; tenant: boolean }>(`
      SELECT c.relname AS table_name,
             EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'organization_id') AS tenant
        FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = 'public' AND c.relkind = 'r'`);
    const unexplained = rows.filter((row) => !row.tenant && !GLOBAL_TABLES.has(row.table_name));
    expect(unexplained).toEqual([]);
    expect(rows.filter((row) => row.tenant).length).toBeGreaterThanOrEqual(3);
  });

  it('puts organization_id first in the primary key of every tenant table', async () => {
    const rows = await query<{ table_name: string; first_key: string | null }>(`
      SELECT c.relname AS table_name,
             (SELECT a.attname FROM pg_constraint k JOIN pg_attribute a
                 ON a.attrelid = k.conrelid AND a.attnum = k.conkey[1]
               WHERE k.conrelid = c.oid AND k.contype = 'p') AS first_key
        FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = 'public' AND c.relkind = 'r'
         AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'organization_id')`);
    expect(rows.filter((row) => row.first_key !== 'organization_id')).toEqual([]);
  });

  it('includes organization_id in every foreign key between tenant tables', async () => {
    const rows = await query<{ constraint_name: string }>(`
      SELECT k.conname AS constraint_name
        FROM pg_constraint k
       WHERE k.contype = 'f'
         AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = k.conrelid AND a.attname = 'organization_id')
         AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = k.confrelid AND a.attname = 'organization_id')
         AND NOT EXISTS (
           SELECT 1 FROM unnest(k.conkey) AS col(attnum) JOIN pg_attribute a
             ON a.attrelid = k.conrelid AND a.attnum = col.attnum WHERE a.attname = 'organization_id')`);
    expect(rows).toEqual([]);
  });

  it('enables and forces row-level security with a tenant policy on every tenant table and on organizations', async () => {
    const rows = await query<{
      table_name: string;
      enabled: boolean;
      forced: boolean;
      tenant_policy: boolean;
    }>(`
      SELECT c.relname AS table_name, c.relrowsecurity AS enabled, c.relforcerowsecurity AS forced,
             EXISTS (SELECT 1 FROM pg_policies p WHERE p.tablename = c.relname
                       AND p.qual LIKE '%app_current_org_id()%') AS tenant_policy
        FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = 'public' AND c.relkind = 'r'
         AND (c.relname = 'organizations'
              OR EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'organization_id'))`);
    expect(rows.filter((row) => !row.enabled || !row.forced || !row.tenant_policy)).toEqual([]);
  });

  it("leaves the API's role owning nothing, with neither superuser nor BYPASSRLS", async () => {
    const role = await query<{ rolsuper: boolean; rolbypassrls: boolean; owned: number }>(`
      SELECT r.rolsuper, r.rolbypassrls,
             (SELECT count(*)::int FROM pg_class c WHERE c.relowner = r.oid) +
             (SELECT count(*)::int FROM pg_proc p WHERE p.proowner = r.oid) AS owned
        FROM pg_roles r WHERE r.rolname = 'rebound_app'`);
    expect(role).toEqual([{ rolsuper: false, rolbypassrls: false, owned: 0 }]);
  });

  describe('ready to distribute by organization_id (infra/citus.sql)', () => {
    const tenantTables = async () =>
      (
        await query<{ table_name: string }>(`
          SELECT c.relname AS table_name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
           WHERE n.nspname = 'public' AND c.relkind = 'r'
             AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'organization_id')`)
      ).map((row) => row.table_name);

    it('makes every unique constraint and unique index of a tenant table include organization_id', async () => {
      const rows = await query<{ index_name: string }>(`
        SELECT i.relname AS index_name
          FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class c ON c.oid = x.indrelid
          JOIN pg_namespace n ON n.oid = c.relnamespace
         WHERE n.nspname = 'public' AND x.indisunique
           AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'organization_id')
           AND NOT EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'organization_id'
                             AND a.attnum = ANY (x.indkey))`);
      expect(rows).toEqual([]);
    });

    it('has no foreign key from a global table into a tenant table (a reference table cannot point into shards)', async () => {
      const rows = await query<{ constraint_name: string }>(`
        SELECT k.conname AS constraint_name FROM pg_constraint k
         WHERE k.contype = 'f'
           AND NOT EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = k.conrelid AND a.attname = 'organization_id')
           AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = k.confrelid AND a.attname = 'organization_id')`);
      expect(rows).toEqual([]);
    });

    it('distributes every tenant table and makes every other table a reference table', async () => {
      const sql = readFileSync(resolve(import.meta.dirname, '../../../../infra/citus.sql'), 'utf8');
      const named = (call: string) =>
        [...sql.matchAll(new RegExp(`${call}\\('([a-z_]+)'`, 'g'))].map((match) => match[1]).sort();
      expect(named('create_distributed_table')).toEqual((await tenantTables()).sort());
      expect(named('create_reference_table')).toEqual(
        [...GLOBAL_TABLES].filter((table) => table !== 'schema_migrations').sort(),
      );
      expect(sql).not.toMatch(/create_distributed_table\('[a-z_]+', '(?!organization_id)/);
    });
  });
});
