import { withClient } from '@rebound/dev-postgres';
import { CASES, Ids } from '../../../test/id-operation-cases.js';
import { caseloadOrganization, CaseloadOrg } from '../../../test/caseload-fixture.js';
import { startTestApi, TestApi } from '../../../test/test-api.js';

/** Operations on one client's records, tried by a coach outside the caseload and by another client. */
const CASELOAD_OPERATIONS = [
  'client',
  'updateClient',
  'deleteClient',
  'assignCoach',
  'application',
  'createApplication',
  'updateApplication',
  'moveApplication',
  'rejection',
  'recordRejection',
  'updateRejection',
  'feedbackRequest',
  'createFeedbackRequest',
  'updateFeedbackRequest',
  'advanceFeedbackRequest',
  'recordFeedbackAnswer',
  'exerciseAssignment',
  'assignExercise',
  'saveExerciseDraft',
  'submitExercise',
  'reviewExercise',
  'improvementPlan',
  'planActivity',
  'addPlanGoal',
  'addPlanItem',
  'updatePlanItem',
  'commentOnPlanItem',
  'clientInsights',
  'caseloadComparison',
  'actOnInsight',
  'dismissInsight',
  'inviteCandidates',
  'submitCandidate',
  'submission',
  'moveSubmission',
  'moveSubmissions',
];

describe('the caseload wall inside one organization', () => {
  let api: TestApi;
  let o: CaseloadOrg;
  let ids: Ids;

  beforeAll(async () => {
    api = await startTestApi();
    o = await caseloadOrganization(api, 'foxtrot');
    type Made = Record<string, { id: string }>;
    const client = await api.graphql<Made>(
      'mutation { createClient(input: { name: "Coached Person" }) { id } }',
      {},
      o.as.coach,
    );
    const clientId = client.data!.createClient.id;
    const application = await api.graphql<Made>(
      'mutation($input: CreateApplicationInput!) { createApplication(input: $input) { id } }',
      { input: { clientId, company: 'Co', roleTitle: 'Role', source: 'DIRECT', appliedOn: '2026-10-01' } },
      o.as.coach,
    );
    const rejection = await api.graphql<Made>(
      'mutation($input: RecordRejectionInput!) { recordRejection(input: $input) { id } }',
      {
        input: {
          applicationId: application.data!.createApplication.id,
          applicationVersion: 1,
          rejectedOn: '2026-10-20',
        },
      },
      o.as.coach,
    );
    const request = await api.graphql<Made>(
      'mutation($input: CreateFeedbackRequestInput!) { createFeedbackRequest(input: $input) { id } }',
      { input: { rejectionId: rejection.data!.recordRejection.id, recipientRole: 'RECRUITER' } },
      o.as.coach,
    );
    const template = await api.graphql<Record<string, { id: string }>>(
      'mutation($input: CreateExerciseTemplateInput!) { createExerciseTemplate(input: $input) { id } }',
      {
        input: {
          title: 'Private',
          purpose: 'p',
          estimatedMinutes: 5,
          prompts: [{ key: 'a', type: 'FREE_TEXT', label: 'A', required: true }],
        },
      },
      o.as.coach,
    );
    const assignment = await api.graphql<Record<string, { id: string }[]>>(
      'mutation($input: AssignExerciseInput!) { assignExercise(input: $input) { id } }',
      { input: { templateId: template.data!.createExerciseTemplate.id, clientIds: [clientId] } },
      o.as.coach,
    );
    const planItem = await api.graphql<Record<string, { id: string }>>(
      'mutation($input: AddPlanItemInput!) { addPlanItem(input: $input) { id } }',
      { input: { clientId: clientId, title: 'Private step', category: 'SKILL', owner: 'COACH' } },
      o.as.coach,
    );
    const submission = await api.graphql<Record<string, { id: string; employer: { id: string } }>>(
      'mutation($input: SubmitCandidateInput!) { submitCandidate(input: $input) { id employer { id } } }',
      { input: { clientId, company: 'Employer Co', roleTitle: 'Role' } },
      o.as.coach,
    );
    const [notification] = await withClient(api.database.ownerUrl, async (db) => {
      await db.query('BEGIN');
      await db.query(`SELECT set_config('app.org_id', $1, true)`, [o.org.id]);
      const { rows } = await db.query(
        `INSERT INTO notifications (organization_id, user_id, kind, title, dedupe_key)
         SELECT organization_id, user_id, 'test', 'Private', 'test:' || gen_random_uuid() FROM memberships
          WHERE organization_id = $1 LIMIT 1 RETURNING id`,
        [o.org.id],
      );
      await db.query('COMMIT');
      return rows;
    });
    const [forwarded] = await withClient(api.database.ownerUrl, async (db) => {
      await db.query('BEGIN');
      await db.query(`SELECT set_config('app.org_id', $1, true)`, [o.org.id]);
      const { rows } = await db.query(
        `INSERT INTO inbound_emails (organization_id, client_id, message_key, from_address, body, suggestion)
         VALUES ($1, $2, 'private', 'private@foxtrot.test', 'Private', '{}') RETURNING id`,
        [o.org.id, clientId],
      );
      await db.query('COMMIT');
      return rows;
    });
    ids = {
      memberOfA: o.memberIds.client,
      coachOfA: o.memberIds.coach,
      invitationOfA: '00000000-0000-4000-8000-000000000000',
      userOfA: o.org.userIds['client@foxtrot.test'],
      clientOfA: clientId,
      applicationOfA: application.data!.createApplication.id,
      rejectionOfA: rejection.data!.recordRejection.id,
      feedbackRequestOfA: request.data!.createFeedbackRequest.id,
      templateOfA: template.data!.createExerciseTemplate.id,
      assignmentOfA: assignment.data!.assignExercise[0].id,
      planItemOfA: planItem.data!.addPlanItem.id,
      notificationOfA: notification.id,
      importOfA: '00000000-0000-4000-8000-000000000000',
      deletionRequestOfA: '00000000-0000-4000-8000-000000000000',
      employerOfA: submission.data!.submitCandidate.employer.id,
      submissionOfA: submission.data!.submitCandidate.id,
      forwardedEmailOfA: forwarded.id,
    };
  });
  afterAll(() => api.close());

  it.each(CASELOAD_OPERATIONS)(
    '%s is NOT_FOUND or FORBIDDEN for a coach outside the caseload and for another client',
    async (operation) => {
      const { query, variables } = CASES[operation](ids);
      for (const who of ['other-coach', 'client']) {
        const result = await api.graphql(query, variables, o.as[who]);
        expect(result.errors?.map((error) => error.extensions?.code)).toEqual([
          expect.stringMatching(/^(NOT_FOUND|FORBIDDEN)$/),
        ]);
      }
      const own = await api.graphql<{ client: { name: string } }>(
        'query($id: ID!) { client(id: $id) { name } }',
        { id: ids.clientOfA },
        o.as.coach,
      );
      expect(own.data!.client.name).toBe('Coached Person');
    },
  );
});
