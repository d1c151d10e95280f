import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import {
  APP_ROLE,
  databaseUrl,
  ensureDatabase,
  provisionAppRole,
  roleUrl,
  startEmbeddedPostgres,
  withClient,
} from '@rebound/dev-postgres';

/** What the global setup hands to test files through the environment. */
export const TEST_ENV = {
  serverUrl: 'REBOUND_TEST_SERVER_URL',
  template: 'REBOUND_TEST_TEMPLATE',
  appPassword: 'REBOUND_TEST_APP_PASSWORD',
} as const;

export interface TestCluster {
  stop(): Promise<void>;
}

/**
 * Starts one PostgreSQL for the whole test run (a throwaway embedded cluster, or the server named by
 * DATABASE_URL), builds a migrated template database with `prepare`, and publishes both through the
 * environment so that each test file can clone its own database from the template.
 */
export async function startTestCluster(
  prepare: (templateUrl: string) => Promise<void>,
): Promise<TestCluster> {
  let stopServer: () => Promise<void> = async () => undefined;
  let serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const parent = await mkdtemp(join(tmpdir(), 'rebound-test-'));
    await chmod(parent, 0o755); // PostgreSQL runs as the `postgres` system user when we are root
    const server = await startEmbeddedPostgres({ dataDir: join(parent, 'cluster'), persistent: false });
    serverUrl = server.adminUrl;
    stopServer = async () => {
      await server.stop();
      await rm(parent, { recursive: true, force: true });
    };
  }

  const template = `rebound_template_${process.pid}_${Date.now()}`;
  const appPassword = randomBytes(18).toString('base64url');
  try {
    const templateUrl = await ensureDatabase(serverUrl, template);
    await prepare(templateUrl);
    await provisionAppRole(templateUrl, appPassword);
    await withClient(databaseUrl(serverUrl, 'postgres'), (client) =>
      client.query(
        `ALTER DATABASE ${client.escapeIdentifier(template)} WITH IS_TEMPLATE true ALLOW_CONNECTIONS false`,
      ),
    );
  } catch (error) {
    await stopServer();
    throw error;
  }

  process.env[TEST_ENV.serverUrl] = serverUrl;
  process.env[TEST_ENV.template] = template;
  process.env[TEST_ENV.appPassword] = appPassword;

  return {
    async stop() {
      await dropDatabase(serverUrl, template, true);
      await stopServer();
    },
  };
}

export interface TestDatabase {
  name: string;
  /** Connection as the schema owner: for arranging data and for looking behind row-level security. */
  ownerUrl: string;
  /** Connection as the API's role, exactly as the API connects. */
  appUrl: string;
  drop(): Promise<void>;
}

function requiredEnv(name: string): string {
  const value = process.env[name];
  if (!value)
    throw new Error(`${name} is not set: run this test through its project's Jest config (global setup)`);
  return value;
}

/** A fresh database cloned from the run's migrated template, for one test file. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = requiredEnv(TEST_ENV.serverUrl);
  const template = requiredEnv(TEST_ENV.template);
  const name = `rebound_test_${randomBytes(6).toString('hex')}`;
  await withClient(databaseUrl(serverUrl, 'postgres'), (client) =>
    client.query(
      `CREATE DATABASE ${client.escapeIdentifier(name)} TEMPLATE ${client.escapeIdentifier(template)}`,
    ),
  );
  const ownerUrl = databaseUrl(serverUrl, name);
  return {
    name,
    ownerUrl,
    appUrl: roleUrl(ownerUrl, APP_ROLE, requiredEnv(TEST_ENV.appPassword)),
    drop: () => dropDatabase(serverUrl, name, false),
  };
}

async function dropDatabase(serverUrl: string, name: string, isTemplate: boolean): Promise<void> {
  await withClient(databaseUrl(serverUrl, 'postgres'), async (client) => {
    const db = client.escapeIdentifier(name);
    if (isTemplate) await client.query(`ALTER DATABASE ${db} WITH IS_TEMPLATE false`);
    await client.query(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
  });
}
