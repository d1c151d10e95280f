import { withClient } from '@rebound/dev-postgres';
import { latestDateAnywhere } from '@rebound/domain';
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

const SUGGEST = `query($text: String!) {
  suggestFromRejectionEmail(text: $text) {
    isRejection notRejection
    company { value phrase } role { value phrase }
    reason { value phrase skill } stage { value phrase }
    matchingApplications { similarRole application { id company roleTitle } }
  }
}`;
const RECORD_FROM_EMAIL = `mutation($input: RecordRejectionFromEmailInput!) {
  recordRejectionFromEmail(input: $input) {
    id stageReached employerReason missingSkill emailText rejectedOn
    application { id company roleTitle appliedOn stage furthestStage furthestInterviewRound closedAt }
    nextStep { kind exercise skill planItemTitle dueOn exerciseAssignmentId planItemId }
  }
}`;
const ACCEPT = `mutation($input: AcceptRejectionNextStepInput!) {
  acceptRejectionNextStep(input: $input) { kind exerciseAssignmentId planItemId planItemTitle }
}`;

const EMAIL = `Hi Robin,

Thank you for completing the take-home exercise for the Data Engineer role at Kestrel Analytics. The team
was impressed with your SQL, but we are looking for someone with more hands-on experience with Kubernetes,
so unfortunately we will not be moving forward.

Best regards,
Mara
Kestrel Analytics`;

/** "I got a rejection": one mutation that finds or makes the application and records the rejection. */
describe('recording a rejection from its email', () => {
  let api: TestApi;
  let o: CaseloadOrg;
  let other: CaseloadOrg;
  let clientId: string;
  let openId: string;

  const count = (table: string, where = 'true') =>
    withClient(api.database.ownerUrl, async (db) => {
      const { rows } = await db.query(
        `SELECT count(*)::int AS n FROM ${table} WHERE organization_id = $1 AND ${where}`,
        [o.org.id],
      );
      return rows[0].n as number;
    });

  beforeAll(async () => {
    api = await startTestApi();
    o = await caseloadOrganization(api, 'kilo');
    other = await caseloadOrganization(api, 'lima');
    clientId = (await api.graphql<Data>(CREATE_CLIENT, { input: { name: 'Robin Email' } }, o.as.coach)).data!
      .createClient.id;
    await linkClientAccount(api.database.ownerUrl, o.org.id, clientId, o.memberIds.client);
    openId = (
      await api.graphql<Data>(
        CREATE_APPLICATION,
        {
          input: {
            clientId,
            company: 'Kestrel Analytics Ltd',
            roleTitle: 'Senior Data Engineer',
            source: 'JOB_BOARD',
            appliedOn: '2026-10-01',
          },
        },
        o.as.client,
      )
    ).data!.createApplication.id;
  });
  afterAll(() => api.close());

  it('reads company, role, reason, skill and stage from the email and proposes the open application', async () => {
    const { data, errors } = await api.graphql<Data>(SUGGEST, { text: EMAIL }, o.as.client);
    expect(errors).toBeUndefined();
    const suggestion = data!.suggestFromRejectionEmail;
    expect(suggestion).toMatchObject({
      isRejection: true,
      notRejection: null,
      company: { value: 'Kestrel Analytics' },
      role: { value: 'Data Engineer' },
      reason: { value: 'MISSING_SKILL', skill: 'Kubernetes' },
      stage: { value: 'TECHNICAL_ASSESSMENT', phrase: expect.stringContaining('take-home exercise') },
    });
    expect(suggestion.matchingApplications).toEqual([
      {
        similarRole: true,
        application: { id: openId, company: 'Kestrel Analytics Ltd', roleTitle: 'Senior Data Engineer' },
      },
    ]);
    // Another organization's client sees none of it.
    const elsewhere = await api.graphql<Data>(SUGGEST, { text: EMAIL }, other.as.client);
    expect(elsewhere.data!.suggestFromRejectionEmail.matchingApplications).toEqual([]);
  });

  it('tells an invitation from a rejection', async () => {
    const { data } = await api.graphql<Data>(
      SUGGEST,
      {
        text: 'Hi Robin, we would love to invite you to a second interview. Could you share your availability?',
      },
      o.as.client,
    );
    expect(data!.suggestFromRejectionEmail).toMatchObject({
      isRejection: false,
      notRejection: 'INVITATION',
      stage: null,
    });
  });

  it('records the rejection on the matched open application, moving it to the stage it reached', async () => {
    const { data, errors } = await api.graphql<Data>(
      RECORD_FROM_EMAIL,
      {
        input: {
          applicationId: openId,
          applicationVersion: 1,
          rejectedOn: '2026-11-20',
          stageReached: 'TECHNICAL_ASSESSMENT',
          employerReason: 'MISSING_SKILL',
          missingSkill: ' Kubernetes ',
        },
      },
      o.as.client,
    );
    expect(errors).toBeUndefined();
    const rejection = data!.recordRejectionFromEmail;
    expect(rejection).toMatchObject({
      stageReached: 'TECHNICAL_ASSESSMENT',
      missingSkill: 'Kubernetes',
      emailText: '',
      application: {
        id: openId,
        stage: 'REJECTED',
        furthestStage: 'SCREENING',
        closedAt: expect.any(String),
      },
      nextStep: {
        kind: 'SKILL_GAP',
        exercise: 'skill-gap',
        skill: 'Kubernetes',
        planItemTitle: 'Close the gap in Kubernetes',
        dueOn: '2026-11-27',
        exerciseAssignmentId: null,
      },
    });

    // One click accepts it: the skill-gap exercise and the plan item naming the skill, once.
    const accepted = await api.graphql<Data>(
      ACCEPT,
      { input: { rejectionId: rejection.id, kind: 'SKILL_GAP' } },
      o.as.client,
    );
    expect(accepted.errors).toBeUndefined();
    const step = accepted.data!.acceptRejectionNextStep;
    expect(step).toMatchObject({
      kind: 'SKILL_GAP',
      exerciseAssignmentId: expect.any(String),
      planItemId: expect.any(String),
    });
    const again = await api.graphql<Data>(
      ACCEPT,
      { input: { rejectionId: rejection.id, kind: 'SKILL_GAP' } },
      o.as.client,
    );
    expect(again.data!.acceptRejectionNextStep).toEqual(step);
    expect(await count('exercise_assignments', `rejection_id = '${rejection.id}'`)).toBe(1);
    expect(await count('plan_items', `title = 'Close the gap in Kubernetes'`)).toBe(1);
    const wrongKind = await api.graphql<Data>(
      ACCEPT,
      { input: { rejectionId: rejection.id, kind: 'MOCK_INTERVIEW' } },
      o.as.client,
    );
    expect(wrongKind.errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      problem: 'NEXT_STEP_CHANGED',
      fields: [{ path: 'input.kind', code: 'NEXT_STEP_CHANGED' }],
    });
  });

  it('creates the application in the same request, keeps the email only when asked, and a retry makes nothing new', async () => {
    const applicationsBefore = await count('applications');
    const input = {
      id: '5d6c0a44-3f0e-4a53-9d0b-0c2b1e1f7a01',
      newApplication: {
        id: '5d6c0a44-3f0e-4a53-9d0b-0c2b1e1f7a02',
        clientId,
        company: 'Bramble Health',
        roleTitle: 'Product Designer',
        source: 'REFERRAL',
        appliedOn: '2026-10-15',
      },
      rejectedOn: '2026-11-18',
      stageReached: 'FINAL_ROUND',
      employerReason: 'BETTER_QUALIFIED_CANDIDATE',
      emailText: 'Thank you for the final interview…',
    };
    const first = await api.graphql<Data>(RECORD_FROM_EMAIL, { input }, o.as.client);
    expect(first.errors).toBeUndefined();
    expect(first.data!.recordRejectionFromEmail).toMatchObject({
      id: input.id,
      emailText: 'Thank you for the final interview…',
      application: {
        id: input.newApplication.id,
        company: 'Bramble Health',
        appliedOn: '2026-10-15',
        stage: 'REJECTED',
        furthestStage: 'FINAL_ROUND',
      },
      nextStep: { kind: 'MOCK_INTERVIEW', planItemTitle: null },
    });
    const retry = await api.graphql<Data>(RECORD_FROM_EMAIL, { input }, o.as.client);
    expect(retry.data!.recordRejectionFromEmail.id).toBe(input.id);
    expect(await count('applications')).toBe(applicationsBefore + 1);
    expect(await count('rejections', `id = '${input.id}'`)).toBe(1);
  });

  it('answers coded field errors for dates and leaves nothing behind (one transaction)', async () => {
    const before = [await count('applications'), await count('rejections')];
    const tomorrow = new Date(`${latestDateAnywhere()}T00:00:00Z`);
    tomorrow.setUTCDate(tomorrow.getUTCDate() + 1);
    const future = tomorrow.toISOString().slice(0, 10);
    const newApplication = { clientId, company: 'Quill', roleTitle: 'Editor', source: 'DIRECT' };

    const futureApplied = await api.graphql<Data>(
      RECORD_FROM_EMAIL,
      { input: { newApplication: { ...newApplication, appliedOn: future }, rejectedOn: '2026-11-01' } },
      o.as.client,
    );
    expect(futureApplied.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [
        { path: 'input.newApplication.appliedOn', code: 'APPLIED_IN_FUTURE' },
        { path: 'input.rejectedOn', code: 'REJECTED_BEFORE_APPLIED' },
      ],
    });

    const beforeApplying = await api.graphql<Data>(
      RECORD_FROM_EMAIL,
      { input: { newApplication: { ...newApplication, appliedOn: '2026-11-05' }, rejectedOn: '2026-11-01' } },
      o.as.client,
    );
    expect(beforeApplying.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'input.rejectedOn', code: 'REJECTED_BEFORE_APPLIED' }],
    });

    const missingDate = await api.graphql<Data>(
      RECORD_FROM_EMAIL,
      { input: { newApplication, rejectedOn: '2026-11-01' } },
      o.as.client,
    );
    expect(missingDate.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');

    const both = await api.graphql<Data>(
      RECORD_FROM_EMAIL,
      {
        input: {
          applicationId: openId,
          applicationVersion: 1,
          newApplication: { ...newApplication, appliedOn: '2026-10-01' },
          rejectedOn: '2026-11-01',
        },
      },
      o.as.client,
    );
    expect(both.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'input.applicationId', code: 'ONE_APPLICATION_NEEDED' }],
    });

    // A failure after the application was made (its client is someone else's) rolls the whole step back.
    const otherClient = (
      await api.graphql<Data>(CREATE_CLIENT, { input: { name: 'Not Yours' } }, other.as.coach)
    ).data!.createClient.id;
    const notYours = await api.graphql<Data>(
      RECORD_FROM_EMAIL,
      {
        input: {
          newApplication: { ...newApplication, clientId: otherClient, appliedOn: '2026-10-01' },
          rejectedOn: '2026-11-01',
        },
      },
      o.as.client,
    );
    expect(notYours.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect([await count('applications'), await count('rejections')]).toEqual(before);
  });

  it('rolls back the new application when the rejection itself is refused', async () => {
    const before = [await count('applications'), await count('rejections')];
    const refused = await api.graphql<Data>(
      RECORD_FROM_EMAIL,
      {
        input: {
          newApplication: {
            clientId,
            company: 'Fernleaf',
            roleTitle: 'Analyst',
            source: 'DIRECT',
            appliedOn: '2026-10-01',
          },
          rejectedOn: '2026-11-01',
          // The coach's private notes are not the client's to write: refused after the application exists.
          coachPrivateNotes: 'x',
        },
      },
      o.as.client,
    );
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect([await count('applications'), await count('rejections')]).toEqual(before);
  });

  it("refuses another organization's application and rejection", async () => {
    const application = (
      await api.graphql<Data>(
        CREATE_APPLICATION,
        {
          input: {
            clientId,
            company: 'Wren',
            roleTitle: 'Analyst',
            source: 'DIRECT',
            appliedOn: '2026-10-01',
          },
        },
        o.as.client,
      )
    ).data!.createApplication.id;
    const recorded = await api.graphql<Data>(
      RECORD_FROM_EMAIL,
      { input: { applicationId: application, applicationVersion: 1, rejectedOn: '2026-11-01' } },
      other.as.client,
    );
    expect(recorded.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const rejection = (
      await api.graphql<Data>(
        RECORD_REJECTION,
        { input: { applicationId: application, applicationVersion: 1, rejectedOn: '2026-11-01' } },
        o.as.client,
      )
    ).data!.recordRejection.id;
    const accepted = await api.graphql<Data>(
      ACCEPT,
      { input: { rejectionId: rejection, kind: 'DEEPER_REVIEW' } },
      other.as.client,
    );
    expect(accepted.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(await count('exercise_assignments', `rejection_id = '${rejection}'`)).toBe(0);
  });

  it('checks the dates of the existing operations too', async () => {
    const tomorrow = new Date(`${latestDateAnywhere()}T00:00:00Z`);
    tomorrow.setUTCDate(tomorrow.getUTCDate() + 1);
    const created = await api.graphql<Data>(
      CREATE_APPLICATION,
      {
        input: {
          clientId,
          company: 'Later',
          roleTitle: 'Analyst',
          source: 'DIRECT',
          appliedOn: tomorrow.toISOString().slice(0, 10),
        },
      },
      o.as.client,
    );
    expect(created.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'input.appliedOn', code: 'APPLIED_IN_FUTURE' }],
    });
    const application = (
      await api.graphql<Data>(
        CREATE_APPLICATION,
        {
          input: {
            clientId,
            company: 'Early',
            roleTitle: 'Analyst',
            source: 'DIRECT',
            appliedOn: '2026-10-10',
          },
        },
        o.as.client,
      )
    ).data!.createApplication.id;
    const early = await api.graphql<Data>(
      RECORD_REJECTION,
      { input: { applicationId: application, applicationVersion: 1, rejectedOn: '2026-10-09' } },
      o.as.client,
    );
    expect(early.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'input.rejectedOn', code: 'REJECTED_BEFORE_APPLIED' }],
    });
  });
});
