import { MigrationInterface, QueryRunner } from 'typeorm';
import { tenantTableSql } from '../tenant-table.sql.js';

export class Foundation1764050000000 implements MigrationInterface {
  name = 'Foundation1764050000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      DO $$ BEGIN
        IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'rebound_app') THEN
          CREATE ROLE rebound_app NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
        END IF;
      END $$;
      REVOKE CREATE ON SCHEMA public FROM PUBLIC;
      GRANT USAGE ON SCHEMA public TO rebound_app;

      -- Row-level security reads the tenant and the user from transaction-local settings.
      -- An unset setting reads as '' after its first use in a session, hence NULLIF.
      CREATE FUNCTION app_current_org_id() RETURNS uuid LANGUAGE sql STABLE
        AS $fn$ SELECT NULLIF(current_setting('app.org_id', true), '')::uuid $fn$;
      CREATE FUNCTION app_current_user_id() RETURNS uuid LANGUAGE sql STABLE
        AS $fn$ SELECT NULLIF(current_setting('app.user_id', true), '')::uuid $fn$;

      CREATE TABLE organizations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 120),
        slug text NOT NULL CHECK (slug ~ '^[a-z0-9]([a-z0-9-]*[a-z0-9])?$' AND length(slug) BETWEEN 3 AND 48),
        kind text NOT NULL CHECK (kind IN ('coaching_practice', 'career_services', 'staffing_agency')),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT organizations_slug_key UNIQUE (slug)
      );
      ALTER TABLE organizations ENABLE ROW LEVEL SECURITY;
      ALTER TABLE organizations FORCE ROW LEVEL SECURITY;
      CREATE POLICY organizations_tenant ON organizations
        USING (id = app_current_org_id()) WITH CHECK (id = app_current_org_id());
      -- The schema owner reads the directory so that the definer function below can resolve a slug
      -- before any tenant is known; the API's role never gets this policy.
      CREATE POLICY organizations_directory ON organizations FOR SELECT TO CURRENT_USER USING (true);
      GRANT SELECT, INSERT, UPDATE, DELETE ON organizations TO rebound_app;

      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL CHECK (length(email) BETWEEN 3 AND 254 AND position('@' IN email) > 1),
        name text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 120),
        password_hash text,
        disabled_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE UNIQUE INDEX users_email_key ON users (lower(email));
      GRANT SELECT, INSERT, UPDATE, DELETE ON users TO rebound_app;
    `);

    await db.query(
      tenantTableSql(
        'memberships',
        `
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        role text NOT NULL CHECK (role IN ('owner', 'admin', 'coach', 'client')),
        status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'disabled')),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT memberships_user_key UNIQUE (organization_id, user_id)
      `,
      ),
    );
    await db.query(`
      CREATE INDEX memberships_user_idx ON memberships (user_id);

      CREATE FUNCTION organization_by_slug(p_slug text)
        RETURNS TABLE (id uuid, name text, slug text, kind text)
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
        AS $fn$ SELECT o.id, o.name, o.slug, o.kind FROM organizations o WHERE o.slug = p_slug $fn$;
      REVOKE ALL ON FUNCTION organization_by_slug(text) FROM PUBLIC;
      GRANT EXECUTE ON FUNCTION organization_by_slug(text) TO rebound_app;
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP FUNCTION organization_by_slug(text);
      DROP TABLE memberships;
      DROP TABLE users;
      DROP TABLE organizations;
      DROP FUNCTION app_current_user_id();
      DROP FUNCTION app_current_org_id();
    `);
  }
}
