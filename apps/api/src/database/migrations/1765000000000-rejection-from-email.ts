import { MigrationInterface, QueryRunner } from 'typeorm';

const STAGES_BEFORE = [
  'resume_screen',
  'phone_screen',
  'first_interview',
  'later_interview',
  'final_round',
  'after_offer',
];
const STAGES_AFTER = [
  'resume_screen',
  'phone_screen',
  'technical_assessment',
  'first_interview',
  'later_interview',
  'final_round',
  'after_offer',
];
const list = (values: readonly string[]) => values.map((value) => `'${value}'`).join(', ');

/**
 * Rejections from a pasted email: a stage for take-home and technical assessments (between the screen and
 * the first interview), the email itself (kept only when the client chooses to save it) and the skill the
 * employer said was missing, which names the plan item the next step proposes.
 */
export class RejectionFromEmail1765000000000 implements MigrationInterface {
  name = 'RejectionFromEmail1765000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE rejections DROP CONSTRAINT rejections_stage_reached_check;
      ALTER TABLE rejections ADD CONSTRAINT rejections_stage_reached_check
        CHECK (stage_reached IN (${list(STAGES_AFTER)}));
      ALTER TABLE rejections ADD COLUMN email_text text NOT NULL DEFAULT ''
        CHECK (length(email_text) <= 20000);
      ALTER TABLE rejections ADD COLUMN missing_skill text
        CHECK (missing_skill IS NULL OR length(btrim(missing_skill)) BETWEEN 1 AND 120);
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE rejections DROP COLUMN email_text, DROP COLUMN missing_skill;
      UPDATE rejections SET stage_reached = 'phone_screen' WHERE stage_reached = 'technical_assessment';
      ALTER TABLE rejections DROP CONSTRAINT rejections_stage_reached_check;
      ALTER TABLE rejections ADD CONSTRAINT rejections_stage_reached_check
        CHECK (stage_reached IN (${list(STAGES_BEFORE)}));
    `);
  }
}
