import { MigrationInterface, QueryRunner } from 'typeorm';
import { tenantTableSql } from '../tenant-table.sql.js';

export class Identity1764060000000 implements MigrationInterface {
  name = 'Identity1764060000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE users ADD COLUMN email_verified_at timestamptz;

      -- Server-side record behind every session cookie: revoking it signs the cookie out at once.
      CREATE TABLE sessions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz
      );
      CREATE INDEX sessions_active_user_idx ON sessions (user_id) WHERE revoked_at IS NULL;
      GRANT SELECT, INSERT, UPDATE ON sessions TO rebound_app;

      CREATE TABLE user_accounts (
        provider text NOT NULL,
        provider_account_id text NOT NULL,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (provider, provider_account_id)
      );
      GRANT SELECT, INSERT ON user_accounts TO rebound_app;

      -- Auth.js email sign-in links; only a hash of the token is kept.
      CREATE TABLE verification_tokens (
        identifier text NOT NULL,
        token_hash text NOT NULL,
        expires_at timestamptz NOT NULL,
        PRIMARY KEY (identifier, token_hash)
      );
      GRANT SELECT, INSERT, DELETE ON verification_tokens TO rebound_app;

      CREATE TABLE password_reset_tokens (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        token_hash text NOT NULL UNIQUE,
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      GRANT SELECT, INSERT, UPDATE ON password_reset_tokens TO rebound_app;

      -- Every email the product sends; without SMTP it stays here for the development mail page.
      CREATE TABLE email_outbox (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        to_address text NOT NULL,
        subject text NOT NULL,
        text_body text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        sent_at timestamptz
      );
      CREATE INDEX email_outbox_created_idx ON email_outbox (created_at DESC);
      GRANT SELECT, INSERT, UPDATE ON email_outbox TO rebound_app;

      -- Counters of rate-limiter-flexible (its own layout), shared by every API instance.
      CREATE TABLE rate_limits (
        key varchar(255) PRIMARY KEY,
        points integer NOT NULL DEFAULT 0,
        expire bigint
      );
      GRANT SELECT, INSERT, UPDATE, DELETE ON rate_limits TO rebound_app;

      -- A user lists their own memberships (and those organizations) across tenants, and nothing else.
      CREATE POLICY memberships_self ON memberships FOR SELECT USING (user_id = app_current_user_id());
      CREATE POLICY organizations_member ON organizations FOR SELECT
        USING (id IN (SELECT organization_id FROM memberships WHERE user_id = app_current_user_id()));
    `);

    await db.query(
      tenantTableSql(
        'invitations',
        `
        email text NOT NULL CHECK (length(email) BETWEEN 3 AND 254),
        role text NOT NULL CHECK (role IN ('owner', 'admin', 'coach', 'client')),
        invited_by_user_id uuid NOT NULL REFERENCES users (id),
        token_hash text NOT NULL,
        expires_at timestamptz NOT NULL,
        last_sent_at timestamptz NOT NULL DEFAULT now(),
        accepted_at timestamptz,
        accepted_by_user_id uuid REFERENCES users (id),
        revoked_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      `,
      ),
    );
    await db.query(`
      CREATE UNIQUE INDEX invitations_pending_email_key ON invitations (organization_id, lower(email))
        WHERE accepted_at IS NULL AND revoked_at IS NULL;
      CREATE INDEX invitations_token_idx ON invitations (token_hash);

      -- Opening an invitation link happens before any tenant is known: this returns that one invitation.
      CREATE FUNCTION invitation_by_token_hash(p_token_hash text)
        RETURNS TABLE (
          organization_id uuid, id uuid, email text, role text, expires_at timestamptz,
          accepted_at timestamptz, revoked_at timestamptz,
          organization_name text, organization_slug text, organization_kind text
        )
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
        AS $fn$
          SELECT i.organization_id, i.id, i.email, i.role, i.expires_at, i.accepted_at, i.revoked_at,
                 o.name, o.slug, o.kind
            FROM invitations i JOIN organizations o ON o.id = i.organization_id
           WHERE i.token_hash = p_token_hash
        $fn$;
      REVOKE ALL ON FUNCTION invitation_by_token_hash(text) FROM PUBLIC;
      GRANT EXECUTE ON FUNCTION invitation_by_token_hash(text) TO rebound_app;
      CREATE POLICY invitations_directory ON invitations FOR SELECT TO CURRENT_USER USING (true);
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP FUNCTION invitation_by_token_hash(text);
      DROP TABLE invitations;
      DROP POLICY organizations_member ON organizations;
      DROP POLICY memberships_self ON memberships;
      DROP TABLE rate_limits;
      DROP TABLE email_outbox;
      DROP TABLE password_reset_tokens;
      DROP TABLE verification_tokens;
      DROP TABLE user_accounts;
      DROP TABLE sessions;
      ALTER TABLE users DROP COLUMN email_verified_at;
    `);
  }
}
