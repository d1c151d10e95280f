import { MigrationInterface, QueryRunner } from 'typeorm';
import PgBoss from 'pg-boss';

export const JOBS_SCHEMA = 'pgboss';

/**
 * The job queue (pg-boss) lives in PostgreSQL beside the data. Its schema is installed here, as the
 * schema owner, so that the API and worker roles only need to read and write its rows. Creating a
 * queue makes a table, so that one function runs with the owner's rights.
 */
export class Jobs1764080000000 implements MigrationInterface {
  name = 'Jobs1764080000000';

  async up(db: QueryRunner): Promise<void> {
    // The plan brings its own BEGIN/COMMIT; the migration already runs in a transaction.
    const plan = PgBoss.getConstructionPlans(JOBS_SCHEMA)
      .split('\n')
      .filter((line) => !/^\s*(BEGIN|COMMIT);\s*$/.test(line))
      .join('\n');
    await db.query(plan);
    await db.query(`
      GRANT USAGE ON SCHEMA ${JOBS_SCHEMA} TO rebound_app;
      GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${JOBS_SCHEMA} TO rebound_app;
      ALTER DEFAULT PRIVILEGES IN SCHEMA ${JOBS_SCHEMA} GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO rebound_app;
      ALTER FUNCTION ${JOBS_SCHEMA}.create_queue(text, json) SECURITY DEFINER SET search_path = ${JOBS_SCHEMA}, pg_temp;
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP SCHEMA ${JOBS_SCHEMA} CASCADE`);
  }
}
