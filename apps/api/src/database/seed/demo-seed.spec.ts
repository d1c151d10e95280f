import { withClient } from '@rebound/dev-postgres';
import { createTestDatabase, TestDatabase } from '@rebound/testing';
import { generateDemoCaseload } from './demo-caseload.js';
import { seedDemo } from './demo-seed.js';

describe('demo seed', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.drop());

  it('is the same for the same seed', () => {
    expect(generateDemoCaseload(7)).toEqual(generateDemoCaseload(7));
    expect(generateDemoCaseload(7)).not.toEqual(generateDemoCaseload(8));
  });

  it('plants a believable organization once, with the figures the product promises', async () => {
    expect(await seedDemo(database.ownerUrl)).toBe(true);
    expect(await seedDemo(database.ownerUrl)).toBe(false);
    const figures = await withClient(database.ownerUrl, async (client) => {
      const { rows } = await client.query(`
        SELECT (SELECT count(*)::int FROM memberships WHERE role = 'coach') AS coaches,
               (SELECT count(*)::int FROM clients) AS clients,
               (SELECT count(*)::int FROM applications) AS applications,
               (SELECT count(*)::int FROM rejections) AS rejections,
               (SELECT count(*)::int FROM feedback_requests) AS feedback_requests,
               (SELECT count(*)::int FROM clients c WHERE NOT EXISTS (
                  SELECT 1 FROM coach_assignments a WHERE a.client_id = c.id AND a.is_primary)) AS without_coach,
               (SELECT count(*)::int FROM applications a WHERE a.furthest_stage = 'applied'
                  AND a.stage NOT IN ('applied', 'rejected', 'withdrawn')) AS inconsistent`);
      return rows[0];
    });
    console.log('Demo seed:', JSON.stringify(figures));
    expect(figures.coaches).toBe(3);
    expect(figures.clients).toBe(40);
    expect(figures.applications).toBeGreaterThan(500);
    expect(figures.applications).toBeLessThan(700);
    expect(figures.rejections).toBeGreaterThan(200);
    expect(figures.rejections).toBeLessThan(300);
    expect(figures.feedback_requests).toBeGreaterThan(20);
    expect(figures.without_coach).toBe(0);
    expect(figures.inconsistent).toBe(0);
  });

  it("links the demo client's account to her client record, stuck at final rounds", async () => {
    const rows = await withClient(
      database.ownerUrl,
      async (client) =>
        (
          await client.query(`
        SELECT r.stage_reached, count(*)::int AS n FROM rejections r JOIN clients c ON c.id = r.client_id
          JOIN memberships m ON m.id = c.membership_id JOIN users u ON u.id = m.user_id
         WHERE u.email = 'client@demo.rebound.test' AND r.stage_reached = 'final_round' GROUP BY 1`)
        ).rows,
    );
    expect(rows).toEqual([{ stage_reached: 'final_round', n: 4 }]);
  });
});
