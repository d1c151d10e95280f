import {
  caseloadOrganization,
  CaseloadOrg,
  CREATE_APPLICATION,
  CREATE_CLIENT,
  linkClientAccount,
  RECORD_REJECTION,
} from '../../../test/caseload-fixture.js';
import { startTestApi, TestApi } from '../../../test/test-api.js';

type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Every field-level validation of the caseload inputs, each answered BAD_USER_INPUT naming its field. */
describe('caseload input validation', () => {
  let api: TestApi;
  let o: CaseloadOrg;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    api = await startTestApi();
    o = await caseloadOrganization(api, 'golf');
    ids.client = (
      await api.graphql<Data>(CREATE_CLIENT, { input: { name: 'Val Idation' } }, o.as.coach)
    ).data!.createClient.id;
    await linkClientAccount(api.database.ownerUrl, o.org.id, ids.client, o.memberIds.client);
    ids.application = (
      await api.graphql<Data>(
        CREATE_APPLICATION,
        {
          input: {
            clientId: ids.client,
            company: 'Co',
            roleTitle: 'Role',
            source: 'DIRECT',
            appliedOn: '2026-10-01',
          },
        },
        o.as.coach,
      )
    ).data!.createApplication.id;
    ids.closed = (
      await api.graphql<Data>(
        CREATE_APPLICATION,
        {
          input: {
            clientId: ids.client,
            company: 'Closed Co',
            roleTitle: 'Role',
            source: 'DIRECT',
            appliedOn: '2026-10-01',
          },
        },
        o.as.coach,
      )
    ).data!.createApplication.id;
    ids.rejection = (
      await api.graphql<Data>(
        RECORD_REJECTION,
        { input: { applicationId: ids.closed, applicationVersion: 1, rejectedOn: '2026-10-10' } },
        o.as.coach,
      )
    ).data!.recordRejection.id;
    ids.request = (
      await api.graphql<Data>(
        'mutation($input: CreateFeedbackRequestInput!) { createFeedbackRequest(input: $input) { id } }',
        { input: { rejectionId: ids.rejection, recipientRole: 'RECRUITER' } },
        o.as.coach,
      )
    ).data!.createFeedbackRequest.id;
  });
  afterAll(() => api.close());

  const long = (n: number) => 'x'.repeat(n);
  const cases: [string, string, string, () => Record<string, unknown>, string, string][] = [
    [
      'createClient',
      'CreateClientInput',
      'coach',
      () => ({ name: long(121) }),
      'input.name',
      'Use at most 120 characters.',
    ],
    [
      'createClient',
      'CreateClientInput',
      'coach',
      () => ({ name: 'A', targetRoles: [long(81)] }),
      'input.targetRoles',
      'Keep each entry under 80 characters.',
    ],
    [
      'createClient',
      'CreateClientInput',
      'coach',
      () => ({ name: 'A', locations: Array(21).fill('Lisbon') }),
      'input.locations',
      'Up to 20 entries.',
    ],
    [
      'updateClient',
      'UpdateClientInput',
      'coach',
      () => ({ id: ids.client, version: 1, name: '' }),
      'input.name',
      "Enter the client's name.",
    ],
    [
      'updateClient',
      'UpdateClientInput',
      'coach',
      () => ({ id: 'not-a-uuid', version: 1 }),
      'input.id',
      'Choose a client.',
    ],
    [
      'updateClient',
      'UpdateClientInput',
      'client',
      () => ({ id: ids.client, version: 1, status: 'PLACED' }),
      'input.status',
      'Only your coach can change this.',
    ],
    [
      'createApplication',
      'CreateApplicationInput',
      'coach',
      () => ({
        clientId: ids.client,
        company: 'Co',
        roleTitle: '',
        source: 'DIRECT',
        appliedOn: '2026-10-01',
      }),
      'input.roleTitle',
      'Enter the role.',
    ],
    [
      'createApplication',
      'CreateApplicationInput',
      'coach',
      () => ({
        clientId: ids.client,
        company: long(161),
        roleTitle: 'R',
        source: 'DIRECT',
        appliedOn: '2026-10-01',
      }),
      'input.company',
      'Use at most 160 characters.',
    ],
    [
      'createApplication',
      'CreateApplicationInput',
      'coach',
      () => ({
        clientId: ids.client,
        company: 'Co',
        roleTitle: 'R',
        source: 'DIRECT',
        appliedOn: '01/10/2026',
      }),
      'input.appliedOn',
      'Enter a date as YYYY-MM-DD.',
    ],
    [
      'updateApplication',
      'UpdateApplicationInput',
      'coach',
      () => ({ id: ids.application, version: 1, postingUrl: 'ftp://files' }),
      'input.postingUrl',
      'Enter a web address starting with https://',
    ],
    [
      'moveApplication',
      'MoveApplicationInput',
      'coach',
      () => ({ id: ids.application, version: 1, stage: 'INTERVIEW', interviewRound: 0 }),
      'input.interviewRound',
      'Rounds start at 1.',
    ],
    [
      'moveApplication',
      'MoveApplicationInput',
      'coach',
      () => ({ id: ids.application, version: 1, stage: 'REJECTED' }),
      'input.stage',
      'Record the rejection instead: it closes the application.',
    ],
    [
      'recordRejection',
      'RecordRejectionInput',
      'client',
      () => ({ applicationId: ids.application, applicationVersion: 1, rejectedOn: '2026-13-01' }),
      'input.rejectedOn',
      'Enter a date as YYYY-MM-DD.',
    ],
    [
      'recordRejection',
      'RecordRejectionInput',
      'client',
      () => ({ applicationId: ids.application, applicationVersion: 1, rejectedOn: '2026-11-01', checkIn: 6 }),
      'input.checkIn',
      'Choose 1 to 5.',
    ],
    [
      'updateRejection',
      'UpdateRejectionInput',
      'client',
      () => ({ id: ids.rejection, version: 1, clientNotes: long(10001) }),
      'input.clientNotes',
      'Keep it under 10,000 characters.',
    ],
    [
      'createFeedbackRequest',
      'CreateFeedbackRequestInput',
      'client',
      () => ({ rejectionId: ids.rejection, recipientRole: 'RECRUITER', recipientEmail: 'nope' }),
      'input.recipientEmail',
      'Enter a valid email address.',
    ],
    [
      'updateFeedbackRequest',
      'UpdateFeedbackRequestInput',
      'client',
      () => ({ id: ids.request, version: 1, recipientName: long(121) }),
      'input.recipientName',
      'Use at most 120 characters.',
    ],
    [
      'advanceFeedbackRequest',
      'AdvanceFeedbackRequestInput',
      'client',
      () => ({ id: ids.request, version: 1, event: 'SENT', on: 'tomorrow' }),
      'input.on',
      'Enter a date as YYYY-MM-DD.',
    ],
    [
      'recordFeedbackAnswer',
      'RecordFeedbackAnswerInput',
      'client',
      () => ({ id: ids.request, version: 1, answerText: '' }),
      'input.answerText',
      'Paste or summarise the answer.',
    ],
  ];

  it.each(cases)('%s names %s', async (mutation, inputType, who, input, path, message) => {
    const result = await api.graphql(
      `mutation($input: ${inputType}!) { ${mutation}(input: $input) { __typename } }`,
      { input: input() },
      o.as[who],
    );
    expect(result.errors?.[0].extensions?.fields).toContainEqual({ path, message });
  });

  it('filters applications by stage, openness and dates, and feedback requests by status', async () => {
    const APPS =
      'query($filter: ApplicationFilter) { applications(first: 10, filter: $filter) { totalCount } }';
    const count = async (filter: Record<string, unknown>) =>
      (await api.graphql<Data>(APPS, { filter }, o.as.coach)).data!.applications.totalCount;
    expect(await count({ clientId: ids.client })).toBe(2);
    expect(await count({ stages: ['REJECTED'] })).toBe(1);
    expect(await count({ open: true })).toBe(1);
    expect(await count({ appliedFrom: '2026-10-02' })).toBe(0);
    expect(await count({ appliedTo: '2026-10-01', open: false })).toBe(1);
    const requests = await api.graphql<Data>(
      '{ feedbackRequests(first: 5, filter: { statuses: [DRAFT] }) { totalCount edges { node { rejection { id } } } } }',
      {},
      o.as.client,
    );
    expect(requests.data!.feedbackRequests).toEqual({
      totalCount: 1,
      edges: [{ node: { rejection: { id: ids.rejection } } }],
    });
    const sent = await api.graphql<Data>(
      '{ feedbackRequests(first: 5, filter: { statuses: [SENT] }) { totalCount } }',
      {},
      o.as.client,
    );
    expect(sent.data!.feedbackRequests.totalCount).toBe(0);
  });

  it('makes a retried create (same caller-chosen id) return the first record instead of a copy', async () => {
    const id = '5a1f3c2e-8d4b-4c6a-9e7f-0b1c2d3e4f50';
    const input = {
      id,
      clientId: ids.client,
      company: 'Retry Ltd',
      roleTitle: 'Analyst',
      source: 'JOB_BOARD',
      appliedOn: '2026-11-02',
    };
    const first = await api.graphql<Data>(CREATE_APPLICATION, { input }, o.as.client);
    const second = await api.graphql<Data>(CREATE_APPLICATION, { input }, o.as.client);
    expect(first.data!.createApplication.id).toBe(id);
    expect(second.data).toEqual(first.data);
    const history = await api.graphql<Data>(
      'query($id: ID!) { application(id: $id) { stageHistory { toStage } } }',
      { id },
      o.as.coach,
    );
    expect(history.data!.application.stageHistory).toEqual([{ toStage: 'APPLIED' }]);
    const count = await api.graphql<Data>(
      '{ applications(first: 10, filter: { open: true }) { totalCount } }',
      {},
      o.as.coach,
    );
    expect(count.data!.applications.totalCount).toBe(2);

    const clientId = 'a7c0d9e8-1b2c-4d3e-8f4a-5b6c7d8e9f01';
    const clients = await Promise.all(
      [1, 2].map(() =>
        api.graphql<Data>(CREATE_CLIENT, { input: { id: clientId, name: 'Double Click' } }, o.as.coach),
      ),
    );
    expect(clients.map((result) => result.data?.createClient.id)).toEqual([clientId, clientId]);
    const named = await api.graphql<Data>(
      '{ clients(first: 5, filter: { search: "double click" }) { totalCount } }',
      {},
      o.as.coach,
    );
    expect(named.data!.clients.totalCount).toBe(1);
  });

  it('suggests company, role and reason from a pasted rejection email, with the words behind them', async () => {
    const text = `Subject: Your application for the Data Analyst position\n\nDear Val,\n\nThank you for your interest in Lumen Energy. After careful consideration, we have decided to move forward with an internal candidate.\n\nBest regards,\nThe Lumen Energy Talent Team`;
    const result = await api.graphql<Data>(
      'query($text: String!) { suggestFromRejectionEmail(text: $text) { isRejection company { value phrase } role { value } reason { value phrase } } }',
      { text },
      o.as.client,
    );
    expect(result.data!.suggestFromRejectionEmail).toMatchObject({
      isRejection: true,
      company: { value: 'Lumen Energy' },
      role: { value: 'Data Analyst' },
      reason: { value: 'INTERNAL_CANDIDATE', phrase: expect.stringMatching(/internal candidate/) },
    });
  });
});
