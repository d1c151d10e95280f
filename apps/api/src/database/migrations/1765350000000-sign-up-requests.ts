import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A sign-up waits for its emailed link before it becomes an account: the form answers the same whether
 * or not the address already has one, and the email says the rest.
 */
export class SignUpRequests1765350000000 implements MigrationInterface {
  name = 'SignUpRequests1765350000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE sign_up_requests (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        token_hash text NOT NULL UNIQUE,
        email text NOT NULL,
        name text NOT NULL,
        password_hash text NOT NULL,
        organization_name text NOT NULL,
        organization_kind text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL
      );
      CREATE INDEX sign_up_requests_expires_idx ON sign_up_requests (expires_at);
      GRANT SELECT, INSERT, DELETE ON sign_up_requests TO rebound_app;
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE sign_up_requests');
  }
}
