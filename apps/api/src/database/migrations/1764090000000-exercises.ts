import { MigrationInterface, QueryRunner } from 'typeorm';
import { tenantTableSql } from '../tenant-table.sql.js';

export class Exercises1764090000000 implements MigrationInterface {
  name = 'Exercises1764090000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      tenantTableSql(
        'exercise_templates',
        `
        title text NOT NULL,
        current_version integer NOT NULL DEFAULT 1,
        cloned_from text,
        archived_at timestamptz,
        created_by_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      `,
      ),
    );
    // Versions are kept forever: an assignment points at the version it was made from.
    await db.query(
      tenantTableSql(
        'exercise_template_versions',
        `
        template_id uuid NOT NULL,
        version_number integer NOT NULL CHECK (version_number >= 1),
        content jsonb NOT NULL,
        created_by_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        FOREIGN KEY (organization_id, template_id) REFERENCES exercise_templates (organization_id, id) ON DELETE CASCADE,
        CONSTRAINT exercise_template_versions_number_key UNIQUE (organization_id, template_id, version_number)
      `,
      ),
    );
    await db.query(
      tenantTableSql(
        'exercise_assignments',
        `
        client_id uuid NOT NULL,
        built_in_key text,
        template_version_id uuid,
        content jsonb NOT NULL,
        due_on date,
        status text NOT NULL DEFAULT 'assigned' CHECK (status IN ('assigned', 'in_progress', 'submitted', 'reviewed')),
        answers jsonb NOT NULL DEFAULT '{}',
        rejection_id uuid,
        assigned_by_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
        submitted_at timestamptz,
        reviewed_at timestamptz,
        coach_comment text NOT NULL DEFAULT '' CHECK (length(coach_comment) <= 10000),
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (built_in_key IS NOT NULL OR template_version_id IS NOT NULL),
        FOREIGN KEY (organization_id, client_id) REFERENCES clients (organization_id, id) ON DELETE CASCADE,
        FOREIGN KEY (organization_id, template_version_id) REFERENCES exercise_template_versions (organization_id, id),
        FOREIGN KEY (organization_id, rejection_id) REFERENCES rejections (organization_id, id) ON DELETE SET NULL (rejection_id)
      `,
      ),
    );
    await db.query(`
      REVOKE UPDATE, DELETE ON exercise_template_versions FROM rebound_app;
      CREATE INDEX exercise_templates_list_idx ON exercise_templates (organization_id, created_at DESC, id) WHERE archived_at IS NULL;
      CREATE INDEX exercise_assignments_client_idx ON exercise_assignments (organization_id, client_id, created_at DESC);
      CREATE INDEX exercise_assignments_due_idx ON exercise_assignments (organization_id, due_on)
        WHERE status IN ('assigned', 'in_progress');
      CREATE INDEX exercise_assignments_review_idx ON exercise_assignments (organization_id, submitted_at) WHERE status = 'submitted';
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(
      `DROP TABLE exercise_assignments; DROP TABLE exercise_template_versions; DROP TABLE exercise_templates;`,
    );
  }
}
