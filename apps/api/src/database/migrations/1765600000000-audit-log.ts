import { MigrationInterface, QueryRunner } from 'typeorm';
import { tenantTableSql } from '../tenant-table.sql.js';

/**
 * The audit log: who did what to which record, per organization. Append-only in the database itself:
 * the API's role may read and insert but neither update nor delete, and a trigger refuses any change or
 * removal by anyone else too, except the retention purge (`purge_audit_log`) and the cascade when a whole
 * organization is deleted.
 *
 * Sign-ins from a new device are written by `record_new_device_sign_in`: a session belongs to no
 * organization, so the definer function writes the entry into every organization the user is an active
 * member of. A device is the fingerprint kept on the session (`sessions.device_hash`).
 */
export class AuditLog1765600000000 implements MigrationInterface {
  name = 'AuditLog1765600000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      tenantTableSql(
        'audit_log_entries',
        `
        created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        actor_kind text NOT NULL CHECK (actor_kind IN ('user', 'system', 'stripe')),
        actor_user_id uuid CHECK ((actor_kind = 'user') = (actor_user_id IS NOT NULL)),
        actor_name text NOT NULL CHECK (char_length(actor_name) <= 200),
        action text NOT NULL CHECK (action ~ '^[a-z_]+\\.[a-z_]+$' AND char_length(action) <= 64),
        target_type text NOT NULL CHECK (target_type ~ '^[a-z_]+$' AND char_length(target_type) <= 64),
        target_id text CHECK (char_length(target_id) <= 200),
        target_label text NOT NULL DEFAULT '' CHECK (char_length(target_label) <= 500),
        metadata jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(metadata) = 'object'),
        client_address text CHECK (char_length(client_address) <= 100),
        request_id text CHECK (char_length(request_id) <= 128)
      `,
      ),
    );
    await db.query(`
      REVOKE UPDATE, DELETE ON audit_log_entries FROM rebound_app;

      -- The log page (newest first), its filters by actor and by action, and the retention purge.
      CREATE INDEX audit_log_entries_recent ON audit_log_entries (organization_id, created_at DESC, id DESC);
      CREATE INDEX audit_log_entries_by_actor
        ON audit_log_entries (organization_id, actor_user_id, created_at DESC, id DESC)
        WHERE actor_user_id IS NOT NULL;
      CREATE INDEX audit_log_entries_by_action
        ON audit_log_entries (organization_id, action, created_at DESC, id DESC);
      CREATE INDEX audit_log_entries_age ON audit_log_entries (created_at);

      CREATE FUNCTION audit_log_entries_append_only() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        IF TG_OP = 'DELETE' AND (
             current_setting('app.audit_purge', true) = 'on'
             OR NOT EXISTS (SELECT 1 FROM organizations o WHERE o.id = OLD.organization_id)) THEN
          RETURN OLD;
        END IF;
        RAISE EXCEPTION 'audit log entries are never changed or removed' USING ERRCODE = 'insufficient_privilege';
      END
      $fn$;
      CREATE TRIGGER audit_log_entries_append_only BEFORE UPDATE OR DELETE ON audit_log_entries
        FOR EACH ROW EXECUTE FUNCTION audit_log_entries_append_only();
      CREATE FUNCTION audit_log_entries_no_truncate() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        RAISE EXCEPTION 'audit log entries are never changed or removed' USING ERRCODE = 'insufficient_privilege';
      END
      $fn$;
      CREATE TRIGGER audit_log_entries_no_truncate BEFORE TRUNCATE ON audit_log_entries
        FOR EACH STATEMENT EXECUTE FUNCTION audit_log_entries_no_truncate();

      -- Retention: the worker removes entries older than the configured number of days (never fewer
      -- than 30, whatever it asks), across organizations, as the schema owner.
      CREATE POLICY audit_log_entries_retention ON audit_log_entries FOR DELETE TO CURRENT_USER USING (true);
      CREATE FUNCTION purge_audit_log(p_retention_days integer) RETURNS bigint
        LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp
        AS $fn$
      DECLARE
        removed bigint;
      BEGIN
        IF p_retention_days IS NULL OR p_retention_days < 30 THEN
          RAISE EXCEPTION 'audit log retention must be at least 30 days' USING ERRCODE = 'invalid_parameter_value';
        END IF;
        PERFORM set_config('app.audit_purge', 'on', true);
        DELETE FROM audit_log_entries WHERE created_at < now() - make_interval(days => p_retention_days);
        GET DIAGNOSTICS removed = ROW_COUNT;
        PERFORM set_config('app.audit_purge', '', true);
        RETURN removed;
      END
      $fn$;
      REVOKE ALL ON FUNCTION purge_audit_log(integer) FROM PUBLIC;
      GRANT EXECUTE ON FUNCTION purge_audit_log(integer) TO rebound_app;

      -- Devices: the fingerprint of the browser behind each session.
      ALTER TABLE sessions ADD COLUMN device_hash text CHECK (char_length(device_hash) <= 128);
      CREATE INDEX sessions_user_device_idx ON sessions (user_id, device_hash) WHERE device_hash IS NOT NULL;

      CREATE POLICY memberships_directory ON memberships FOR SELECT TO CURRENT_USER USING (true);
      CREATE POLICY audit_log_entries_sign_in ON audit_log_entries FOR INSERT TO CURRENT_USER
        WITH CHECK (action = 'auth.sign_in_new_device');
      CREATE FUNCTION record_new_device_sign_in(
          p_user_id uuid, p_session_id uuid, p_user_agent text, p_client_address text, p_request_id text)
        RETURNS integer
        LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp
        AS $fn$
        WITH written AS (
          INSERT INTO audit_log_entries (organization_id, actor_kind, actor_user_id, actor_name, action,
                                         target_type, target_id, target_label, metadata, client_address, request_id)
          SELECT m.organization_id, 'user', u.id, left(u.name, 200), 'auth.sign_in_new_device',
                 'member', m.id::text, left(u.name, 500),
                 jsonb_build_object('sessionId', p_session_id, 'userAgent', left(p_user_agent, 300)),
                 left(p_client_address, 100), left(p_request_id, 128)
            FROM memberships m JOIN users u ON u.id = m.user_id
           WHERE m.user_id = p_user_id AND m.status = 'active'
          RETURNING 1)
        SELECT count(*)::integer FROM written
      $fn$;
      REVOKE ALL ON FUNCTION record_new_device_sign_in(uuid, uuid, text, text, text) FROM PUBLIC;
      GRANT EXECUTE ON FUNCTION record_new_device_sign_in(uuid, uuid, text, text, text) TO rebound_app;
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP FUNCTION record_new_device_sign_in(uuid, uuid, text, text, text);
      DROP POLICY memberships_directory ON memberships;
      DROP INDEX sessions_user_device_idx;
      ALTER TABLE sessions DROP COLUMN device_hash;
      DROP FUNCTION purge_audit_log(integer);
      DROP TABLE audit_log_entries;
      DROP FUNCTION audit_log_entries_no_truncate();
      DROP FUNCTION audit_log_entries_append_only();
    `);
  }
}
