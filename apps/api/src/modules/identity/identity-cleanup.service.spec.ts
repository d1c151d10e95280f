import { DataSource } from 'typeorm';
import { withClient } from '@rebound/dev-postgres';
import { createTestDatabase, TestDatabase } from '@rebound/testing';
import { IdentityCleanupService } from './identity-cleanup.service.js';

describe('identity cleanup', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  beforeAll(async () => {
    database = await createTestDatabase();
    // As the worker runs it: the API's restricted role.
    dataSource = await new DataSource({ type: 'postgres', url: database.appUrl }).initialize();
  });
  afterAll(async () => {
    await dataSource.destroy();
    await database.drop();
  });

  it('deletes counters, sign-up links and two-factor challenges that ran out, and keeps the live ones', async () => {
    const now = new Date('2026-12-04T12:00:00Z');
    await withClient(database.ownerUrl, async (client) => {
      await client.query(
        `INSERT INTO rate_limits (key, points, expire) VALUES
           ('signInFailures:old|192.0.2.1', 3, $1), ('signInFailures:live|192.0.2.1', 3, $2),
           ('signInPerIp:192.0.2.1', 1, NULL)`,
        [now.getTime() - 1, now.getTime() + 60_000],
      );
      await client.query(
        `INSERT INTO sign_up_requests
           (token_hash, email, name, password_hash, organization_name, organization_kind, expires_at)
         VALUES ('a', 'old@example.com', 'Old', 'x', 'Old Co', 'coaching_practice', $1),
                ('b', 'live@example.com', 'Live', 'x', 'Live Co', 'coaching_practice', $2)`,
        [new Date(now.getTime() - 1000), new Date(now.getTime() + 3_600_000)],
      );
      const { rows } = await client.query(
        `INSERT INTO users (email, name) VALUES ('two@example.com', 'Two') RETURNING id`,
      );
      await client.query(
        `INSERT INTO sign_in_challenges (token_hash, user_id, expires_at)
         VALUES ('old', $1, $2), ('live', $1, $3)`,
        [rows[0].id, new Date(now.getTime() - 1000), new Date(now.getTime() + 60_000)],
      );
    });

    expect(await new IdentityCleanupService(dataSource).run(now)).toEqual({
      counters: 1,
      signUps: 1,
      challenges: 1,
    });

    const left = await withClient(database.ownerUrl, async (client) => ({
      counters: (await client.query('SELECT key FROM rate_limits ORDER BY key')).rows.map((r) => r.key),
      signUps: (await client.query('SELECT email FROM sign_up_requests')).rows.map((r) => r.email),
      challenges: (await client.query('SELECT token_hash FROM sign_in_challenges')).rows.map(
        (r) => r.token_hash,
      ),
    }));
    expect(left).toEqual({
      counters: ['signInFailures:live|192.0.2.1', 'signInPerIp:192.0.2.1'],
      signUps: ['live@example.com'],
      challenges: ['live'],
    });
  });
});
