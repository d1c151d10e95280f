import { MigrationInterface, QueryRunner } from 'typeorm';
import { tenantTableSql } from '../tenant-table.sql.js';

/** In-app notifications (read/unread), each reminder at most once, and the per-user email switch. */
export class Notifications1764110000000 implements MigrationInterface {
  name = 'Notifications1764110000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE users ADD COLUMN email_reminders boolean NOT NULL DEFAULT true;`);
    await db.query(
      tenantTableSql(
        'notifications',
        `
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        kind text NOT NULL,
        title text NOT NULL,
        body text NOT NULL DEFAULT '',
        link text,
        dedupe_key text NOT NULL,
        read_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT notifications_dedupe_key UNIQUE (organization_id, dedupe_key)
      `,
      ),
    );
    await db.query(`
      CREATE INDEX notifications_user_idx ON notifications (organization_id, user_id, created_at DESC);
      CREATE INDEX notifications_unread_idx ON notifications (organization_id, user_id) WHERE read_at IS NULL;
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE notifications; ALTER TABLE users DROP COLUMN email_reminders;');
  }
}
