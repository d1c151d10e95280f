import { withClient } from '@rebound/dev-postgres';
import { STATEMENT_COUNTER, StatementCounter } from '../../database/statement-counter.js';
import {
  caseloadOrganization,
  CaseloadOrg,
  CREATE_APPLICATION,
  CREATE_CLIENT,
  linkClientAccount,
  MOVE,
  RECORD_REJECTION,
} from '../../../test/caseload-fixture.js';
import { startTestApi, TestApi } from '../../../test/test-api.js';

type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('caseload, applications, rejections and feedback requests', () => {
  let api: TestApi;
  let o: CaseloadOrg;
  let clientId: string;

  beforeAll(async () => {
    api = await startTestApi();
    o = await caseloadOrganization(api, 'delta');
    const created = await api.graphql<Data>(
      CREATE_CLIENT,
      {
        input: {
          name: 'Rita Alves',
          email: 'rita@example.com',
          targetRoles: ['Product Manager', ' Product Manager '],
        },
      },
      o.as.coach,
    );
    clientId = created.data!.createClient.id;
    await linkClientAccount(api.database.ownerUrl, o.org.id, clientId, o.memberIds.client);
  });
  afterAll(() => api.close());

  describe('clients', () => {
    it("puts a coach's new client in their own caseload only", async () => {
      const own = await api.graphql<Data>(
        '{ clients(first: 10) { totalCount edges { node { name targetRoles coaches { name primary } } } } }',
        {},
        o.as.coach,
      );
      expect(own.data!.clients.edges.map((edge: Data) => edge.node)).toEqual([
        { name: 'Rita Alves', targetRoles: ['Product Manager'], coaches: [{ name: 'coach', primary: true }] },
      ]);
      const other = await api.graphql<Data>(
        '{ clients(first: 10) { totalCount } }',
        {},
        o.as.coach && o.as['other-coach'],
      );
      expect(other.data!.clients.totalCount).toBe(0);
      const missing = await api.graphql<Data>(
        'query($id: ID!) { client(id: $id) { id } }',
        { id: clientId },
        o.as['other-coach'],
      );
      expect(missing.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    });

    it('filters by status and search, and archives instead of deleting', async () => {
      const archived = await api.graphql<Data>(CREATE_CLIENT, { input: { name: 'Old Friend' } }, o.as.owner);
      const { id, version } = archived.data!.createClient;
      await api.graphql(
        'mutation($input: UpdateClientInput!) { updateClient(input: $input) { status } }',
        { input: { id, version, status: 'ARCHIVED' } },
        o.as.owner,
      );
      const active = await api.graphql<Data>(
        '{ clients(first: 10, filter: { statuses: [ACTIVE] }) { edges { node { name } } } }',
        {},
        o.as.owner,
      );
      expect(active.data!.clients.edges.map((edge: Data) => edge.node.name)).toEqual(['Rita Alves']);
      const search = await api.graphql<Data>(
        '{ clients(first: 10, filter: { search: "FRIEND" }) { edges { node { name status } } } }',
        {},
        o.as.owner,
      );
      expect(search.data!.clients.edges.map((edge: Data) => edge.node)).toEqual([
        { name: 'Old Friend', status: 'ARCHIVED' },
      ]);
    });

    it('names the field of every invalid client input', async () => {
      const result = await api.graphql(CREATE_CLIENT, { input: { name: '', email: 'nope' } }, o.as.coach);
      expect(result.errors?.[0].extensions).toEqual({
        code: 'BAD_USER_INPUT',
        fields: [
          { path: 'input.name', code: 'REQUIRED', message: expect.any(String) },
          { path: 'input.email', code: 'INVALID_EMAIL', message: expect.any(String) },
        ],
      });
    });

    it('keeps clients from adding clients', async () => {
      const result = await api.graphql(CREATE_CLIENT, { input: { name: 'Someone' } }, o.as.client);
      expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    });
  });

  describe('applications', () => {
    let applicationId: string;
    let version: number;

    it('creates an application at APPLIED with its first history event', async () => {
      const result = await api.graphql<Data>(
        CREATE_APPLICATION,
        {
          input: {
            clientId,
            company: 'Acme Analytics',
            roleTitle: 'Senior Product Manager',
            source: 'REFERRAL',
            appliedOn: '2026-10-01',
            postingUrl: 'https://jobs.example.com/42',
          },
        },
        o.as.coach,
      );
      expect(result.errors).toBeUndefined();
      expect(result.data!.createApplication).toMatchObject({
        stage: 'APPLIED',
        furthestStage: 'APPLIED',
        version: 1,
      });
      applicationId = result.data!.createApplication.id;
      version = 1;
    });

    it.each([
      [{ company: '' }, 'input.company', 'REQUIRED'],
      [{ appliedOn: '2026-02-30' }, 'input.appliedOn', 'INVALID_DATE'],
      [{ postingUrl: 'jobs.example.com' }, 'input.postingUrl', 'INVALID_URL'],
    ])('names the invalid field for %p', async (change, path, code) => {
      const result = await api.graphql(
        CREATE_APPLICATION,
        {
          input: {
            clientId,
            company: 'X',
            roleTitle: 'Y',
            source: 'DIRECT',
            appliedOn: '2026-10-01',
            ...change,
          },
        },
        o.as.coach,
      );
      expect(result.errors?.[0].extensions).toEqual({
        code: 'BAD_USER_INPUT',
        fields: [{ path, code, message: expect.any(String) }],
      });
    });

    it('moves forward through interview rounds, keeps the furthest stage and the history, and refuses going back', async () => {
      for (const [stage, interviewRound] of [
        ['SCREENING'],
        ['INTERVIEW', 1],
        ['INTERVIEW', 2],
        ['FINAL_ROUND'],
      ] as const) {
        const moved = await api.graphql<Data>(
          MOVE,
          { input: { id: applicationId, version, stage, interviewRound } },
          o.as.client,
        );
        expect(moved.errors).toBeUndefined();
        version = moved.data!.moveApplication.version;
      }
      const back = await api.graphql<Data>(
        MOVE,
        { input: { id: applicationId, version, stage: 'SCREENING' } },
        o.as.coach,
      );
      expect(back.errors?.[0].extensions).toEqual({
        code: 'BAD_USER_INPUT',
        fields: [
          {
            path: 'input.stage',
            code: 'STAGE_MOVE_NOT_ALLOWED',
            params: { from: 'final_round', to: 'screening' },
            message: expect.any(String),
          },
        ],
      });
      const detail = await api.graphql<Data>(
        'query($id: ID!) { application(id: $id) { furthestStage stageHistory { fromStage toStage interviewRound changedByName } } }',
        { id: applicationId },
        o.as.coach,
      );
      expect(
        detail.data!.application.stageHistory.map((event: Data) => [
          event.fromStage,
          event.toStage,
          event.interviewRound,
        ]),
      ).toEqual([
        [null, 'APPLIED', null],
        ['APPLIED', 'SCREENING', null],
        ['SCREENING', 'INTERVIEW', 1],
        ['INTERVIEW', 'INTERVIEW', 2],
        ['INTERVIEW', 'FINAL_ROUND', null],
      ]);
    });

    it('answers CONFLICT to a stale version and changes nothing', async () => {
      const before = await api.graphql<Data>(
        'query($id: ID!) { application(id: $id) { company version } }',
        { id: applicationId },
        o.as.coach,
      );
      const stale = await api.graphql(
        'mutation($input: UpdateApplicationInput!) { updateApplication(input: $input) { id } }',
        { input: { id: applicationId, version: version - 1, company: 'Renamed' } },
        o.as.coach,
      );
      expect(stale.errors?.[0].extensions).toEqual({
        code: 'CONFLICT',
        problem: 'STALE_VERSION',
        fields: [{ path: 'input.version', code: 'STALE_VERSION', message: expect.any(String) }],
      });
      const after = await api.graphql<Data>(
        'query($id: ID!) { application(id: $id) { company version } }',
        { id: applicationId },
        o.as.coach,
      );
      expect(after.data).toEqual(before.data);
    });

    it('records a rejection after the final round: closes the application, keeps the furthest stage, derives the stage reached', async () => {
      const forbidden = await api.graphql<Data>(
        RECORD_REJECTION,
        {
          input: {
            applicationId,
            applicationVersion: version,
            rejectedOn: '2026-11-20',
            coachTag: 'MISSING_SKILL',
          },
        },
        o.as.client,
      );
      expect(forbidden.errors?.[0].extensions).toEqual({
        code: 'FORBIDDEN',
        fields: [
          { path: 'input.coachTag', code: 'COACH_ONLY_FIELD', message: 'Only the coach can set this.' },
        ],
      });

      const recorded = await api.graphql<Data>(
        RECORD_REJECTION,
        {
          input: {
            applicationId,
            applicationVersion: version,
            rejectedOn: '2026-11-20',
            employerReason: 'BETTER_QUALIFIED_CANDIDATE',
            clientViewReason: 'PRESENTATION_OR_RAPPORT',
            checkIn: 4,
          },
        },
        o.as.client,
      );
      expect(recorded.errors).toBeUndefined();
      expect(recorded.data!.recordRejection).toMatchObject({
        stageReached: 'FINAL_ROUND',
        effectiveReason: 'BETTER_QUALIFIED_CANDIDATE',
        checkIn: 4,
        coachPrivateNotes: null,
        feedbackRequestSuggested: true,
      });
      const application = await api.graphql<Data>(
        'query($id: ID!) { application(id: $id) { stage furthestStage closedAt } }',
        { id: applicationId },
        o.as.coach,
      );
      expect(application.data!.application).toMatchObject({
        stage: 'REJECTED',
        furthestStage: 'FINAL_ROUND',
        closedAt: expect.any(String),
      });
    });

    it('keeps the coach tag and private notes to the coach, and the tag wins the effective reason', async () => {
      const list = await api.graphql<Data>(
        '{ rejections(first: 5) { edges { node { id version } } } }',
        {},
        o.as.coach,
      );
      const { id, version: rejectionVersion } = list.data!.rejections.edges[0].node;
      const UPDATE =
        'mutation($input: UpdateRejectionInput!) { updateRejection(input: $input) { version coachTag effectiveReason coachPrivateNotes } }';
      const tagged = await api.graphql<Data>(
        UPDATE,
        {
          input: {
            id,
            version: rejectionVersion,
            coachTag: 'MISSING_SKILL',
            coachPrivateNotes: 'Practise system design.',
          },
        },
        o.as.coach,
      );
      expect(tagged.data!.updateRejection).toMatchObject({
        coachTag: 'MISSING_SKILL',
        effectiveReason: 'MISSING_SKILL',
        coachPrivateNotes: 'Practise system design.',
      });
      const asClient = await api.graphql<Data>(
        'query($id: ID!) { rejection(id: $id) { coachTag coachPrivateNotes } }',
        { id },
        o.as.client,
      );
      expect(asClient.data!.rejection).toEqual({ coachTag: 'MISSING_SKILL', coachPrivateNotes: null });
      const coachSetsCheckIn = await api.graphql<Data>(
        UPDATE,
        { input: { id, version: tagged.data!.updateRejection.version, checkIn: 1 } },
        o.as.coach,
      );
      expect(coachSetsCheckIn.errors?.[0].extensions?.fields).toEqual([
        { path: 'input.checkIn', code: 'CLIENT_ONLY_FIELD', message: 'Only the client can set this.' },
      ]);
      const filtered = await api.graphql<Data>(
        '{ rejections(first: 5, filter: { reasons: [MISSING_SKILL], stages: [FINAL_ROUND] }) { totalCount } }',
        {},
        o.as.coach,
      );
      expect(filtered.data!.rejections.totalCount).toBe(1);
    });

    it('runs a feedback request from draft to answered, and the answer updates the rejection', async () => {
      const list = await api.graphql<Data>(
        '{ rejections(first: 5) { edges { node { id } } } }',
        {},
        o.as.client,
      );
      const rejectionId = list.data!.rejections.edges[0].node.id;
      const created = await api.graphql<Data>(
        'mutation($input: CreateFeedbackRequestInput!) { createFeedbackRequest(input: $input) { id version status } }',
        {
          input: {
            rejectionId,
            recipientRole: 'HIRING_MANAGER',
            recipientName: 'Dana',
            message: 'What could I do better?',
          },
        },
        o.as.client,
      );
      const { id } = created.data!.createFeedbackRequest;
      const sent = await api.graphql<Data>(
        'mutation($input: AdvanceFeedbackRequestInput!) { advanceFeedbackRequest(input: $input) { version status sentOn followUpOn stayInTouchOn } }',
        { input: { id, version: 1, event: 'SENT', on: '2026-11-21' } },
        o.as.client,
      );
      expect(sent.data!.advanceFeedbackRequest).toEqual({
        version: 2,
        status: 'SENT',
        sentOn: '2026-11-21',
        followUpOn: '2026-11-28',
        stayInTouchOn: '2027-02-19',
      });
      const answered = await api.graphql<Data>(
        'mutation($input: RecordFeedbackAnswerInput!) { recordFeedbackAnswer(input: $input) { status answerText rejection { feedbackText feedbackSource employerReason } } }',
        {
          input: {
            id,
            version: 2,
            answerText: 'Another candidate had led a larger team.',
            reason: 'BETTER_QUALIFIED_CANDIDATE',
          },
        },
        o.as.client,
      );
      expect(answered.data!.recordFeedbackAnswer).toEqual({
        status: 'ANSWERED',
        answerText: 'Another candidate had led a larger team.',
        rejection: {
          feedbackText: 'Another candidate had led a larger team.',
          feedbackSource: 'HIRING_MANAGER',
          employerReason: 'BETTER_QUALIFIED_CANDIDATE',
        },
      });
      const again = await api.graphql<Data>(
        'mutation($input: AdvanceFeedbackRequestInput!) { advanceFeedbackRequest(input: $input) { status } }',
        { input: { id, version: 3, event: 'SENT' } },
        o.as.client,
      );
      expect(again.errors?.[0].extensions).toMatchObject({
        code: 'CONFLICT',
        problem: 'FEEDBACK_STEP_NOT_ALLOWED',
        fields: [{ path: 'input.event', code: 'FEEDBACK_STEP_NOT_ALLOWED' }],
      });
    });
  });

  it('lists 1 and 50 applications with client, rejection and latest feedback request in the same number of statements', async () => {
    await withClient(api.database.ownerUrl, async (db) => {
      await db.query('BEGIN');
      await db.query(`SELECT set_config('app.org_id', $1, true)`, [o.org.id]);
      await db.query(
        `WITH apps AS (
           INSERT INTO applications (organization_id, client_id, company, role_title, source, applied_on, stage, closed_at)
           SELECT $1, $2, 'Company ' || n, 'Role ' || n, 'job_board', date '2026-09-01' + n, 'rejected', now()
             FROM generate_series(1, 60) n RETURNING id, organization_id, client_id)
         , rejected AS (
           INSERT INTO rejections (organization_id, application_id, client_id, rejected_on, stage_reached)
           SELECT organization_id, id, client_id, date '2026-11-01', 'first_interview' FROM apps RETURNING id, organization_id)
         INSERT INTO feedback_requests (organization_id, rejection_id, recipient_role)
         SELECT organization_id, id, 'recruiter' FROM rejected`,
        [o.org.id, clientId],
      );
      await db.query('COMMIT');
    });
    const counter = api.app.get<StatementCounter>(STATEMENT_COUNTER);
    const LIST = `query($first: Int!) { applications(first: $first) { edges { node { id company
      client { name coaches { name } } rejection { stageReached } latestFeedbackRequest { status } } } } }`;
    const statementsFor = async (first: number) => {
      const before = counter.count;
      const result = await api.graphql<Data>(LIST, { first }, o.as.coach);
      expect(result.data!.applications.edges).toHaveLength(first);
      return counter.count - before;
    };
    const one = await statementsFor(1);
    const fifty = await statementsFor(50);
    console.log(`Statements to list applications with relations: ${one} for 1 row, ${fifty} for 50 rows`);
    expect(fifty).toBe(one);
  });
});
