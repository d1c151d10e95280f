import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import { ensureDatabase, provisionAppRole, startEmbeddedPostgres } from '@rebound/dev-postgres';
import { runMigrations, seedDemo } from '@rebound/api/database';

export interface PreparedDatabase {
  /** Where the data lives, for the banner. */
  description: string;
  appUrl: string;
  seeded: boolean;
  stop(): Promise<void>;
}

const DATABASE_NAME = 'rebound';

/**
 * Gives the product a ready database: the server named by DATABASE_URL, or an embedded PostgreSQL
 * (kept in `.data/` between runs, or throwaway with `ephemeral`); then migrations, the API's login
 * and the demo organization when the database has none.
 */
export async function prepareDatabase(options: {
  ephemeral: boolean;
  log: (line: string) => void;
}): Promise<PreparedDatabase> {
  let ownerUrl = process.env.DATABASE_URL;
  let description = 'PostgreSQL at DATABASE_URL';
  let stop = async () => undefined as void;

  if (!ownerUrl) {
    let dataDir = resolve('.data/postgres');
    let cleanup = async () => undefined as void;
    if (options.ephemeral) {
      const parent = await mkdtemp(join(tmpdir(), 'rebound-ephemeral-'));
      await chmod(parent, 0o755); // PostgreSQL runs as the `postgres` system user when we are root
      dataDir = join(parent, 'cluster');
      cleanup = () => rm(parent, { recursive: true, force: true });
    }
    options.log(`Starting embedded PostgreSQL (${options.ephemeral ? 'throwaway' : dataDir})…`);
    const server = await startEmbeddedPostgres({ dataDir, persistent: !options.ephemeral });
    stop = async () => {
      await server.stop();
      await cleanup();
    };
    description = `${options.ephemeral ? 'throwaway ' : ''}embedded PostgreSQL, data in ${dataDir}`;
    ownerUrl = await ensureDatabase(server.adminUrl, DATABASE_NAME).catch(async (error) => {
      await stop();
      throw error;
    });
  }

  try {
    const applied = await runMigrations(ownerUrl);
    options.log(
      applied.length ? `Applied migrations: ${applied.join(', ')}` : 'Database schema is up to date.',
    );
    // A fresh password on every start: nothing to store, and the API gets it from us directly.
    const appUrl =
      process.env.DATABASE_APP_URL ??
      (await provisionAppRole(ownerUrl, randomBytes(18).toString('base64url')));
    const seeded = await seedDemo(ownerUrl);
    if (seeded) options.log('Planted the demo organization.');
    return { description, appUrl, seeded, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
