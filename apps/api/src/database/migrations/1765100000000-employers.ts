import { MigrationInterface, QueryRunner } from 'typeorm';
import { tenantTableSql } from '../tenant-table.sql.js';

/**
 * Employers and their contacts become records of the agency, so that employer patterns group by an id
 * rather than by how a recruiter happened to spell a company; a submission also keeps why it ended (a
 * reason of the rejection taxonomy) and the employer contact who said so. Existing submissions get an
 * employer per distinct company name (trimmed, case-insensitive), named as first written.
 */
export class Employers1765100000000 implements MigrationInterface {
  name = 'Employers1765100000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      tenantTableSql(
        'employers',
        `
        name text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 160),
        name_key text GENERATED ALWAYS AS (lower(btrim(name))) STORED,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT employers_name_key UNIQUE (organization_id, name_key)
      `,
      ),
    );
    await db.query(
      tenantTableSql(
        'employer_contacts',
        `
        employer_id uuid NOT NULL,
        name text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 160),
        email text CHECK (email IS NULL OR length(email) <= 320),
        title text CHECK (title IS NULL OR length(title) <= 160),
        created_at timestamptz NOT NULL DEFAULT now(),
        FOREIGN KEY (organization_id, employer_id) REFERENCES employers (organization_id, id) ON DELETE CASCADE
      `,
      ),
    );
    await db.query(`
      CREATE INDEX employer_contacts_employer_idx ON employer_contacts (organization_id, employer_id, lower(name));
      ALTER TABLE candidate_submissions
        ADD COLUMN employer_id uuid,
        ADD COLUMN outcome_reason text CHECK (outcome_reason IN ('internal_candidate',
          'different_direction', 'better_qualified_candidate', 'missing_skill', 'presentation_or_rapport',
          'timing_or_budget', 'unknown')),
        ADD COLUMN outcome_contact_id uuid,
        ADD FOREIGN KEY (organization_id, employer_id) REFERENCES employers (organization_id, id),
        ADD FOREIGN KEY (organization_id, outcome_contact_id) REFERENCES employer_contacts (organization_id, id)
          ON DELETE SET NULL (outcome_contact_id);
      INSERT INTO employers (organization_id, name)
        SELECT DISTINCT ON (s.organization_id, lower(btrim(a.company))) s.organization_id, btrim(a.company)
          FROM candidate_submissions s
          JOIN applications a ON a.organization_id = s.organization_id AND a.id = s.application_id
         ORDER BY s.organization_id, lower(btrim(a.company)), s.created_at, s.id;
      UPDATE candidate_submissions s SET employer_id = e.id
        FROM applications a, employers e
       WHERE a.organization_id = s.organization_id AND a.id = s.application_id
         AND e.organization_id = s.organization_id AND e.name_key = lower(btrim(a.company));
      ALTER TABLE candidate_submissions ALTER COLUMN employer_id SET NOT NULL;
      CREATE INDEX candidate_submissions_employer_idx ON candidate_submissions (organization_id, employer_id, submitted_on);
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP INDEX candidate_submissions_employer_idx;
      ALTER TABLE candidate_submissions DROP COLUMN outcome_contact_id, DROP COLUMN outcome_reason, DROP COLUMN employer_id;
      DROP TABLE employer_contacts;
      DROP TABLE employers;
    `);
  }
}
