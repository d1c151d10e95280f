import { MigrationInterface, QueryRunner } from 'typeorm';
import { tenantTableSql } from '../tenant-table.sql.js';

const CATEGORIES = "'skill', 'presentation', 'preparation', 'networking', 'search_strategy', 'wellbeing'";

/** One living improvement plan per client: goals, action items, comments and the history of every change. */
export class Plans1764100000000 implements MigrationInterface {
  name = 'Plans1764100000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      tenantTableSql(
        'plan_goals',
        `
        client_id uuid NOT NULL,
        title text NOT NULL CHECK (length(btrim(title)) BETWEEN 1 AND 200),
        position integer NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now(),
        FOREIGN KEY (organization_id, client_id) REFERENCES clients (organization_id, id) ON DELETE CASCADE
      `,
      ),
    );
    await db.query(
      tenantTableSql(
        'plan_items',
        `
        client_id uuid NOT NULL,
        goal_id uuid,
        title text NOT NULL CHECK (length(btrim(title)) BETWEEN 1 AND 200),
        category text NOT NULL CHECK (category IN (${CATEGORIES})),
        owner text NOT NULL CHECK (owner IN ('coach', 'client')),
        due_on date,
        status text NOT NULL DEFAULT 'todo' CHECK (status IN ('todo', 'doing', 'done', 'dropped')),
        evidence text NOT NULL DEFAULT '' CHECK (length(evidence) <= 4000),
        position integer NOT NULL DEFAULT 0,
        created_by_side text NOT NULL CHECK (created_by_side IN ('coach', 'client')),
        dropped_by_side text CHECK (dropped_by_side IN ('coach', 'client')),
        rejection_ids uuid[] NOT NULL DEFAULT '{}',
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        FOREIGN KEY (organization_id, client_id) REFERENCES clients (organization_id, id) ON DELETE CASCADE,
        FOREIGN KEY (organization_id, goal_id) REFERENCES plan_goals (organization_id, id) ON DELETE SET NULL (goal_id)
      `,
      ),
    );
    await db.query(
      tenantTableSql(
        'plan_item_comments',
        `
        item_id uuid NOT NULL,
        author_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
        body text NOT NULL CHECK (length(btrim(body)) BETWEEN 1 AND 4000),
        created_at timestamptz NOT NULL DEFAULT now(),
        FOREIGN KEY (organization_id, item_id) REFERENCES plan_items (organization_id, id) ON DELETE CASCADE
      `,
      ),
    );
    await db.query(
      tenantTableSql(
        'plan_activity',
        `
        client_id uuid NOT NULL,
        item_id uuid,
        actor_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
        action text NOT NULL,
        details jsonb NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        FOREIGN KEY (organization_id, client_id) REFERENCES clients (organization_id, id) ON DELETE CASCADE
      `,
      ),
    );
    await db.query(`
      REVOKE UPDATE, DELETE ON plan_activity FROM rebound_app;
      -- An exercise can serve a plan item as well as a rejection.
      ALTER TABLE exercise_assignments ADD COLUMN plan_item_id uuid,
        ADD FOREIGN KEY (organization_id, plan_item_id) REFERENCES plan_items (organization_id, id) ON DELETE SET NULL (plan_item_id);
      CREATE INDEX plan_goals_client_idx ON plan_goals (organization_id, client_id, position);
      CREATE INDEX plan_items_client_idx ON plan_items (organization_id, client_id, position);
      CREATE INDEX plan_item_comments_item_idx ON plan_item_comments (organization_id, item_id, created_at);
      CREATE INDEX plan_activity_client_idx ON plan_activity (organization_id, client_id, created_at DESC);
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(
      'DROP TABLE plan_activity; DROP TABLE plan_item_comments; DROP TABLE plan_items; DROP TABLE plan_goals;',
    );
  }
}
