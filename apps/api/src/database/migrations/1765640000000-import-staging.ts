import { MigrationInterface, QueryRunner } from 'typeorm';
import { tenantTableSql } from '../tenant-table.sql.js';

/**
 * Candidate imports at agency scale: an upload is stored row by row as it streams in (no longer as one
 * text), the dry run writes what it made of each row beside it, and the import inserts from those rows
 * with set-based statements. `content` stays for imports uploaded before this change: the worker moves
 * such a file into rows the first time it works on it.
 */
export class ImportStaging1765640000000 implements MigrationInterface {
  name = 'ImportStaging1765640000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      tenantTableSql(
        'candidate_import_rows',
        `
        import_id uuid NOT NULL,
        ordinal integer NOT NULL CHECK (ordinal > 0),
        line integer NOT NULL,
        cells text[] NOT NULL,
        outcome text CHECK (outcome IN ('create', 'update', 'unchanged', 'issue')),
        email text,
        name text,
        phone text,
        target_roles text[],
        locations text[],
        tags text[],
        recruiter_membership_id uuid,
        existing_client_id uuid,
        FOREIGN KEY (organization_id, import_id) REFERENCES candidate_imports (organization_id, id) ON DELETE CASCADE,
        CONSTRAINT candidate_import_rows_ordinal_key UNIQUE (organization_id, import_id, ordinal)
      `,
      ),
    );
    await db.query(`
      CREATE INDEX candidate_import_rows_email_idx ON candidate_import_rows (organization_id, import_id, email, line)
        WHERE email IS NOT NULL;
      ALTER TABLE candidate_imports ALTER COLUMN content DROP NOT NULL;
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP TABLE candidate_import_rows;
      UPDATE candidate_imports SET content = '' WHERE content IS NULL;
      ALTER TABLE candidate_imports ALTER COLUMN content SET NOT NULL;
    `);
  }
}
