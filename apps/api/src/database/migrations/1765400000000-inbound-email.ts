import { MigrationInterface, QueryRunner } from 'typeorm';
import { tenantTableSql } from '../tenant-table.sql.js';

/**
 * Rejection emails forwarded by clients. Each client has a private forwarding address,
 * `<organization slug>+<token>@<INBOUND_EMAIL_DOMAIN>`: the slug finds the tenant (so the token is unique
 * inside it, as every key here), the token finds the client. A forwarded email is kept as a draft until the
 * client records it as a rejection (or dismisses it); the same message forwarded twice is kept once.
 */
export class InboundEmail1765400000000 implements MigrationInterface {
  name = 'InboundEmail1765400000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      tenantTableSql(
        'inbound_addresses',
        `
        client_id uuid NOT NULL,
        token text NOT NULL CHECK (token ~ '^[a-z0-9]{24}$'),
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT inbound_addresses_token_key UNIQUE (organization_id, token),
        CONSTRAINT inbound_addresses_client_key UNIQUE (organization_id, client_id),
        FOREIGN KEY (organization_id, client_id) REFERENCES clients (organization_id, id) ON DELETE CASCADE
      `,
      ),
    );
    await db.query(
      tenantTableSql(
        'inbound_emails',
        `
        client_id uuid NOT NULL,
        message_key text NOT NULL CHECK (char_length(message_key) <= 300),
        from_address text NOT NULL CHECK (char_length(from_address) <= 320),
        subject text NOT NULL DEFAULT '' CHECK (char_length(subject) <= 500),
        body text NOT NULL CHECK (char_length(body) <= 100000),
        suggestion jsonb NOT NULL,
        status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'dismissed')),
        received_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT inbound_emails_message_key UNIQUE (organization_id, client_id, message_key),
        FOREIGN KEY (organization_id, client_id) REFERENCES clients (organization_id, id) ON DELETE CASCADE
      `,
      ),
    );
    await db.query(`
      CREATE INDEX inbound_emails_drafts ON inbound_emails (organization_id, client_id, received_at DESC)
        WHERE status = 'draft';
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE inbound_emails; DROP TABLE inbound_addresses;');
  }
}
