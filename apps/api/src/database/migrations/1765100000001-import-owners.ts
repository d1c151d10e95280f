import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Imports land with their owner: a row without a recruiter goes to the staff member who ran the import
 * (the dry run counts those rows and says so), and invitations are no longer sent unless asked for.
 * A re-import may update the candidates it finds by email; the dry run counts the ones it would change.
 */
export class ImportOwners1765100000001 implements MigrationInterface {
  name = 'ImportOwners1765100000001';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE candidate_imports
        ALTER COLUMN invite SET DEFAULT false,
        ADD COLUMN default_recruiter_membership_id uuid,
        ADD COLUMN unassigned_rows integer NOT NULL DEFAULT 0,
        ADD COLUMN update_existing boolean NOT NULL DEFAULT false,
        ADD COLUMN update_rows integer NOT NULL DEFAULT 0,
        ADD COLUMN updated_count integer NOT NULL DEFAULT 0,
        ADD FOREIGN KEY (organization_id, default_recruiter_membership_id) REFERENCES memberships (organization_id, id)
          ON DELETE SET NULL (default_recruiter_membership_id);
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE candidate_imports DROP COLUMN unassigned_rows, DROP COLUMN default_recruiter_membership_id,
        DROP COLUMN update_existing, DROP COLUMN update_rows, DROP COLUMN updated_count,
        ALTER COLUMN invite SET DEFAULT true;
    `);
  }
}
