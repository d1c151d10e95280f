import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every unique constraint of a tenant table includes `organization_id`, so that each table can be
 * distributed by it (infra/citus.sql). A Stripe customer belongs to one organization already (one billing
 * row per organization, created with an idempotency key per organization); the lookup by customer that
 * webhooks need keeps a plain index.
 */
export class DistributableBilling1765500000001 implements MigrationInterface {
  name = 'DistributableBilling1765500000001';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE billing_accounts DROP CONSTRAINT billing_accounts_customer_key;
      CREATE INDEX billing_accounts_customer_idx ON billing_accounts (stripe_customer_id);
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP INDEX billing_accounts_customer_idx;
      ALTER TABLE billing_accounts ADD CONSTRAINT billing_accounts_customer_key UNIQUE (stripe_customer_id);
    `);
  }
}
