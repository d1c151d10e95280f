import { MigrationInterface, QueryRunner } from 'typeorm';
import { tenantTableSql } from '../tenant-table.sql.js';

const list = (values: readonly string[]) => values.map((value) => `'${value}'`).join(', ');
const SOURCES = ['job_board', 'referral', 'agency', 'network', 'direct'];
const STAGES = [
  'applied',
  'screening',
  'interview',
  'final_round',
  'offer',
  'hired',
  'rejected',
  'withdrawn',
  'ghosted',
];
const PROGRESS = ['applied', 'screening', 'interview', 'final_round', 'offer', 'hired'];
const REJECTION_STAGES = [
  'resume_screen',
  'phone_screen',
  'first_interview',
  'later_interview',
  'final_round',
  'after_offer',
];
const REASONS = [
  'internal_candidate',
  'different_direction',
  'better_qualified_candidate',
  'missing_skill',
  'presentation_or_rapport',
  'timing_or_budget',
  'unknown',
];
const SOURCES_OF_FEEDBACK = ['hiring_manager', 'recruiter', 'company_insider', 'referrer', 'none'];
const RECIPIENTS = ['hiring_manager', 'recruiter', 'company_insider', 'referrer'];

export class Caseload1764070000000 implements MigrationInterface {
  name = 'Caseload1764070000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE organizations ADD COLUMN ghosting_days integer NOT NULL DEFAULT 21
        CHECK (ghosting_days BETWEEN 7 AND 180);
    `);
    await db.query(
      tenantTableSql(
        'clients',
        `
        membership_id uuid,
        name text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 120),
        email text CHECK (email IS NULL OR length(email) BETWEEN 3 AND 254),
        target_roles text[] NOT NULL DEFAULT '{}',
        industries text[] NOT NULL DEFAULT '{}',
        locations text[] NOT NULL DEFAULT '{}',
        status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'paused', 'placed', 'archived')),
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        FOREIGN KEY (organization_id, membership_id) REFERENCES memberships (organization_id, id)
          ON DELETE SET NULL (membership_id),
        CONSTRAINT clients_membership_key UNIQUE (organization_id, membership_id)
      `,
      ),
    );
    await db.query(
      tenantTableSql(
        'coach_assignments',
        `
        coach_membership_id uuid NOT NULL,
        client_id uuid NOT NULL,
        is_primary boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        FOREIGN KEY (organization_id, coach_membership_id) REFERENCES memberships (organization_id, id) ON DELETE CASCADE,
        FOREIGN KEY (organization_id, client_id) REFERENCES clients (organization_id, id) ON DELETE CASCADE,
        CONSTRAINT coach_assignments_pair_key UNIQUE (organization_id, coach_membership_id, client_id)
      `,
      ),
    );
    await db.query(
      tenantTableSql(
        'applications',
        `
        client_id uuid NOT NULL,
        company text NOT NULL CHECK (length(btrim(company)) BETWEEN 1 AND 160),
        role_title text NOT NULL CHECK (length(btrim(role_title)) BETWEEN 1 AND 160),
        posting_url text CHECK (posting_url IS NULL OR length(posting_url) <= 2048),
        source text NOT NULL CHECK (source IN (${list(SOURCES)})),
        applied_on date NOT NULL,
        stage text NOT NULL DEFAULT 'applied' CHECK (stage IN (${list(STAGES)})),
        interview_round smallint CHECK (interview_round BETWEEN 1 AND 20),
        furthest_stage text NOT NULL DEFAULT 'applied' CHECK (furthest_stage IN (${list(PROGRESS)})),
        furthest_interview_round smallint,
        last_activity_at timestamptz NOT NULL DEFAULT now(),
        closed_at timestamptz,
        created_by_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        FOREIGN KEY (organization_id, client_id) REFERENCES clients (organization_id, id) ON DELETE CASCADE
      `,
      ),
    );
    await db.query(
      tenantTableSql(
        'application_stage_events',
        `
        application_id uuid NOT NULL,
        from_stage text CHECK (from_stage IN (${list(STAGES)})),
        to_stage text NOT NULL CHECK (to_stage IN (${list(STAGES)})),
        interview_round smallint,
        changed_by_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
        changed_at timestamptz NOT NULL DEFAULT now(),
        FOREIGN KEY (organization_id, application_id) REFERENCES applications (organization_id, id) ON DELETE CASCADE
      `,
      ),
    );
    await db.query(
      tenantTableSql(
        'rejections',
        `
        application_id uuid NOT NULL,
        client_id uuid NOT NULL,
        rejected_on date NOT NULL,
        stage_reached text NOT NULL CHECK (stage_reached IN (${list(REJECTION_STAGES)})),
        ended_by text NOT NULL DEFAULT 'employer' CHECK (ended_by IN ('employer', 'client', 'silence')),
        automated boolean NOT NULL DEFAULT false,
        employer_reason text CHECK (employer_reason IN (${list(REASONS)})),
        client_view_reason text CHECK (client_view_reason IN (${list(REASONS)})),
        coach_tag text CHECK (coach_tag IN (${list(REASONS)})),
        feedback_source text NOT NULL DEFAULT 'none' CHECK (feedback_source IN (${list(SOURCES_OF_FEEDBACK)})),
        feedback_text text NOT NULL DEFAULT '' CHECK (length(feedback_text) <= 10000),
        client_notes text NOT NULL DEFAULT '' CHECK (length(client_notes) <= 10000),
        coach_private_notes text NOT NULL DEFAULT '' CHECK (length(coach_private_notes) <= 10000),
        check_in smallint CHECK (check_in BETWEEN 1 AND 5),
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        FOREIGN KEY (organization_id, application_id) REFERENCES applications (organization_id, id) ON DELETE CASCADE,
        FOREIGN KEY (organization_id, client_id) REFERENCES clients (organization_id, id) ON DELETE CASCADE,
        CONSTRAINT rejections_application_key UNIQUE (organization_id, application_id)
      `,
      ),
    );
    await db.query(
      tenantTableSql(
        'feedback_requests',
        `
        rejection_id uuid NOT NULL,
        recipient_role text NOT NULL CHECK (recipient_role IN (${list(RECIPIENTS)})),
        recipient_name text CHECK (recipient_name IS NULL OR length(recipient_name) <= 120),
        recipient_email text CHECK (recipient_email IS NULL OR length(recipient_email) <= 254),
        template_key text NOT NULL DEFAULT 'what_could_i_do_better',
        message text NOT NULL DEFAULT '' CHECK (length(message) <= 10000),
        status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'sent', 'answered', 'no_answer')),
        sent_on date,
        follow_up_on date,
        followed_up_on date,
        stay_in_touch_on date,
        answered_on date,
        answer_text text NOT NULL DEFAULT '' CHECK (length(answer_text) <= 10000),
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        FOREIGN KEY (organization_id, rejection_id) REFERENCES rejections (organization_id, id) ON DELETE CASCADE
      `,
      ),
    );
    await db.query(`
      -- Stage history is append-only: the API may add to it, never rewrite it.
      REVOKE UPDATE, DELETE ON application_stage_events FROM rebound_app;

      CREATE INDEX coach_assignments_client_idx ON coach_assignments (organization_id, client_id);
      CREATE INDEX coach_assignments_coach_idx ON coach_assignments (organization_id, coach_membership_id);
      CREATE UNIQUE INDEX coach_assignments_one_primary_key ON coach_assignments (organization_id, client_id) WHERE is_primary;
      CREATE INDEX clients_status_idx ON clients (organization_id, status, lower(name));
      CREATE INDEX applications_client_idx ON applications (organization_id, client_id, applied_on DESC, id);
      CREATE INDEX applications_list_idx ON applications (organization_id, applied_on DESC, id);
      CREATE INDEX applications_open_activity_idx ON applications (organization_id, last_activity_at)
        WHERE closed_at IS NULL;
      CREATE INDEX application_stage_events_application_idx
        ON application_stage_events (organization_id, application_id, changed_at);
      CREATE INDEX rejections_client_idx ON rejections (organization_id, client_id, rejected_on DESC);
      CREATE INDEX feedback_requests_rejection_idx ON feedback_requests (organization_id, rejection_id, created_at DESC);
      CREATE INDEX feedback_requests_follow_up_idx ON feedback_requests (organization_id, follow_up_on)
        WHERE status = 'sent';

      -- Scheduled jobs act for every tenant in turn; this lists the tenants and nothing else.
      CREATE FUNCTION all_organization_ids() RETURNS SETOF uuid
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
        AS $fn$ SELECT id FROM organizations ORDER BY id $fn$;
      REVOKE ALL ON FUNCTION all_organization_ids() FROM PUBLIC;
      GRANT EXECUTE ON FUNCTION all_organization_ids() TO rebound_app;
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP FUNCTION all_organization_ids();
      DROP TABLE feedback_requests;
      DROP TABLE rejections;
      DROP TABLE application_stage_events;
      DROP TABLE applications;
      DROP TABLE coach_assignments;
      DROP TABLE clients;
      ALTER TABLE organizations DROP COLUMN ghosting_days;
    `);
  }
}
