import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A triage row also keeps the client's score as it will stand tomorrow (`next_*`), computed from the same
 * history at the same time. A client's score changes from one day to the next only with time (a write
 * marks the row stale at once), so on the next day the row is brought up to date by one UPDATE that moves
 * tomorrow's figures in: the first caseload of a day no longer computes thousands of scores when the
 * worker's midnight pass has not run.
 */
export class TriageNextDay1765500000000 implements MigrationInterface {
  name = 'TriageNextDay1765500000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE client_triage
        ADD COLUMN next_score int,
        ADD COLUMN next_reasons jsonb,
        ADD COLUMN next_insight_count int,
        ADD COLUMN next_counts jsonb;
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE client_triage
        DROP COLUMN next_score, DROP COLUMN next_reasons, DROP COLUMN next_insight_count, DROP COLUMN next_counts;
    `);
  }
}
