import { MigrationInterface, QueryRunner } from 'typeorm';
import { tenantTableSql } from '../tenant-table.sql.js';

/**
 * Coaching loops: how each person takes their notification emails (each event at once, or one daily
 * digest), which notifications still wait for that digest, withdrawn exercises, and a client's
 * lifecycle (status changes and coach changes, each with its date, reason and author) kept as history.
 */
export class CoachLoops1765200000000 implements MigrationInterface {
  name = 'CoachLoops1765200000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE users ADD COLUMN email_frequency text NOT NULL DEFAULT 'immediate'
        CHECK (email_frequency IN ('immediate', 'daily'));
      ALTER TABLE notifications ADD COLUMN digest_pending boolean NOT NULL DEFAULT false;
      CREATE INDEX notifications_digest_idx ON notifications (organization_id, user_id, created_at) WHERE digest_pending;

      ALTER TABLE exercise_assignments DROP CONSTRAINT exercise_assignments_status_check;
      ALTER TABLE exercise_assignments ADD CONSTRAINT exercise_assignments_status_check
        CHECK (status IN ('assigned', 'in_progress', 'submitted', 'reviewed', 'withdrawn'));
      ALTER TABLE exercise_assignments ADD COLUMN withdrawn_at timestamptz;
      ALTER TABLE exercise_assignments ADD COLUMN evidence_rejection_ids uuid[] NOT NULL DEFAULT '{}';

      ALTER TABLE clients ADD COLUMN status_changed_at timestamptz NOT NULL DEFAULT now();
      -- Analytics gained figures: nothing computed before them may be served.
      DELETE FROM analytics_cache;
    `);
    await db.query(
      tenantTableSql(
        'client_lifecycle_events',
        `
        client_id uuid NOT NULL,
        kind text NOT NULL CHECK (kind IN ('status', 'coach')),
        from_status text,
        to_status text,
        from_coach_membership_id uuid,
        to_coach_membership_id uuid,
        reason text NOT NULL DEFAULT '' CHECK (length(reason) <= 500),
        changed_by_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
        changed_at timestamptz NOT NULL DEFAULT now(),
        FOREIGN KEY (organization_id, client_id) REFERENCES clients (organization_id, id) ON DELETE CASCADE,
        FOREIGN KEY (organization_id, from_coach_membership_id) REFERENCES memberships (organization_id, id)
          ON DELETE SET NULL (from_coach_membership_id),
        FOREIGN KEY (organization_id, to_coach_membership_id) REFERENCES memberships (organization_id, id)
          ON DELETE SET NULL (to_coach_membership_id)
      `,
      ),
    );
    await db.query(`
      -- History is append-only.
      REVOKE UPDATE, DELETE ON client_lifecycle_events FROM rebound_app;
      CREATE INDEX client_lifecycle_events_client_idx ON client_lifecycle_events (organization_id, client_id, changed_at DESC);
      CREATE INDEX client_lifecycle_events_outcome_idx ON client_lifecycle_events (organization_id, changed_at)
        WHERE kind = 'status';
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP TABLE client_lifecycle_events;
      ALTER TABLE clients DROP COLUMN status_changed_at;
      ALTER TABLE exercise_assignments DROP COLUMN evidence_rejection_ids;
      ALTER TABLE exercise_assignments DROP COLUMN withdrawn_at;
      DELETE FROM exercise_assignments WHERE status = 'withdrawn';
      ALTER TABLE exercise_assignments DROP CONSTRAINT exercise_assignments_status_check;
      ALTER TABLE exercise_assignments ADD CONSTRAINT exercise_assignments_status_check
        CHECK (status IN ('assigned', 'in_progress', 'submitted', 'reviewed'));
      DROP INDEX notifications_digest_idx;
      ALTER TABLE notifications DROP COLUMN digest_pending;
      ALTER TABLE users DROP COLUMN email_frequency;
    `);
  }
}
