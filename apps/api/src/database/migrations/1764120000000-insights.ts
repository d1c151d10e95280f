import { MigrationInterface, QueryRunner } from 'typeorm';
import { tenantTableSql } from '../tenant-table.sql.js';

/**
 * Insights: the triage snapshot that orders a caseload, and what coaches did about an insight.
 *
 * `client_triage` caches, per client (its id is the client's id), the domain's triage score and the
 * figures a caseload row shows (open work counted in SQL, the last rejection), so that a page of a
 * 5,000-client caseload is one indexed read. A write to anything it reads deletes the client's row in the
 * same transaction (triggers below, so every path is covered: API, worker, seed, imports); a row computed
 * on an earlier UTC day is stale too, because the score counts days. Readers recompute missing or stale
 * rows before they sort.
 */
export class Insights1764120000000 implements MigrationInterface {
  name = 'Insights1764120000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      tenantTableSql(
        'client_triage',
        `
        score integer NOT NULL CHECK (score >= 0),
        reasons jsonb NOT NULL,
        insight_count integer NOT NULL,
        counts jsonb NOT NULL,
        last_rejection_id uuid,
        computed_on date NOT NULL,
        FOREIGN KEY (organization_id, id) REFERENCES clients (organization_id, id) ON DELETE CASCADE
      `,
      ),
    );
    await db.query(
      tenantTableSql(
        'insight_actions',
        `
        client_id uuid NOT NULL,
        insight_key text NOT NULL CHECK (length(insight_key) <= 120),
        action text NOT NULL CHECK (action IN ('exercise_assigned', 'plan_item_added', 'dismissed')),
        suggestion_key text NOT NULL DEFAULT '' CHECK (length(suggestion_key) <= 120),
        evidence_rejection_ids uuid[] NOT NULL,
        evidence_key text NOT NULL,
        assignment_id uuid,
        plan_item_id uuid,
        reason text NOT NULL DEFAULT '' CHECK (length(reason) <= 500),
        created_by_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        FOREIGN KEY (organization_id, client_id) REFERENCES clients (organization_id, id) ON DELETE CASCADE,
        FOREIGN KEY (organization_id, assignment_id) REFERENCES exercise_assignments (organization_id, id)
          ON DELETE SET NULL (assignment_id),
        FOREIGN KEY (organization_id, plan_item_id) REFERENCES plan_items (organization_id, id)
          ON DELETE SET NULL (plan_item_id),
        CHECK ((action = 'exercise_assigned') = (suggestion_key LIKE 'exercise:%')),
        CHECK ((action = 'plan_item_added') = (suggestion_key LIKE 'plan_item:%')),
        -- Acting twice on the same suggestion for the same evidence is a retry, not a second action.
        CONSTRAINT insight_actions_once_key UNIQUE (organization_id, client_id, insight_key, suggestion_key, evidence_key)
      `,
      ),
    );
    // Organization analytics aggregate tens of thousands of rows; a result serves its scope for a minute.
    await db.query(
      tenantTableSql(
        'analytics_cache',
        `
        scope_key text NOT NULL,
        range_from date NOT NULL,
        range_to date NOT NULL,
        data jsonb NOT NULL,
        computed_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT analytics_cache_scope_key UNIQUE (organization_id, scope_key, range_from, range_to)
      `,
      ),
    );
    await db.query(`
      CREATE INDEX client_triage_score_idx ON client_triage (organization_id, score DESC, id);
      CREATE INDEX insight_actions_client_idx ON insight_actions (organization_id, client_id, insight_key);
      -- Organization analytics group rejections and applications over a date range.
      CREATE INDEX rejections_range_idx ON rejections (organization_id, rejected_on);
      CREATE INDEX feedback_requests_sent_idx ON feedback_requests (organization_id, sent_on) WHERE status <> 'draft';
      CREATE INDEX exercise_assignments_open_client_idx ON exercise_assignments (organization_id, client_id)
        WHERE status IN ('assigned', 'in_progress');

      CREATE FUNCTION forget_client_triage() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        IF TG_OP <> 'INSERT' THEN
          DELETE FROM client_triage WHERE organization_id = OLD.organization_id AND id = OLD.client_id;
        END IF;
        IF TG_OP <> 'DELETE' THEN
          DELETE FROM client_triage WHERE organization_id = NEW.organization_id AND id = NEW.client_id;
        END IF;
        RETURN NULL;
      END
      $fn$;
      -- Feedback requests name their rejection, not the client.
      CREATE FUNCTION forget_client_triage_via_rejection() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        DELETE FROM client_triage t USING rejections r
         WHERE r.organization_id = coalesce(NEW.organization_id, OLD.organization_id)
           AND r.id IN (NEW.rejection_id, OLD.rejection_id)
           AND t.organization_id = r.organization_id AND t.id = r.client_id;
        RETURN NULL;
      END
      $fn$;
      CREATE TRIGGER applications_forget_triage AFTER INSERT OR UPDATE OR DELETE ON applications
        FOR EACH ROW EXECUTE FUNCTION forget_client_triage();
      CREATE TRIGGER rejections_forget_triage AFTER INSERT OR UPDATE OR DELETE ON rejections
        FOR EACH ROW EXECUTE FUNCTION forget_client_triage();
      CREATE TRIGGER feedback_requests_forget_triage AFTER INSERT OR UPDATE OR DELETE ON feedback_requests
        FOR EACH ROW EXECUTE FUNCTION forget_client_triage_via_rejection();
      CREATE TRIGGER exercise_assignments_forget_triage AFTER INSERT OR UPDATE OR DELETE ON exercise_assignments
        FOR EACH ROW EXECUTE FUNCTION forget_client_triage();
      CREATE TRIGGER plan_items_forget_triage AFTER INSERT OR UPDATE OR DELETE ON plan_items
        FOR EACH ROW EXECUTE FUNCTION forget_client_triage();
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP TRIGGER plan_items_forget_triage ON plan_items;
      DROP TRIGGER exercise_assignments_forget_triage ON exercise_assignments;
      DROP TRIGGER feedback_requests_forget_triage ON feedback_requests;
      DROP TRIGGER rejections_forget_triage ON rejections;
      DROP TRIGGER applications_forget_triage ON applications;
      DROP FUNCTION forget_client_triage_via_rejection();
      DROP FUNCTION forget_client_triage();
      DROP INDEX exercise_assignments_open_client_idx;
      DROP INDEX feedback_requests_sent_idx;
      DROP INDEX rejections_range_idx;
      DROP TABLE analytics_cache;
      DROP TABLE insight_actions;
      DROP TABLE client_triage;
    `);
  }
}
