import { withClient } from '@rebound/dev-postgres';
import { caseloadOrganization, CaseloadOrg, CREATE_CLIENT } from '../../../test/caseload-fixture.js';
import { startTestApi, TestApi } from '../../../test/test-api.js';

type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const CHANGE_STATUS = `mutation($input: ChangeClientStatusInput!) { changeClientStatus(input: $input) { changed } }`;
const REASSIGN = `mutation($input: ReassignClientsInput!) { reassignClients(input: $input) { changed } }`;
const CLIENT = `query($id: ID!) { client(id: $id) {
  status statusChangedAt coaches { memberId name primary }
  lifecycle { kind fromStatus toStatus fromCoachName toCoachName reason changedByName }
} }`;
const CASELOAD = `{ caseload(first: 50) { totalCount edges { node { id } } } }`;

describe('client lifecycle: status with a reason, reassignment with history', () => {
  let api: TestApi;
  let o: CaseloadOrg;
  let ana: string;
  let ben: string;
  let carla: string;

  beforeAll(async () => {
    api = await startTestApi();
    o = await caseloadOrganization(api, 'lima');
    const create = async (name: string) =>
      (await api.graphql<Data>(CREATE_CLIENT, { input: { name } }, o.as.coach)).data!.createClient.id;
    ana = await create('Ana');
    ben = await create('Ben');
    carla = await create('Carla');
  });
  afterAll(() => api.close());

  it('archives a client with a reason: kept in history, gone from the caseload and the active count', async () => {
    const archived = await api.graphql<Data>(
      CHANGE_STATUS,
      { input: { clientIds: [ana], status: 'ARCHIVED', reason: 'Moved abroad' } },
      o.as.coach,
    );
    expect(archived.data!.changeClientStatus.changed).toBe(1);
    const client = (await api.graphql<Data>(CLIENT, { id: ana }, o.as.coach)).data!.client;
    expect(client.status).toBe('ARCHIVED');
    expect(client.lifecycle).toEqual([
      {
        kind: 'STATUS',
        fromStatus: 'ACTIVE',
        toStatus: 'ARCHIVED',
        fromCoachName: null,
        toCoachName: null,
        reason: 'Moved abroad',
        changedByName: expect.any(String),
      },
    ]);
    const caseload = (await api.graphql<Data>(CASELOAD, {}, o.as.coach)).data!.caseload;
    expect(caseload.edges.map((e: Data) => e.node.id).sort()).toEqual([ben, carla].sort());
    const active = await withClient(api.database.ownerUrl, async (db) => {
      const { rows } = await db.query(
        "SELECT count(*)::int AS n FROM clients WHERE organization_id = $1 AND status = 'active'",
        [o.org.id],
      );
      return rows[0].n;
    });
    expect(active).toBe(2);
    // The same change again changes nothing and records nothing.
    const again = await api.graphql<Data>(
      CHANGE_STATUS,
      { input: { clientIds: [ana], status: 'ARCHIVED', reason: 'Again' } },
      o.as.coach,
    );
    expect(again.data!.changeClientStatus.changed).toBe(0);
    expect((await api.graphql<Data>(CLIENT, { id: ana }, o.as.coach)).data!.client.lifecycle).toHaveLength(1);
  });

  it('marks several clients placed at once, or none when one of them is not the coach’s', async () => {
    const stranger = (
      await api.graphql<Data>(CREATE_CLIENT, { input: { name: 'Dora' } }, o.as['other-coach'])
    ).data!.createClient.id;
    const refused = await api.graphql<Data>(
      CHANGE_STATUS,
      { input: { clientIds: [ben, stranger], status: 'PLACED', reason: 'Offer accepted' } },
      o.as.coach,
    );
    expect(refused.errors![0].extensions!.code).toBe('NOT_FOUND');
    expect((await api.graphql<Data>(CLIENT, { id: ben }, o.as.coach)).data!.client.status).toBe('ACTIVE');
    const byClient = await api.graphql<Data>(
      CHANGE_STATUS,
      { input: { clientIds: [ben], status: 'PLACED', reason: '' } },
      o.as.client,
    );
    expect(byClient.errors![0].extensions!.code).toBe('FORBIDDEN');
    const placed = await api.graphql<Data>(
      CHANGE_STATUS,
      { input: { clientIds: [ben, carla], status: 'PAUSED', reason: 'Holiday' } },
      o.as.coach,
    );
    expect(placed.data!.changeClientStatus.changed).toBe(2);
    const bad = await api.graphql<Data>(
      CHANGE_STATUS,
      { input: { clientIds: [ben], status: 'PAUSED', reason: 'x'.repeat(501) } },
      o.as.coach,
    );
    expect(bad.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [expect.objectContaining({ path: 'input.reason', code: 'TOO_LONG', params: { limit: 500 } })],
    });
  });

  it('moves clients to another coach in bulk, keeping who coached them before', async () => {
    const byCoach = await api.graphql<Data>(
      REASSIGN,
      { input: { clientIds: [ben], coachId: o.memberIds['other-coach'], reason: '' } },
      o.as.coach,
    );
    expect(byCoach.errors![0].extensions!.code).toBe('FORBIDDEN');
    const moved = await api.graphql<Data>(
      REASSIGN,
      { input: { clientIds: [ben, carla], coachId: o.memberIds['other-coach'], reason: 'Rebalancing' } },
      o.as.owner,
    );
    expect(moved.data!.reassignClients.changed).toBe(2);
    const ben_ = (await api.graphql<Data>(CLIENT, { id: ben }, o.as.owner)).data!.client;
    expect(ben_.coaches).toEqual([
      expect.objectContaining({ memberId: o.memberIds['other-coach'], primary: true }),
    ]);
    expect(ben_.lifecycle[0]).toMatchObject({
      kind: 'COACH',
      fromCoachName: expect.any(String),
      toCoachName: expect.any(String),
      reason: 'Rebalancing',
    });
    expect(ben_.lifecycle[0].fromCoachName).not.toBe(ben_.lifecycle[0].toCoachName);
    // The previous coach no longer sees them; the new one does, and was told.
    expect((await api.graphql<Data>(CLIENT, { id: ben }, o.as.coach)).errors![0].extensions!.code).toBe(
      'NOT_FOUND',
    );
    const bell = await api.graphql<Data>(
      '{ notifications(first: 10) { edges { node { kind body } } } }',
      {},
      o.as['other-coach'],
    );
    expect(
      bell
        .data!.notifications.edges.filter((e: Data) => e.node.kind === 'client_assigned')
        .map((e: Data) => e.node.body)
        .sort(),
    ).toEqual(['Ben', 'Carla']);
    const unknownCoach = await api.graphql<Data>(
      REASSIGN,
      { input: { clientIds: [ben], coachId: o.memberIds.client, reason: '' } },
      o.as.owner,
    );
    expect(unknownCoach.errors![0].extensions!.code).toBe('NOT_FOUND');
  });
});
