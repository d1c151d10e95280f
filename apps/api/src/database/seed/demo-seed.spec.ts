import { withClient } from '@rebound/dev-postgres';
import { createTestDatabase, TestDatabase } from '@rebound/testing';
import { DEMO_AGENCY, DEMO_AGENCY_STAGES } from './demo-agency.js';
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
        WITH demo AS (SELECT id FROM organizations WHERE slug = 'demo')
        SELECT (SELECT count(*)::int FROM memberships WHERE role = 'coach' AND organization_id = (TABLE demo)) AS coaches,
               (SELECT count(*)::int FROM clients WHERE organization_id = (TABLE demo)) AS clients,
               (SELECT count(*)::int FROM applications WHERE organization_id = (TABLE demo)) AS applications,
               (SELECT count(*)::int FROM rejections WHERE organization_id = (TABLE demo)) AS rejections,
               (SELECT count(*)::int FROM feedback_requests WHERE organization_id = (TABLE demo)) AS feedback_requests,
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

  it('plants a staffing agency with candidates at every onboarding stage and employer outcomes', async () => {
    const figures = await withClient(database.ownerUrl, async (client) => {
      const agency = `(SELECT id FROM organizations WHERE slug = '${DEMO_AGENCY.slug}' AND kind = 'staffing_agency')`;
      const { rows } = await client.query(`
        SELECT (SELECT count(*)::int FROM memberships m JOIN users u ON u.id = m.user_id
                 WHERE m.organization_id = ${agency} AND m.role = 'coach'
                   AND u.email = 'recruiter@demo.rebound.test') AS recruiter,
               (SELECT count(*)::int FROM clients WHERE organization_id = ${agency}) AS candidates,
               (SELECT count(*)::int FROM clients WHERE organization_id = ${agency} AND membership_id IS NULL
                   AND NOT EXISTS (SELECT 1 FROM invitations i WHERE i.organization_id = ${agency}
                                     AND lower(i.email) = lower(clients.email))) AS not_invited,
               (SELECT count(*)::int FROM invitations WHERE organization_id = ${agency} AND accepted_at IS NULL) AS pending,
               (SELECT count(DISTINCT lower(a.company))::int FROM candidate_submissions s
                  JOIN applications a ON a.organization_id = s.organization_id AND a.id = s.application_id
                 WHERE s.organization_id = ${agency}) AS employers,
               (SELECT count(*)::int FROM candidate_submissions WHERE organization_id = ${agency}) AS submissions,
               (SELECT count(*)::int FROM rejections WHERE organization_id = ${agency}) AS rejections,
               (SELECT count(DISTINCT stage_reached)::int FROM rejections WHERE organization_id = ${agency}) AS stages,
               (SELECT count(*)::int FROM applications WHERE organization_id = ${agency} AND furthest_stage = 'offer') AS offers`);
      return rows[0];
    });
    expect(figures.recruiter).toBe(1);
    expect(figures.candidates).toBe(DEMO_AGENCY_STAGES.reduce((sum, [, count]) => sum + count, 0));
    expect(figures.candidates).toBe(30);
    expect(figures.not_invited).toBe(4);
    expect(figures.pending).toBe(7);
    expect(figures.employers).toBe(8);
    expect(figures.submissions).toBeGreaterThanOrEqual(40);
    expect(figures.rejections).toBeGreaterThan(figures.submissions / 2);
    expect(figures.stages).toBeGreaterThanOrEqual(4);
    expect(figures.offers).toBeGreaterThan(0);
  });
});
