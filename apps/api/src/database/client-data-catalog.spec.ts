import { readFileSync } from 'node:fs';
import { withClient } from '@rebound/dev-postgres';
import { createTestDatabase, TestDatabase } from '@rebound/testing';

/**
 * Tables holding a client's data that the client's export (`PrivacyService.export`) leaves out on
 * purpose, each with its reason. Anything else holding a client's data must be in the export.
 */
const NOT_EXPORTED: Record<string, string> = {
  coach_assignments:
    "which staff members coach the client: the organization's staffing, rows of staff membership ids; " +
    'changes of coach are exported with the status history',
  client_triage:
    "the coach's attention score, recomputed from the rejections, applications and exercises that are exported",
  insight_actions:
    "what the coach did about an insight: the coach's working notes, left out like their private notes",
  inbound_addresses:
    'the routing token of the client’s forwarding address, shown on their page; the emails it received are exported',
};

/**
 * Tables holding a client's data that erasing the client (`ClientService.delete`: one `DELETE FROM
 * clients`, the rest by `ON DELETE CASCADE`) leaves in place, each with its reason.
 */
const KEPT_AFTER_DELETION: Record<string, string> = {
  candidate_import_rows:
    "the agency's uploaded file row by row, which its import's counts and problem report read: erasing the " +
    'client blanks the rows that name them (`ClientService.delete`, by id or email) instead of deleting them',
};

/**
 * The tables that hold a client's data, from the catalog: every table that reaches `clients` through a
 * chain of foreign keys, and every table with a column naming a client (`client_id`, `…_client_id`) even
 * without a foreign key. `deleted_with_client`: some chain from it to `clients` cascades all the way.
 */
const CLIENT_DATA_TABLES = `
  WITH RECURSIVE foreign_keys AS (
    SELECT child.relname AS child, parent.relname AS parent, k.confdeltype = 'c' AS cascades
      FROM pg_constraint k
      JOIN pg_class child ON child.oid = k.conrelid
      JOIN pg_class parent ON parent.oid = k.confrelid
      JOIN pg_namespace n ON n.oid = child.relnamespace
     WHERE k.contype = 'f' AND n.nspname = 'public' AND child.oid <> parent.oid
  ), reaching (table_name, cascades) AS (
    SELECT 'clients'::name, true
    UNION
    SELECT f.child, r.cascades AND f.cascades FROM foreign_keys f JOIN reaching r ON f.parent = r.table_name
  ), naming AS (
    SELECT c.relname AS table_name
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
     WHERE n.nspname = 'public' AND c.relkind = 'r' AND a.attname ~ '(^|_)client_id$'
  )
  SELECT table_name::text, bool_or(cascades) AS deleted_with_client
    FROM (SELECT table_name, cascades FROM reaching UNION ALL SELECT table_name, false FROM naming) t
   GROUP BY table_name
   ORDER BY table_name`;

/** The tables `PrivacyService.export` reads, from its SQL. */
function exportedTables(): Set<string> {
  const source = readFileSync(new URL('../modules/privacy/privacy.service.ts', import.meta.url), 'utf8');
  const start = source.indexOf('async export(');
  const end = source.indexOf('\n  }\n', start);
  expect(start).toBeGreaterThan(-1);
  const body = source.slice(start, end);
  return new Set([...body.matchAll(/\b(?:FROM|JOIN)\s+([a-z_]+)\b/g)].map((match) => match[1]));
}

describe("a client's data in the catalog", () => {
  let database: TestDatabase;
  let tables: { table_name: string; deleted_with_client: boolean }[];
  beforeAll(async () => {
    database = await createTestDatabase();
    tables = await withClient(
      database.ownerUrl,
      async (client) => (await client.query(CLIENT_DATA_TABLES)).rows,
    );
  });
  afterAll(() => database.drop());

  it('finds the tables that hold it', () => {
    const names = tables.map((table) => table.table_name);
    for (const known of [
      'clients',
      'applications',
      'rejections',
      'feedback_requests',
      'plan_item_comments',
    ]) {
      expect(names).toContain(known);
    }
  });

  it('puts every one of them in the client’s export, or says why not', () => {
    const exported = exportedTables();
    const missing = tables
      .map((table) => table.table_name)
      .filter((table) => !exported.has(table) && !(table in NOT_EXPORTED));
    expect(missing).toEqual([]);
  });

  it('erases every one of them with the client, or says why not', () => {
    const kept = tables
      .filter((table) => !table.deleted_with_client && !(table.table_name in KEPT_AFTER_DELETION))
      .map((table) => table.table_name);
    expect(kept).toEqual([]);
  });

  it('keeps no reason for a table that no longer needs one', () => {
    const names = new Set(tables.map((table) => table.table_name));
    const exported = exportedTables();
    const deleted = new Set(
      tables.filter((table) => table.deleted_with_client).map((table) => table.table_name),
    );
    expect(Object.keys(NOT_EXPORTED).filter((table) => !names.has(table) || exported.has(table))).toEqual([]);
    expect(
      Object.keys(KEPT_AFTER_DELETION).filter((table) => !names.has(table) || deleted.has(table)),
    ).toEqual([]);
  });
});
