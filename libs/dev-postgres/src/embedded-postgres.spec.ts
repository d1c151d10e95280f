import { chmod, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { existsSync } from 'node:fs';
import { startEmbeddedPostgres } from './embedded-postgres.js';
import { ensureDatabase, provisionAppRole, withClient } from './provision.js';

describe('embedded PostgreSQL', () => {
  it('starts a loopback cluster, provisions a database and a login for the app role, and removes a throwaway cluster on stop', async () => {
    const parent = await mkdtemp(join(tmpdir(), 'rebound-devpg-'));
    await chmod(parent, 0o755); // the cluster runs as the `postgres` system user when we are root
    const dataDir = join(parent, 'cluster');
    const server = await startEmbeddedPostgres({ dataDir, persistent: false });
    try {
      const adminUrl = await ensureDatabase(server.adminUrl, 'provision_check');
      await ensureDatabase(server.adminUrl, 'provision_check'); // a second call is a no-op
      const appUrl = await provisionAppRole(adminUrl, 'app-secret');
      const who = await withClient(appUrl, (client) =>
        client.query<{ user: string; db: string; bypass: boolean; superuser: boolean }>(
          `SELECT current_user AS user, current_database() AS db, rolbypassrls AS bypass, rolsuper AS superuser
             FROM pg_roles WHERE rolname = current_user`,
        ),
      );
      expect(who.rows[0]).toEqual({
        user: 'rebound_app',
        db: 'provision_check',
        bypass: false,
        superuser: false,
      });
      const listen = await withClient(adminUrl, (client) => client.query('SHOW listen_addresses'));
      expect(listen.rows[0].listen_addresses).toBe('127.0.0.1');
    } finally {
      await server.stop();
    }
    expect(existsSync(dataDir)).toBe(false);
  }, 60_000);
});
