import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `open_request` settles who a signed-in request acts for in one statement, inside the request's
 * transaction: the session must exist, unrevoked and unexpired, for a user who is not disabled; then the
 * organization the request names and the user's active membership in it. It writes the user and the
 * tenant into the transaction for row-level security, exactly as the API did with four statements
 * before (session, slug, `set_config`, membership). With an invalid session nothing is written.
 */
export class OpenRequest1764180000000 implements MigrationInterface {
  name = 'OpenRequest1764180000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
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
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP FUNCTION open_request(uuid, uuid, text);`);
  }
}
