import {
  RECORDABLE_SUBMISSION_STAGES,
  SUBMISSION_STAGES,
  submissionMoveProblem,
  type ProblemCode,
  type SubmissionMoveProblem,
  type SubmissionStage,
} from '@rebound/domain';
import { withClient } from '@rebound/dev-postgres';
import { asMember, insertOrganization, SeededOrganization, sessionTokenFor } from '../../../test/fixtures.js';
import { startTestApi, TEST_AUTH_SECRET, TestApi } from '../../../test/test-api.js';

type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const SUBMISSION = `id stage interviewRound version outcomeReason outcomeContact { id name }
  employer { id name } candidateName application { id stage furthestStage closedAt }`;
const SUBMIT = `mutation($input: SubmitCandidateInput!) { submitCandidate(input: $input) { ${SUBMISSION} } }`;
const MOVE = `mutation($input: MoveSubmissionInput!) { moveSubmission(input: $input) { ${SUBMISSION} } }`;
const MOVE_MANY = `mutation($input: MoveSubmissionsInput!) { moveSubmissions(input: $input) { ${SUBMISSION} } }`;

/** The moves that bring a fresh submission to each stage (silence is set in the database). */
const ROUTE: Record<Exclude<SubmissionStage, 'no_response'>, SubmissionStage[]> = {
  submitted: [],
  employer_screening: ['employer_screening'],
  interview: ['interview'],
  final: ['final'],
  offer: ['offer'],
  placed: ['offer', 'placed'],
  rejected: ['rejected'],
  withdrawn: ['withdrawn'],
};

const upper = (stage: string) => stage.toUpperCase();

/** The code each refused move is answered with, on the stage. */
const STAGE_PROBLEM_CODES: Record<Exclude<SubmissionMoveProblem, 'reason_required'>, ProblemCode> = {
  closed: 'SUBMISSION_ENDED',
  same_stage: 'SUBMISSION_SAME_STAGE',
  backwards: 'SUBMISSION_BACKWARDS',
  placed_needs_offer: 'SUBMISSION_PLACED_WITHOUT_OFFER',
  not_recordable: 'SUBMISSION_NO_RESPONSE_NOT_RECORDABLE',
};

describe('submission pipeline: recruiters record what employers answer', () => {
  let api: TestApi;
  let org: SeededOrganization;
  let owner: Record<string, string>;
  let recruiter: Record<string, string>;
  let candidateId: string;
  const sql = <T = Data>(text: string, params: unknown[] = []) =>
    withClient(api.database.ownerUrl, async (db) => (await db.query(text, params)).rows as T[]);

  beforeAll(async () => {
    api = await startTestApi();
    org = await insertOrganization(api.database.ownerUrl, {
      name: 'Kilo Staffing',
      slug: 'kilo',
      kind: 'staffing_agency',
      members: [
        { email: 'owner@kilo.test', role: 'owner' },
        { email: 'recruiter@kilo.test', role: 'coach' },
      ],
    });
    const session = async (email: string) =>
      asMember(await sessionTokenFor(api.database.ownerUrl, org.userIds[email], TEST_AUTH_SECRET), 'kilo');
    owner = await session('owner@kilo.test');
    recruiter = await session('recruiter@kilo.test');
    [{ id: candidateId }] = await sql<{ id: string }>(
      `INSERT INTO clients (organization_id, name, email) VALUES ($1, 'Casey Candidate', 'casey@kilo.example') RETURNING id`,
      [org.id],
    );
  });
  afterAll(() => api.close());

  const submit = async (company = 'Northwind', headers = owner, clientId = candidateId) => {
    const result = await api.graphql<Data>(
      SUBMIT,
      { input: { clientId, company, roleTitle: 'Analyst' } },
      headers,
    );
    expect(result.errors).toBeUndefined();
    return result.data!.submitCandidate as Data;
  };
  const move = (submission: Data, stage: SubmissionStage, extra: Data = {}) =>
    api.graphql<Data>(
      MOVE,
      {
        input: {
          id: submission.id,
          version: submission.version,
          stage: upper(stage),
          ...(stage === 'rejected' || stage === 'withdrawn' ? { reason: 'MISSING_SKILL' } : {}),
          ...extra,
        },
      },
      owner,
    );
  const reach = async (stage: SubmissionStage): Promise<Data> => {
    let submission = await submit();
    if (stage === 'no_response') {
      await sql(
        `UPDATE applications SET stage = 'ghosted', closed_at = now(), version = version + 1 WHERE id = $1`,
        [submission.application.id],
      );
      return { ...submission, version: submission.version + 1 };
    }
    for (const step of ROUTE[stage]) {
      const moved = await move(submission, step);
      expect(moved.errors).toBeUndefined();
      submission = moved.data!.moveSubmission;
    }
    expect(submission.stage).toBe(upper(stage));
    return submission;
  };

  const transitions = SUBMISSION_STAGES.flatMap((from) =>
    RECORDABLE_SUBMISSION_STAGES.map((to) => [from, to] as const),
  );
  it.each(transitions)('%s → %s is allowed exactly when the domain rule says so', async (from, to) => {
    const submission = await reach(from);
    const expected = submissionMoveProblem({
      from,
      to,
      fromRound: submission.interviewRound,
      toRound: to === 'interview' ? (from === 'interview' ? 2 : 1) : null,
      reason: 'missing_skill',
    });
    const result = await move(submission, to);
    if (expected === null) {
      expect(result.errors).toBeUndefined();
      expect(result.data!.moveSubmission.stage).toBe(upper(to));
      expect(result.data!.moveSubmission.version).toBeGreaterThan(submission.version);
    } else {
      expect(expected).not.toBe('reason_required');
      expect(result.errors![0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [
          {
            path: 'input.stage',
            code: STAGE_PROBLEM_CODES[expected as keyof typeof STAGE_PROBLEM_CODES],
            params: { candidate: 'Casey Candidate' },
          },
        ],
      });
      const [row] = await sql(`SELECT stage FROM applications WHERE id = $1`, [submission.application.id]);
      expect(row.stage).toBe(from === 'no_response' ? 'ghosted' : submission.application.stage.toLowerCase());
    }
  });

  it('asks for the reason of a rejection or a withdrawal, and refuses a stale version', async () => {
    const submission = await submit();
    for (const stage of ['REJECTED', 'WITHDRAWN']) {
      const result = await api.graphql<Data>(
        MOVE,
        { input: { id: submission.id, version: submission.version, stage } },
        owner,
      );
      expect(result.errors![0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ path: 'input.reason', code: 'REQUIRED' }],
      });
    }
    const screened = (await move(submission, 'employer_screening')).data!.moveSubmission;
    const stale = await move(submission, 'interview');
    expect(stale.errors![0].extensions!.code).toBe('CONFLICT');
    expect((await move(screened, 'interview')).data!.moveSubmission).toMatchObject({
      stage: 'INTERVIEW',
      interviewRound: 1,
    });
  });

  it('counts interview rounds up and keeps the furthest stage after a rejection', async () => {
    let submission = await reach('interview');
    submission = (await move(submission, 'interview')).data!.moveSubmission;
    expect(submission.interviewRound).toBe(2);
    const backwards = await move(submission, 'interview', { interviewRound: 1 });
    expect(backwards.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [
        { path: 'input.stage', code: 'SUBMISSION_BACKWARDS', params: { candidate: 'Casey Candidate' } },
      ],
    });
    const rejected = (await move(submission, 'rejected')).data!.moveSubmission;
    expect(rejected).toMatchObject({
      stage: 'REJECTED',
      outcomeReason: 'MISSING_SKILL',
      application: { stage: 'REJECTED', furthestStage: 'INTERVIEW' },
    });
    const [rejection] = await sql(
      `SELECT stage_reached, employer_reason, ended_by FROM rejections WHERE application_id = $1`,
      [submission.application.id],
    );
    expect(rejection).toEqual({
      stage_reached: 'later_interview',
      employer_reason: 'missing_skill',
      ended_by: 'employer',
    });
  });

  it('records the employer contact who answered, and only a contact of that employer', async () => {
    const submission = await submit('Contoso');
    const other = await submit('Fabrikam');
    const addContact = (input: Data) =>
      api.graphql<Data>(
        `mutation($input: AddEmployerContactInput!) { addEmployerContact(input: $input) { id employerId name } }`,
        { input: { title: 'Hiring manager', ...input } },
        owner,
      );
    const contact = async (employerId: string, name: string) =>
      (await addContact({ employerId, name })).data!.addEmployerContact;
    const mine = await contact(submission.employer.id, 'Dana Reyes');
    const theirs = await contact(other.employer.id, 'Eli Park');
    // The id of another employer's contact is no retry of this call.
    const taken = await addContact({ id: theirs.id, employerId: submission.employer.id, name: 'Eli Park' });
    expect(taken.errors![0].extensions).toMatchObject({
      code: 'CONFLICT',
      problem: 'CONTACT_ID_TAKEN',
      fields: [{ path: 'input.id', code: 'CONTACT_ID_TAKEN' }],
    });
    const wrong = await move(submission, 'rejected', { contactId: theirs.id });
    expect(wrong.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'input.contactId', code: 'CONTACT_OF_OTHER_EMPLOYER' }],
    });
    const right = (await move(submission, 'rejected', { contactId: mine.id, reason: 'INTERNAL_CANDIDATE' }))
      .data!.moveSubmission;
    expect(right).toMatchObject({
      outcomeReason: 'INTERNAL_CANDIDATE',
      outcomeContact: { id: mine.id, name: 'Dana Reyes' },
    });
  });

  it('moves many at once, all or nothing, naming each submission that cannot move', async () => {
    const open = [await submit('Bulk Co'), await submit('Bulk Co')];
    const closed = await reach('withdrawn');
    const refused = await api.graphql<Data>(
      MOVE_MANY,
      { input: { ids: [open[0].id, closed.id, open[1].id], stage: 'EMPLOYER_SCREENING' } },
      owner,
    );
    expect(refused.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'input.ids.1', code: 'SUBMISSION_ENDED', params: { candidate: 'Casey Candidate' } }],
    });
    const untouched = await sql(`SELECT stage FROM applications WHERE id = ANY($1)`, [
      open.map((s) => s.application.id),
    ]);
    expect(untouched.map((row) => row.stage)).toEqual(['applied', 'applied']);
    const moved = await api.graphql<Data>(
      MOVE_MANY,
      { input: { ids: open.map((s) => s.id), stage: 'REJECTED', reason: 'TIMING_OR_BUDGET' } },
      owner,
    );
    expect(moved.errors).toBeUndefined();
    expect(moved.data!.moveSubmissions.map((s: Data) => [s.id, s.stage, s.outcomeReason])).toEqual(
      open.map((s) => [s.id, 'REJECTED', 'TIMING_OR_BUDGET']),
    );
  });

  it('keeps one employer per name however it is typed, and refuses a second employer of the same name', async () => {
    const first = await submit('Globex Corp');
    const again = await submit('  globex corp ');
    expect(again.employer.id).toBe(first.employer.id);
    const duplicate = await api.graphql<Data>(
      `mutation { createEmployer(input: { name: "GLOBEX CORP" }) { id } }`,
      {},
      owner,
    );
    expect(duplicate.errors![0].extensions).toMatchObject({
      code: 'CONFLICT',
      problem: 'EMPLOYER_NAME_TAKEN',
      fields: [{ path: 'input.name', code: 'EMPLOYER_NAME_TAKEN' }],
    });
    const id = '5b1d0f5e-3a4c-4d5e-8f90-1234567890ab';
    const made = await api.graphql<Data>(
      `mutation($id: ID!) { createEmployer(input: { id: $id, name: "Initech" }) { id name } }`,
      { id },
      owner,
    );
    const retried = await api.graphql<Data>(
      `mutation($id: ID!) { createEmployer(input: { id: $id, name: "Initech" }) { id name } }`,
      { id },
      owner,
    );
    expect(retried.data).toEqual(made.data);
    const listed = await api.graphql<Data>(
      `{ employers(first: 100, search: "globex") { totalCount edges { node { name submissions } } } }`,
      {},
      owner,
    );
    expect(listed.data!.employers).toEqual({
      totalCount: 1,
      edges: [{ node: { name: 'Globex Corp', submissions: 2 } }],
    });
  });

  it('shows a recruiter only the submissions of their own candidates, and the candidate their own application', async () => {
    const [{ id: theirs }] = await sql<{ id: string }>(
      `WITH c AS (INSERT INTO clients (organization_id, name) VALUES ($1, 'Robin Recruited') RETURNING id),
            a AS (INSERT INTO coach_assignments (organization_id, client_id, coach_membership_id, is_primary)
                  SELECT $1, c.id, m.id, true FROM c, memberships m
                   WHERE m.organization_id = $1 AND m.user_id = $2 RETURNING client_id)
       SELECT client_id AS id FROM a`,
      [org.id, org.userIds['recruiter@kilo.test']],
    );
    const submitted = await submit('Umbrella', recruiter, theirs);
    const notTheirs = await api.graphql<Data>(
      MOVE,
      { input: { id: (await submit()).id, version: 1, stage: 'OFFER' } },
      recruiter,
    );
    expect(notTheirs.errors![0].extensions!.code).toBe('NOT_FOUND');
    const list = await api.graphql<Data>(
      `{ submissions(first: 100) { totalCount edges { node { id candidateName } } } }`,
      {},
      recruiter,
    );
    expect(list.data!.submissions).toEqual({
      totalCount: 1,
      edges: [{ node: { id: submitted.id, candidateName: 'Robin Recruited' } }],
    });
    const open = await api.graphql<Data>(
      `query($filter: SubmissionFilter) { submissions(first: 100, filter: $filter) { totalCount } }`,
      { filter: { stages: ['SUBMITTED'], employerId: submitted.employer.id } },
      owner,
    );
    expect(open.data!.submissions.totalCount).toBe(1);
  });
});
