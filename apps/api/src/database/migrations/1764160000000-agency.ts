import { MigrationInterface, QueryRunner } from 'typeorm';
import { JOBS_SCHEMA } from './1764080000000-jobs.js';
import { tenantTableSql } from '../tenant-table.sql.js';

const CANDIDATE_IMPORT_QUEUE = 'candidate-import';
const CANDIDATE_INVITATIONS_QUEUE = 'candidate-invitations';

/**
 * Staffing agencies: candidates imported in bulk from CSV (the file, its mapping, progress and the
 * per-row report), the onboarding profile a candidate completes, and submissions of candidates to
 * employers (each one an application, so outcomes feed the same insights).
 */
export class Agency1764160000000 implements MigrationInterface {
  name = 'Agency1764160000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE clients
        ADD COLUMN phone text CHECK (phone IS NULL OR length(phone) <= 40),
        ADD COLUMN tags text[] NOT NULL DEFAULT '{}',
        ADD COLUMN availability text CHECK (availability IS NULL OR length(availability) <= 200),
        ADD COLUMN work_authorization text CHECK (work_authorization IS NULL OR length(work_authorization) <= 200),
        ADD COLUMN resume_url text CHECK (resume_url IS NULL OR length(resume_url) <= 2048),
        ADD COLUMN consent_version text,
        ADD COLUMN consent_at timestamptz,
        ADD COLUMN import_id uuid;
      CREATE INDEX clients_email_idx ON clients (organization_id, lower(email));
    `);
    await db.query(
      tenantTableSql(
        'candidate_imports',
        `
        file_name text NOT NULL CHECK (length(file_name) BETWEEN 1 AND 200),
        content text NOT NULL,
        headers text[] NOT NULL,
        mapping jsonb,
        invite boolean NOT NULL DEFAULT true,
        status text NOT NULL DEFAULT 'uploaded'
          CHECK (status IN ('uploaded', 'validating', 'validated', 'importing', 'completed', 'failed')),
        total_rows integer NOT NULL,
        checked_rows integer NOT NULL DEFAULT 0,
        valid_rows integer NOT NULL DEFAULT 0,
        issue_count integer NOT NULL DEFAULT 0,
        processed_rows integer NOT NULL DEFAULT 0,
        created_count integer NOT NULL DEFAULT 0,
        skipped_count integer NOT NULL DEFAULT 0,
        lease_until timestamptz,
        failure text,
        created_by_user_id uuid NOT NULL REFERENCES users (id),
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        finished_at timestamptz
      `,
      ),
    );
    await db.query(
      tenantTableSql(
        'candidate_import_issues',
        `
        import_id uuid NOT NULL,
        line integer NOT NULL,
        field text NOT NULL,
        code text NOT NULL,
        message text NOT NULL,
        FOREIGN KEY (organization_id, import_id) REFERENCES candidate_imports (organization_id, id) ON DELETE CASCADE,
        CONSTRAINT candidate_import_issues_once_key UNIQUE (organization_id, import_id, line, field, code)
      `,
      ),
    );
    await db.query(
      tenantTableSql(
        'candidate_submissions',
        `
        client_id uuid NOT NULL,
        application_id uuid NOT NULL,
        submitted_by_membership_id uuid,
        submitted_on date NOT NULL,
        note text NOT NULL DEFAULT '' CHECK (length(note) <= 2000),
        created_at timestamptz NOT NULL DEFAULT now(),
        FOREIGN KEY (organization_id, client_id) REFERENCES clients (organization_id, id) ON DELETE CASCADE,
        FOREIGN KEY (organization_id, application_id) REFERENCES applications (organization_id, id) ON DELETE CASCADE,
        FOREIGN KEY (organization_id, submitted_by_membership_id) REFERENCES memberships (organization_id, id)
          ON DELETE SET NULL (submitted_by_membership_id),
        CONSTRAINT candidate_submissions_application_key UNIQUE (organization_id, application_id)
      `,
      ),
    );
    await db.query(`
      ALTER TABLE clients ADD FOREIGN KEY (organization_id, import_id)
        REFERENCES candidate_imports (organization_id, id) ON DELETE SET NULL (import_id);
      CREATE INDEX candidate_imports_list_idx ON candidate_imports (organization_id, created_at DESC, id);
      CREATE INDEX candidate_import_issues_line_idx ON candidate_import_issues (organization_id, import_id, line);
      CREATE INDEX candidate_submissions_client_idx ON candidate_submissions (organization_id, client_id);
      CREATE INDEX applications_company_idx ON applications (organization_id, lower(btrim(company)));
      -- PostgreSQL's advice after a bulk load: fresh statistics, or plans made for a near-empty table (the
      -- foreign-key checks' among them) scan it row by row. The API's role owns nothing, so it asks this.
      CREATE FUNCTION refresh_candidate_statistics() RETURNS void
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
        AS $fn$ BEGIN ANALYZE clients; ANALYZE coach_assignments; END $fn$;
      REVOKE ALL ON FUNCTION refresh_candidate_statistics() FROM PUBLIC;
      GRANT EXECUTE ON FUNCTION refresh_candidate_statistics() TO rebound_app;
      SELECT ${JOBS_SCHEMA}.create_queue('${CANDIDATE_IMPORT_QUEUE}', '{"policy": "standard", "retryLimit": 5, "retryDelay": 5, "retryBackoff": true}');
      SELECT ${JOBS_SCHEMA}.create_queue('${CANDIDATE_INVITATIONS_QUEUE}', '{"policy": "standard", "retryLimit": 5, "retryDelay": 30, "retryBackoff": true}');
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      SELECT ${JOBS_SCHEMA}.delete_queue('${CANDIDATE_INVITATIONS_QUEUE}');
      SELECT ${JOBS_SCHEMA}.delete_queue('${CANDIDATE_IMPORT_QUEUE}');
      DROP FUNCTION refresh_candidate_statistics();
      DROP INDEX applications_company_idx;
      ALTER TABLE clients DROP COLUMN import_id;
      DROP TABLE candidate_submissions;
      DROP TABLE candidate_import_issues;
      DROP TABLE candidate_imports;
      DROP INDEX clients_email_idx;
      ALTER TABLE clients DROP COLUMN phone, DROP COLUMN tags, DROP COLUMN availability,
        DROP COLUMN work_authorization, DROP COLUMN resume_url, DROP COLUMN consent_version, DROP COLUMN consent_at;
    `);
  }
}
