-- Rebound on Citus: every tenant table distributed by organization_id (all colocated, so each request's
-- statements, which all name their organization, run on one worker node), every global table replicated
-- to every node as a reference table. Run once as the schema owner on the coordinator, after
-- `npm run migrate` and before the processes start; the query changes this needs are in infra/README.md.
-- The catalog test (apps/api/src/database/tenancy-catalog.spec.ts) fails when a table is missing here.

CREATE EXTENSION IF NOT EXISTS citus;

-- Global tables: small, read by every tenant's requests (sessions, the organization directory).

SELECT create_reference_table('email_outbox');
SELECT create_reference_table('organizations');
SELECT create_reference_table('password_reset_tokens');
SELECT create_reference_table('rate_limits');
SELECT create_reference_table('sessions');
SELECT create_reference_table('sign_in_challenges');
SELECT create_reference_table('sign_up_requests');
SELECT create_reference_table('stripe_events');
SELECT create_reference_table('user_accounts');
SELECT create_reference_table('user_recovery_codes');
SELECT create_reference_table('user_two_factor');
SELECT create_reference_table('users');
SELECT create_reference_table('verification_tokens');

-- Tenant tables, colocated with each other.
SELECT create_distributed_table('analytics_cache', 'organization_id');
SELECT create_distributed_table('application_stage_events', 'organization_id');
SELECT create_distributed_table('applications', 'organization_id');
SELECT create_distributed_table('audit_log_entries', 'organization_id');
SELECT create_distributed_table('billing_accounts', 'organization_id');
SELECT create_distributed_table('candidate_import_issues', 'organization_id');
SELECT create_distributed_table('candidate_import_rows', 'organization_id');
SELECT create_distributed_table('candidate_imports', 'organization_id');
SELECT create_distributed_table('candidate_submissions', 'organization_id');
SELECT create_distributed_table('client_lifecycle_events', 'organization_id');
SELECT create_distributed_table('client_triage', 'organization_id');
SELECT create_distributed_table('clients', 'organization_id');
SELECT create_distributed_table('coach_assignments', 'organization_id');
SELECT create_distributed_table('deletion_requests', 'organization_id');
SELECT create_distributed_table('employer_contacts', 'organization_id');
SELECT create_distributed_table('employers', 'organization_id');
SELECT create_distributed_table('exercise_assignments', 'organization_id');
SELECT create_distributed_table('exercise_template_versions', 'organization_id');
SELECT create_distributed_table('exercise_templates', 'organization_id');
SELECT create_distributed_table('feedback_requests', 'organization_id');
SELECT create_distributed_table('inbound_addresses', 'organization_id');
SELECT create_distributed_table('inbound_emails', 'organization_id');
SELECT create_distributed_table('insight_actions', 'organization_id');
SELECT create_distributed_table('invitations', 'organization_id');
SELECT create_distributed_table('memberships', 'organization_id');
SELECT create_distributed_table('notifications', 'organization_id');
SELECT create_distributed_table('plan_activity', 'organization_id');
SELECT create_distributed_table('plan_goals', 'organization_id');
SELECT create_distributed_table('plan_item_comments', 'organization_id');
SELECT create_distributed_table('plan_items', 'organization_id');
SELECT create_distributed_table('rejections', 'organization_id');

-- pg-boss keeps its queue on the coordinator; jobs are sent inside tenant transactions, so its tables join
-- Citus's metadata as local tables.
SELECT citus_add_local_table_to_metadata('pgboss.job');
SELECT citus_add_local_table_to_metadata('pgboss.schedule');
