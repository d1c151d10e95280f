/**
 * DDL for a tenant-owned table, so that every one of them gets the same shape (docs/architecture.md, "Tenancy"):
 * `organization_id` first in the primary key, row-level security enabled and forced with the tenant
 * policy, and DML granted to the API's role. `columns` are the table's own columns and constraints;
 * foreign keys to other tenant tables must include `organization_id`.
 */
export function tenantTableSql(table: string, columns: string): string {
  return `
    CREATE TABLE ${table} (
      organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      ${columns.trim()},
      PRIMARY KEY (organization_id, id)
    );
    ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY;
    ALTER TABLE ${table} FORCE ROW LEVEL SECURITY;
    CREATE POLICY ${table}_tenant ON ${table}
      USING (organization_id = app_current_org_id())
      WITH CHECK (organization_id = app_current_org_id());
    GRANT SELECT, INSERT, UPDATE, DELETE ON ${table} TO rebound_app;
  `;
}
