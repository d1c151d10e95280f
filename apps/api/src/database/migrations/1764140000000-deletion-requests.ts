import { MigrationInterface, QueryRunner } from 'typeorm';
import { tenantTableSql } from '../tenant-table.sql.js';

/**
 * A client's request to erase what the organization keeps about them. An owner or admin confirms it,
 * which deletes the client (and the request with it); the client may withdraw it before that.
 */
export class DeletionRequests1764140000000 implements MigrationInterface {
  name = 'DeletionRequests1764140000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      tenantTableSql(
        'deletion_requests',
        `
        client_id uuid NOT NULL,
        requested_by_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
        note text NOT NULL DEFAULT '' CHECK (char_length(note) <= 2000),
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'withdrawn')),
        created_at timestamptz NOT NULL DEFAULT now(),
        decided_at timestamptz,
        FOREIGN KEY (organization_id, client_id) REFERENCES clients (organization_id, id) ON DELETE CASCADE
      `,
      ),
    );
    await db.query(`
      CREATE UNIQUE INDEX deletion_requests_one_pending ON deletion_requests (organization_id, client_id)
        WHERE status = 'pending';
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE deletion_requests;');
  }
}
