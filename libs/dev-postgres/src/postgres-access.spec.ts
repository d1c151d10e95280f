import { chmod, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PostgresAccessError, firstClosedFolder, startEmbeddedPostgres } from './index.js';

describe('reaching PostgreSQL files as the postgres user', () => {
  let parent: string;
  beforeEach(async () => {
    parent = await mkdtemp(join(tmpdir(), 'rebound-access-'));
    await chmod(parent, 0o755);
  });
  afterEach(() => rm(parent, { recursive: true, force: true }));

  it('finds the first folder that other users cannot enter, also for a path not made yet', async () => {
    await mkdir(join(parent, 'open/closed/inside'), { recursive: true });
    await chmod(join(parent, 'open/closed'), 0o700);
    expect(firstClosedFolder(join(parent, 'open/closed/inside/cluster'), null)).toBe(
      join(parent, 'open/closed'),
    );
    expect(firstClosedFolder(join(parent, 'open/not-yet/cluster'), null)).toBeNull();
  });

  it('lets the folder’s owner in where others may not enter', async () => {
    await mkdir(join(parent, 'mine'));
    await chmod(join(parent, 'mine'), 0o700);
    const me = { uid: process.getuid!(), gid: -1 };
    expect(firstClosedFolder(join(parent, 'mine/cluster'), me)).toBeNull();
  });

  if (process.getuid?.() === 0) {
    it('as root, stops with one sentence saying what to do instead of spawning initdb into EACCES', async () => {
      await mkdir(join(parent, 'private'), { mode: 0o700 });
      const start = startEmbeddedPostgres({ dataDir: join(parent, 'private/cluster'), persistent: false });
      await expect(start).rejects.toThrow(PostgresAccessError);
      await expect(start).rejects.toThrow(
        `cannot enter ${join(parent, 'private')}: run as a regular user, move the clone to a folder others can enter`,
      );
    });
  }
});
