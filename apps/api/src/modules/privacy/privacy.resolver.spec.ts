import {
  caseloadOrganization,
  CaseloadOrg,
  CREATE_APPLICATION,
  CREATE_CLIENT,
  linkClientAccount,
  RECORD_REJECTION,
} from '../../../test/caseload-fixture.js';
import { withClient } from '@rebound/dev-postgres';
import { startTestApi, TestApi } from '../../../test/test-api.js';

type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const REQUEST = `mutation($input: RequestDeletionInput) { requestDeletion(input: $input) { id clientId clientName note } }`;
const MINE = '{ myDeletionRequest { id note } }';
const PENDING =
  '{ deletionRequests(first: 10) { totalCount edges { node { id clientId clientName note } } } }';
const CONFIRM = 'mutation($id: ID!) { confirmDeletionRequest(id: $id) }';
const CHANGE_STATUS =
  'mutation($input: ChangeClientStatusInput!) { changeClientStatus(input: $input) { changed } }';

describe('my data: export and deletion requests', () => {
  let api: TestApi;
  let o: CaseloadOrg;
  let clientId: string;

  beforeAll(async () => {
    api = await startTestApi();
    o = await caseloadOrganization(api, 'kilo');
    clientId = (await api.graphql<Data>(CREATE_CLIENT, { input: { name: 'Kit Private' } }, o.as.coach)).data!
      .createClient.id;
    await linkClientAccount(api.database.ownerUrl, o.org.id, clientId, o.memberIds.client);
    const application = await api.graphql<Data>(
      CREATE_APPLICATION,
      {
        input: {
          clientId,
          company: 'Harbor Co',
          roleTitle: 'Analyst',
          source: 'DIRECT',
          appliedOn: '2026-10-01',
        },
      },
      o.as.client,
    );
    await api.graphql<Data>(
      RECORD_REJECTION,
      {
        input: {
          applicationId: application.data!.createApplication.id,
          applicationVersion: application.data!.createApplication.version,
          rejectedOn: '2026-10-20',
          checkIn: 4,
          clientNotes: 'Mine to keep',
        },
      },
      o.as.client,
    );
    const [rejection] = (
      await api.graphql<Data>('{ rejections(first: 1) { edges { node { id version } } } }', {}, o.as.coach)
    ).data!.rejections.edges;
    const tagged = await api.graphql<Data>(
      'mutation($input: UpdateRejectionInput!) { updateRejection(input: $input) { id } }',
      { input: { id: rejection.node.id, version: rejection.node.version, coachPrivateNotes: 'Coach only' } },
      o.as.coach,
    );
    expect(tagged.errors).toBeUndefined();
    // An agency's uploaded file with a row the import matched to this client, and a row about someone else.
    await withClient(api.database.ownerUrl, async (db) => {
      const [upload] = (
        await db.query<{ id: string }>(
          `INSERT INTO candidate_imports (organization_id, file_name, headers, total_rows, created_by_user_id)
           VALUES ($1, 'candidates.csv', '{name,email}', 2, $2) RETURNING id`,
          [o.org.id, o.org.userIds['owner@kilo.test']],
        )
      ).rows;
      await db.query(
        `INSERT INTO candidate_import_rows (organization_id, import_id, ordinal, line, cells, name, existing_client_id)
         VALUES ($1, $2, 1, 2, '{Kit Private,kit@example.test}', 'Kit Private', $3),
                ($1, $2, 2, 3, '{Someone Else,else@example.test}', 'Someone Else', NULL)`,
        [o.org.id, upload.id, clientId],
      );
    });
  });
  afterAll(() => api.close());

  const importRows = () =>
    withClient(
      api.database.ownerUrl,
      async (db) =>
        (
          await db.query<{ cells: string[]; name: string | null }>(
            'SELECT cells, name FROM candidate_import_rows WHERE organization_id = $1 ORDER BY ordinal',
            [o.org.id],
          )
        ).rows,
    );

  it('gives the client everything recorded about them as JSON, without the coach’s private notes', async () => {
    const paused = await api.graphql<Data>(
      CHANGE_STATUS,
      { input: { clientIds: [clientId], status: 'PAUSED', reason: 'Taking a month off' } },
      o.as.coach,
    );
    expect(paused.data?.changeClientStatus.changed).toBe(1);
    const result = await api.graphql<Data>('{ myData }', {}, o.as.client);
    expect(result.errors).toBeUndefined();
    const document = JSON.parse(result.data!.myData);
    expect(document.account.email).toBe('client@kilo.test');
    expect(document.profile).toMatchObject({ id: clientId, name: 'Kit Private' });
    expect(document.applications).toHaveLength(1);
    expect(document.applications[0]).toMatchObject({ company: 'Harbor Co', stage: 'rejected' });
    expect(document.stageHistory.map((event: Data) => event.to_stage)).toEqual(['applied', 'rejected']);
    expect(document.rejections).toHaveLength(1);
    expect(document.rejections[0]).toMatchObject({ client_notes: 'Mine to keep', check_in: 4 });
    expect(document.rejections[0]).not.toHaveProperty('coach_private_notes');
    expect(JSON.stringify(document)).not.toContain('Coach only');
    expect(JSON.stringify(document)).not.toContain(o.org.id);
    expect(document.statusHistory).toEqual([
      expect.objectContaining({ to_status: 'paused', reason: 'Taking a month off' }),
    ]);
    expect(document.submissions).toEqual([]);
    expect(document.forwardedEmails).toEqual([]);
    expect(document.importedRows).toEqual([{ line: 2, cells: ['Kit Private', 'kit@example.test'] }]);
    const active = await api.graphql<Data>(
      CHANGE_STATUS,
      { input: { clientIds: [clientId], status: 'ACTIVE', reason: '' } },
      o.as.coach,
    );
    expect(active.data?.changeClientStatus.changed).toBe(1);
  });

  it('lets only clients export and request, and only owners and admins see and confirm', async () => {
    for (const staff of [o.as.coach, o.as.owner]) {
      expect((await api.graphql('{ myData }', {}, staff)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect((await api.graphql(REQUEST, {}, staff)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    expect((await api.graphql(PENDING, {}, o.as.coach)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await api.graphql(PENDING, {}, o.as.client)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('takes one pending request, which the client can withdraw', async () => {
    expect((await api.graphql<Data>(MINE, {}, o.as.client)).data!.myDeletionRequest).toBeNull();
    const first = await api.graphql<Data>(REQUEST, { input: { note: 'Moving on' } }, o.as.client);
    expect(first.data!.requestDeletion).toMatchObject({
      clientId,
      clientName: 'Kit Private',
      note: 'Moving on',
    });
    const again = await api.graphql<Data>(REQUEST, {}, o.as.client);
    expect(again.errors?.[0].extensions).toEqual({
      code: 'CONFLICT',
      problem: 'DELETION_ALREADY_REQUESTED',
      fields: [
        {
          path: 'input',
          code: 'DELETION_ALREADY_REQUESTED',
          message: 'You already asked for your data to be deleted.',
        },
      ],
    });
    expect((await api.graphql<Data>(MINE, {}, o.as.client)).data!.myDeletionRequest.note).toBe('Moving on');
    const withdrawn = await api.graphql<Data>('mutation { withdrawDeletionRequest }', {}, o.as.client);
    expect(withdrawn.data!.withdrawDeletionRequest).toBe(true);
    expect((await api.graphql<Data>(MINE, {}, o.as.client)).data!.myDeletionRequest).toBeNull();
    expect((await api.graphql<Data>(PENDING, {}, o.as.owner)).data!.deletionRequests.totalCount).toBe(0);
  });

  it('refuses a note that is too long, naming the field', async () => {
    const result = await api.graphql(REQUEST, { input: { note: 'x'.repeat(2001) } }, o.as.client);
    expect(result.errors?.[0].extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [
        {
          path: 'input.note',
          code: 'TOO_LONG',
          params: { limit: 2000 },
          message: 'Use at most 2,000 characters.',
        },
      ],
    });
  });

  it('erases the client and everything about them when an admin confirms', async () => {
    const requested = await api.graphql<Data>(REQUEST, {}, o.as.client);
    const id = requested.data!.requestDeletion.id;
    const pending = await api.graphql<Data>(PENDING, {}, o.as.owner);
    expect(pending.data!.deletionRequests.edges.map((edge: Data) => edge.node)).toEqual([
      { id, clientId, clientName: 'Kit Private', note: '' },
    ]);
    const confirmed = await api.graphql<Data>(CONFIRM, { id }, o.as.owner);
    expect(confirmed.errors).toBeUndefined();
    expect(confirmed.data!.confirmDeletionRequest).toBe(true);
    const gone = await api.graphql(
      'query($id: ID!) { client(id: $id) { id } }',
      { id: clientId },
      o.as.owner,
    );
    expect(gone.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const left = await api.graphql<Data>(
      `query($id: ID!) { applications(first: 5, filter: { clientId: $id }) { totalCount } }`,
      { id: clientId },
      o.as.owner,
    );
    expect(left.data!.applications.totalCount).toBe(0);
    // The uploaded row that named the client keeps its place in its import but no longer says anything.
    expect(await importRows()).toEqual([
      { cells: [], name: null },
      { cells: ['Someone Else', 'else@example.test'], name: 'Someone Else' },
    ]);
    expect((await api.graphql(CONFIRM, { id }, o.as.owner)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});
