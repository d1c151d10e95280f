import type { ProblemCode, ProblemParams } from '@rebound/domain';
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
/** The problem code a field is answered with, and the params its words need. */
type FieldCode = { code: ProblemCode; params?: ProblemParams };

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
  const cases: [string, string, string, () => Record<string, unknown>, string, FieldCode][] = [
    [
      'createClient',
      'CreateClientInput',
      'coach',
      () => ({ name: long(121) }),
      'input.name',
      { code: 'TOO_LONG', params: { limit: 120 } },
    ],
    [
      'createClient',
      'CreateClientInput',
      'coach',
      () => ({ name: 'A', targetRoles: [long(81)] }),
      'input.targetRoles',
      { code: 'TOO_LONG', params: { limit: 80 } },
    ],
    [
      'createClient',
      'CreateClientInput',
      'coach',
      () => ({ name: 'A', locations: Array(21).fill('Lisbon') }),
      'input.locations',
      { code: 'TOO_MANY', params: { limit: 20 } },
    ],
    [
      'updateClient',
      'UpdateClientInput',
      'coach',
      () => ({ id: ids.client, version: 1, name: '' }),
      'input.name',
      { code: 'REQUIRED' },
    ],
    [
      'updateClient',
      'UpdateClientInput',
      'coach',
      () => ({ id: 'not-a-uuid', version: 1 }),
      'input.id',
      { code: 'INVALID_ID' },
    ],
    [
      'updateClient',
      'UpdateClientInput',
      'client',
      () => ({ id: ids.client, version: 1, status: 'PLACED' }),
      'input.status',
      { code: 'COACH_ONLY_FIELD' },
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
      { code: 'REQUIRED' },
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
      { code: 'TOO_LONG', params: { limit: 160 } },
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
      { code: 'INVALID_DATE' },
    ],
    [
      'updateApplication',
      'UpdateApplicationInput',
      'coach',
      () => ({ id: ids.application, version: 1, postingUrl: 'ftp://files' }),
      'input.postingUrl',
      { code: 'INVALID_URL' },
    ],
    [
      'moveApplication',
      'MoveApplicationInput',
      'coach',
      () => ({ id: ids.application, version: 1, stage: 'INTERVIEW', interviewRound: 0 }),
      'input.interviewRound',
      { code: 'OUT_OF_RANGE', params: { min: 1 } },
    ],
    [
      'moveApplication',
      'MoveApplicationInput',
      'coach',
      () => ({ id: ids.application, version: 1, stage: 'REJECTED' }),
      'input.stage',
      { code: 'RECORD_REJECTION_INSTEAD' },
    ],
    [
      'recordRejection',
      'RecordRejectionInput',
      'client',
      () => ({ applicationId: ids.application, applicationVersion: 1, rejectedOn: '2026-13-01' }),
      'input.rejectedOn',
      { code: 'INVALID_DATE' },
    ],
    [
      'recordRejection',
      'RecordRejectionInput',
      'client',
      () => ({ applicationId: ids.application, applicationVersion: 1, rejectedOn: '2999-01-01' }),
      'input.rejectedOn',
      { code: 'REJECTED_IN_FUTURE' },
    ],
    [
      'recordRejection',
      'RecordRejectionInput',
      'client',
      () => ({ applicationId: ids.application, applicationVersion: 1, rejectedOn: '2026-11-01', checkIn: 6 }),
      'input.checkIn',
      { code: 'OUT_OF_RANGE', params: { max: 5 } },
    ],
    [
      'updateRejection',
      'UpdateRejectionInput',
      'client',
      () => ({ id: ids.rejection, version: 1, clientNotes: long(10001) }),
      'input.clientNotes',
      { code: 'TOO_LONG', params: { limit: 10000 } },
    ],
    [
      'createFeedbackRequest',
      'CreateFeedbackRequestInput',
      'client',
      () => ({ rejectionId: ids.rejection, recipientRole: 'RECRUITER', recipientEmail: 'nope' }),
      'input.recipientEmail',
      { code: 'INVALID_EMAIL' },
    ],
    [
      'updateFeedbackRequest',
      'UpdateFeedbackRequestInput',
      'client',
      () => ({ id: ids.request, version: 1, recipientName: long(121) }),
      'input.recipientName',
      { code: 'TOO_LONG', params: { limit: 120 } },
    ],
    [
      'advanceFeedbackRequest',
      'AdvanceFeedbackRequestInput',
      'client',
      () => ({ id: ids.request, version: 1, event: 'SENT', on: 'tomorrow' }),
      'input.on',
      { code: 'INVALID_DATE' },
    ],
    [
      'recordFeedbackAnswer',
      'RecordFeedbackAnswerInput',
      'client',
      () => ({ id: ids.request, version: 1, answerText: '' }),
      'input.answerText',
      { code: 'REQUIRED' },
    ],
  ];

  it.each(cases)('%s names %s', async (mutation, inputType, who, input, path, problem) => {
    const result = await api.graphql(
      `mutation($input: ${inputType}!) { ${mutation}(input: $input) { __typename } }`,
      { input: input() },
      o.as[who],
    );
    const fields = (result.errors?.[0].extensions?.fields ?? []) as Data[];
    expect(fields.map(({ path, code, params }) => ({ path, code, params }))).toContainEqual({
      path,
      params: undefined,
      ...problem,
    });
  });

  it('answers a conflict with its problem code for a closed application and an unsent feedback request', async () => {
    const closed = await api.graphql<Data>(
      'query($id: ID!) { application(id: $id) { version } }',
      { id: ids.closed },
      o.as.coach,
    );
    const again = await api.graphql(
      RECORD_REJECTION,
      {
        input: {
          applicationId: ids.closed,
          applicationVersion: closed.data!.application.version,
          rejectedOn: '2026-10-12',
        },
      },
      o.as.coach,
    );
    expect(again.errors?.[0].extensions).toEqual({
      code: 'CONFLICT',
      problem: 'APPLICATION_CLOSED',
      fields: [{ path: 'input.applicationId', code: 'APPLICATION_CLOSED', message: expect.any(String) }],
    });
    const unsent = await api.graphql(
      'mutation($input: RecordFeedbackAnswerInput!) { recordFeedbackAnswer(input: $input) { status } }',
      { input: { id: ids.request, version: 1, answerText: 'They went with someone internal.' } },
      o.as.client,
    );
    expect(unsent.errors?.[0].extensions).toEqual({
      code: 'CONFLICT',
      problem: 'FEEDBACK_NOT_SENT',
      fields: [{ path: 'input.id', code: 'FEEDBACK_NOT_SENT', message: expect.any(String) }],
    });
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
