import { MigrationInterface, QueryRunner } from 'typeorm';

const OPEN_REQUEST_BEFORE = `
  CREATE FUNCTION open_request(p_session_id uuid, p_user_id uuid, p_slug text)
    RETURNS TABLE (signed_in boolean, org_id uuid, member_id uuid, member_role text)
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp
    AS $fn$
  BEGIN
    signed_in := EXISTS (
      SELECT 1 FROM sessions s JOIN users u ON u.id = s.user_id
       WHERE s.id = p_session_id AND s.user_id = p_user_id AND s.revoked_at IS NULL
         AND s.expires_at > now() AND u.disabled_at IS NULL);
    IF signed_in THEN
      PERFORM set_config('app.user_id', p_user_id::text, true);
      IF p_slug IS NOT NULL THEN
        SELECT o.id INTO org_id FROM organizations o WHERE o.slug = lower(p_slug);
        IF org_id IS NOT NULL THEN
          PERFORM set_config('app.org_id', org_id::text, true);
          SELECT m.id, m.role INTO member_id, member_role FROM memberships m
           WHERE m.organization_id = org_id AND m.user_id = p_user_id AND m.status = 'active';
        END IF;
      END IF;
    END IF;
    RETURN NEXT;
  END
  $fn$;
  REVOKE ALL ON FUNCTION open_request(uuid, uuid, text) FROM PUBLIC;
  GRANT EXECUTE ON FUNCTION open_request(uuid, uuid, text) TO rebound_app;
`;

/**
 * Two-factor sign-in with an authenticator app (TOTP) and single-use recovery codes, the second step
 * of a sign-in as a short-lived server-side challenge, and an organization's requirement that its
 * staff use it.
 *
 * `open_request` also answers `two_factor_missing`: the organization requires two-factor sign-in of
 * staff, the member is staff and has not turned it on. The API refuses every member operation of that
 * organization then, in the same single statement that opens the request.
 */
export class TwoFactor1765610000000 implements MigrationInterface {
  name = 'TwoFactor1765610000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      -- The secret is encrypted by the API (AES-256-GCM); enabled_at stays null until a first code
      -- confirms the enrolment. last_used_step is the time step of the last accepted code: a code of
      -- that step or earlier is refused, so an overheard code cannot be replayed.
      CREATE TABLE user_two_factor (
        user_id uuid PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
        secret_ciphertext text NOT NULL,
        enabled_at timestamptz,
        last_used_step bigint,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      GRANT SELECT, INSERT, UPDATE, DELETE ON user_two_factor TO rebound_app;

      -- Only a keyed hash of each recovery code is kept; a used code keeps its row (used_at) so that
      -- the account page can say how many are left.
      CREATE TABLE user_recovery_codes (
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        code_hash text NOT NULL,
        used_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, code_hash)
      );
      GRANT SELECT, INSERT, UPDATE, DELETE ON user_recovery_codes TO rebound_app;

      -- Between a right password (or email link) and the second factor: no session exists yet. Only
      -- the token's hash is kept; the row is deleted when used, after too many wrong codes, or expired.
      CREATE TABLE sign_in_challenges (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        token_hash text NOT NULL UNIQUE,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        failed_attempts integer NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL
      );
      CREATE INDEX sign_in_challenges_expires_idx ON sign_in_challenges (expires_at);
      CREATE INDEX sign_in_challenges_user_idx ON sign_in_challenges (user_id);
      GRANT SELECT, INSERT, UPDATE, DELETE ON sign_in_challenges TO rebound_app;

      ALTER TABLE organizations ADD COLUMN require_staff_two_factor boolean NOT NULL DEFAULT false;

      DROP FUNCTION open_request(uuid, uuid, text);
      CREATE FUNCTION open_request(p_session_id uuid, p_user_id uuid, p_slug text)
        RETURNS TABLE (signed_in boolean, org_id uuid, member_id uuid, member_role text,
                       two_factor_missing boolean)
        LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp
        AS $fn$
      DECLARE
        requires_two_factor boolean;
      BEGIN
        two_factor_missing := false;
        signed_in := EXISTS (
          SELECT 1 FROM sessions s JOIN users u ON u.id = s.user_id
           WHERE s.id = p_session_id AND s.user_id = p_user_id AND s.revoked_at IS NULL
             AND s.expires_at > now() AND u.disabled_at IS NULL);
        IF signed_in THEN
          PERFORM set_config('app.user_id', p_user_id::text, true);
          IF p_slug IS NOT NULL THEN
            SELECT o.id, o.require_staff_two_factor INTO org_id, requires_two_factor
              FROM organizations o WHERE o.slug = lower(p_slug);
            IF org_id IS NOT NULL THEN
              PERFORM set_config('app.org_id', org_id::text, true);
              SELECT m.id, m.role INTO member_id, member_role FROM memberships m
               WHERE m.organization_id = org_id AND m.user_id = p_user_id AND m.status = 'active';
              two_factor_missing := requires_two_factor AND member_role IN ('owner', 'admin', 'coach')
                AND NOT EXISTS (SELECT 1 FROM user_two_factor t
                                 WHERE t.user_id = p_user_id AND t.enabled_at IS NOT NULL);
            END IF;
          END IF;
        END IF;
        RETURN NEXT;
      END
      $fn$;
      REVOKE ALL ON FUNCTION open_request(uuid, uuid, text) FROM PUBLIC;
      GRANT EXECUTE ON FUNCTION open_request(uuid, uuid, text) TO rebound_app;
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP FUNCTION open_request(uuid, uuid, text);
      ${OPEN_REQUEST_BEFORE}
      ALTER TABLE organizations DROP COLUMN require_staff_two_factor;
      DROP TABLE sign_in_challenges;
      DROP TABLE user_recovery_codes;
      DROP TABLE user_two_factor;
    `);
  }
}
