import { MigrationInterface, QueryRunner } from 'typeorm';
import { tenantTableSql } from '../tenant-table.sql.js';

/**
 * Billing: one Stripe account per organization (its customer and at most one subscription, as last
 * read from Stripe), and the global log of Stripe events already handled.
 */
export class Billing1764130000000 implements MigrationInterface {
  name = 'Billing1764130000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      tenantTableSql(
        'billing_accounts',
        `
        stripe_customer_id text NOT NULL,
        stripe_subscription_id text,
        stripe_subscription_item_id text,
        plan text CHECK (plan IN ('solo', 'practice', 'agency')),
        status text CHECK (status IN ('trialing', 'active', 'past_due', 'unpaid', 'canceled',
                                      'incomplete', 'incomplete_expired', 'paused')),
        quantity integer CHECK (quantity > 0),
        trial_ends_at timestamptz,
        current_period_ends_at timestamptz,
        cancel_at_period_end boolean NOT NULL DEFAULT false,
        -- When we first saw the subscription past due: the grace period counts from here.
        past_due_since timestamptz,
        -- Bumped by every seat change sent to Stripe; part of that call's idempotency key.
        seat_sync_version integer NOT NULL DEFAULT 0,
        synced_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT billing_accounts_organization_key UNIQUE (organization_id),
        CONSTRAINT billing_accounts_customer_key UNIQUE (stripe_customer_id)
      `,
      ),
    );
    await db.query(`
      -- Stripe's webhooks name a customer, not a tenant: this finds the one organization behind it.
      CREATE FUNCTION organization_id_by_stripe_customer(p_customer text) RETURNS uuid
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
        AS $fn$ SELECT organization_id FROM billing_accounts WHERE stripe_customer_id = p_customer $fn$;
      REVOKE ALL ON FUNCTION organization_id_by_stripe_customer(text) FROM PUBLIC;
      GRANT EXECUTE ON FUNCTION organization_id_by_stripe_customer(text) TO rebound_app;
      CREATE POLICY billing_accounts_directory ON billing_accounts FOR SELECT TO CURRENT_USER USING (true);

      -- Global: an event arrives before its tenant is known, and it holds no tenant data (the state it
      -- announces is re-read from Stripe). Its primary key makes each event count once, across any
      -- number of API instances.
      CREATE TABLE stripe_events (
        id text PRIMARY KEY,
        type text NOT NULL,
        received_at timestamptz NOT NULL DEFAULT now()
      );
      GRANT SELECT, INSERT ON stripe_events TO rebound_app;
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP TABLE stripe_events;
      DROP FUNCTION organization_id_by_stripe_customer(text);
      DROP TABLE billing_accounts;
    `);
  }
}
