import { withClient } from '@rebound/dev-postgres';
import { caseloadOrganization, CREATE_APPLICATION, CREATE_CLIENT } from '../../../test/caseload-fixture.js';
import { startTestApi, TestApi } from '../../../test/test-api.js';
import { GhostingService } from './ghosting.service.js';

describe('ghosting', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  it("closes applications silent for longer than the organization's setting, once, with a rejection ended by silence", async () => {
    const o = await caseloadOrganization(api, 'echo');
    const client = await api.graphql<{ createClient: { id: string } }>(
      CREATE_CLIENT,
      { input: { name: 'Quiet Case' } },
      o.as.coach,
    );
    const create = (company: string) =>
      api.graphql<{ createApplication: { id: string } }>(
        CREATE_APPLICATION,
        {
          input: {
            clientId: client.data!.createClient.id,
            company,
            roleTitle: 'Analyst',
            source: 'JOB_BOARD',
            appliedOn: '2026-10-01',
          },
        },
        o.as.coach,
      );
    const silent = (await create('Silent Corp')).data!.createApplication.id;
    const recent = (await create('Recent Corp')).data!.createApplication.id;
    await withClient(api.database.ownerUrl, (db) =>
      db.query(`UPDATE applications SET last_activity_at = now() - interval '30 days' WHERE id = $1`, [
        silent,
      ]),
    );
    await withClient(api.database.ownerUrl, (db) =>
      db.query(`UPDATE organizations SET ghosting_days = 25 WHERE id = $1`, [o.org.id]),
    );

    const ghosting = api.app.get(GhostingService);
    expect(await ghosting.run(new Date())).toBe(1);
    expect(await ghosting.run(new Date())).toBe(0);

    const state = await api.graphql<{
      applications: {
        edges: {
          node: { id: string; stage: string; rejection: { endedBy: string; stageReached: string } | null };
        }[];
      };
    }>(
      '{ applications(first: 10) { edges { node { id stage rejection { endedBy stageReached } } } } }',
      {},
      o.as.coach,
    );
    const byId = Object.fromEntries(state.data!.applications.edges.map(({ node }) => [node.id, node]));
    expect(byId[silent]).toMatchObject({
      stage: 'GHOSTED',
      rejection: { endedBy: 'SILENCE', stageReached: 'RESUME_SCREEN' },
    });
    expect(byId[recent]).toMatchObject({ stage: 'APPLIED', rejection: null });
  });
});
