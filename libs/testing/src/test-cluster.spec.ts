import { withClient } from '@rebound/dev-postgres';
import { createTestDatabase } from './test-cluster.js';

describe('test databases', () => {
  it('gives every caller its own database cloned from the template, reachable as owner and as the app role', async () => {
    const [first, second] = await Promise.all([createTestDatabase(), createTestDatabase()]);
    try {
      expect(first.name).not.toBe(second.name);
      await withClient(first.ownerUrl, (client) => client.query('CREATE TABLE only_in_first (id int)'));
      const seen = await withClient(second.ownerUrl, (client) =>
        client.query(`SELECT count(*)::int AS n FROM pg_tables WHERE tablename = 'only_in_first'`),
      );
      expect(seen.rows[0].n).toBe(0);
      const role = await withClient(first.appUrl, (client) => client.query('SELECT current_user AS name'));
      expect(role.rows[0].name).toBe('rebound_app');
    } finally {
      await Promise.all([first.drop(), second.drop()]);
    }
  });
});
