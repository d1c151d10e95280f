import pg from 'pg';

/** The role the API connects as: owns nothing, no BYPASSRLS; created by the first migration. */
export const APP_ROLE = 'rebound_app';

export function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

export function roleUrl(serverUrl: string, user: string, password: string): string {
  const url = new URL(serverUrl);
  url.username = encodeURIComponent(user);
  url.password = encodeURIComponent(password);
  return url.toString();
}

export async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function ensureDatabase(serverUrl: string, database: string): Promise<string> {
  await withClient(databaseUrl(serverUrl, 'postgres'), async (client) => {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
  });
  return databaseUrl(serverUrl, database);
}

/**
 * Lets the API's role log in with the given password and returns its connection string.
 * Migrations create the role without LOGIN so that a database nobody provisioned stays closed.
 */
export async function provisionAppRole(adminDatabaseUrl: string, password: string): Promise<string> {
  await withClient(adminDatabaseUrl, async (client) => {
    const exists = await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [APP_ROLE]);
    const verb = exists.rowCount === 0 ? 'CREATE' : 'ALTER';
    const literal = client.escapeLiteral(password);
    await client.query(
      `${verb} ROLE ${APP_ROLE} LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE PASSWORD ${literal}`,
    );
  });
  return roleUrl(adminDatabaseUrl, APP_ROLE, password);
}
