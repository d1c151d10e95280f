import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What a caseload request reads, made cheap for organizations of thousands of clients.
 *
 * Every client keeps one `client_triage` row. A write that changes a client's score no longer deletes
 * the row: it marks it stale by dating it `-infinity`, so that "which rows of this caseload must be
 * recomputed" (stale, or computed on an earlier day) is one range of `client_triage_freshness_idx`
 * instead of an anti-join over every client of the organization on every caseload request. New clients
 * get a stale row from a statement-level trigger (one insert per import batch, not per candidate).
 *
 * Recomputing a large share of the rows at once (the first caseload after this migration or after a
 * bulk import, the nightly refresh) shifts the score distribution the planner relies on to read a page
 * by index: `refresh_triage_statistics()` lets the API's role re-analyze the table then, rather than
 * waiting a minute for autovacuum.
 *
 * A caseload also counts its clients by status on every request: `clients_count_idx` is narrow enough
 * for an index-only scan (the wider `clients_status_idx` lost to a sequential scan of every tenant).
 */
export class CaseloadReads1764170000000 implements MigrationInterface {
  name = 'CaseloadReads1764170000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE INDEX client_triage_freshness_idx ON client_triage (organization_id, computed_on);
      CREATE INDEX clients_count_idx ON clients (organization_id, status);

      CREATE OR REPLACE FUNCTION forget_client_triage() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        IF TG_OP <> 'INSERT' THEN
          UPDATE client_triage SET computed_on = '-infinity'
           WHERE organization_id = OLD.organization_id AND id = OLD.client_id AND computed_on <> '-infinity';
        END IF;
        IF TG_OP <> 'DELETE' THEN
          UPDATE client_triage SET computed_on = '-infinity'
           WHERE organization_id = NEW.organization_id AND id = NEW.client_id AND computed_on <> '-infinity';
        END IF;
        RETURN NULL;
      END
      $fn$;
      CREATE OR REPLACE FUNCTION forget_client_triage_via_rejection() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        UPDATE client_triage t SET computed_on = '-infinity'
          FROM rejections r
         WHERE r.organization_id = coalesce(NEW.organization_id, OLD.organization_id)
           AND r.id IN (NEW.rejection_id, OLD.rejection_id)
           AND t.organization_id = r.organization_id AND t.id = r.client_id AND t.computed_on <> '-infinity';
        RETURN NULL;
      END
      $fn$;

      CREATE FUNCTION refresh_triage_statistics() RETURNS void
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
        AS $fn$ BEGIN ANALYZE client_triage; END $fn$;
      REVOKE ALL ON FUNCTION refresh_triage_statistics() FROM PUBLIC;
      GRANT EXECUTE ON FUNCTION refresh_triage_statistics() TO rebound_app;

      CREATE FUNCTION add_client_triage() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        INSERT INTO client_triage (organization_id, id, score, reasons, insight_count, counts, computed_on)
        SELECT organization_id, id, 0, '[]', 0, '{}', '-infinity' FROM added_clients
        ON CONFLICT (organization_id, id) DO NOTHING;
        RETURN NULL;
      END
      $fn$;
      CREATE TRIGGER clients_add_triage AFTER INSERT ON clients
        REFERENCING NEW TABLE AS added_clients FOR EACH STATEMENT EXECUTE FUNCTION add_client_triage();

      -- Clients from before this migration get their stale row, tenant by tenant (the table's policy is forced).
      DO $backfill$
      DECLARE org uuid;
      BEGIN
        FOR org IN SELECT id FROM organizations LOOP
          PERFORM set_config('app.org_id', org::text, true);
          INSERT INTO client_triage (organization_id, id, score, reasons, insight_count, counts, computed_on)
          SELECT c.organization_id, c.id, 0, '[]', 0, '{}', '-infinity' FROM clients c
           WHERE c.organization_id = org
          ON CONFLICT (organization_id, id) DO NOTHING;
        END LOOP;
        PERFORM set_config('app.org_id', '', true);
      END
      $backfill$;
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP TRIGGER clients_add_triage ON clients;
      DROP FUNCTION add_client_triage();
      DROP FUNCTION refresh_triage_statistics();
      CREATE OR REPLACE FUNCTION forget_client_triage() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        IF TG_OP <> 'INSERT' THEN
          DELETE FROM client_triage WHERE organization_id = OLD.organization_id AND id = OLD.client_id;
        END IF;
        IF TG_OP <> 'DELETE' THEN
          DELETE FROM client_triage WHERE organization_id = NEW.organization_id AND id = NEW.client_id;
        END IF;
        RETURN NULL;
      END
      $fn$;
      CREATE OR REPLACE FUNCTION forget_client_triage_via_rejection() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        DELETE FROM client_triage t USING rejections r
         WHERE r.organization_id = coalesce(NEW.organization_id, OLD.organization_id)
           AND r.id IN (NEW.rejection_id, OLD.rejection_id)
           AND t.organization_id = r.organization_id AND t.id = r.client_id;
        RETURN NULL;
      END
      $fn$;
      DROP INDEX clients_count_idx;
      DROP INDEX client_triage_freshness_idx;
    `);
  }
}
