import {
  caseloadOrganization,
  CaseloadOrg,
  CREATE_CLIENT,
  linkClientAccount,
} from '../../../test/caseload-fixture.js';
import { startTestApi, TestApi } from '../../../test/test-api.js';

type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const TEMPLATE = {
  title: 'Weekly check-in',
  purpose: 'Notice how the week went before planning the next one.',
  estimatedMinutes: 10,
  prompts: [
    { key: 'energy', type: 'SCALE', label: 'How was your energy this week?', required: true },
    { key: 'win', type: 'FREE_TEXT', label: 'One thing that went well', required: true },
    {
      key: 'focus',
      type: 'SINGLE_CHOICE',
      label: 'Focus for next week',
      required: false,
      options: ['Applications', 'Networking', 'Rest'],
    },
  ],
};
const ASSIGNMENT_FIELDS =
  'id version status title templateVersion prompts { key } answers { promptKey text number choices } coachComment overdue';

describe('exercise templates and assignments', () => {
  let api: TestApi;
  let o: CaseloadOrg;
  let clientId: string;
  let otherClientId: string;

  beforeAll(async () => {
    api = await startTestApi();
    o = await caseloadOrganization(api, 'india');
    clientId = (await api.graphql<Data>(CREATE_CLIENT, { input: { name: 'Ines' } }, o.as.coach)).data!
      .createClient.id;
    otherClientId = (await api.graphql<Data>(CREATE_CLIENT, { input: { name: 'Omar' } }, o.as.coach)).data!
      .createClient.id;
    await linkClientAccount(api.database.ownerUrl, o.org.id, clientId, o.memberIds.client);
  });
  afterAll(() => api.close());

  it('ships the eleven built-in templates', async () => {
    const result = await api.graphql<Data>(
      '{ builtInExerciseTemplates { id title prompts { key type } } }',
      {},
      o.as.coach,
    );
    expect(result.data!.builtInExerciseTemplates).toHaveLength(11);
    expect(result.data!.builtInExerciseTemplates.map((t: Data) => t.id)).toContain('builtin:mock-interview');
  });

  it('versions a custom template: editing it never changes an assignment already made', async () => {
    const created = await api.graphql<Data>(
      'mutation($input: CreateExerciseTemplateInput!) { createExerciseTemplate(input: $input) { id version templateVersion } }',
      { input: TEMPLATE },
      o.as.coach,
    );
    const { id, version } = created.data!.createExerciseTemplate;
    expect(created.data!.createExerciseTemplate.templateVersion).toBe(1);
    const assigned = await api.graphql<Data>(
      `mutation($input: AssignExerciseInput!) { assignExercise(input: $input) { ${ASSIGNMENT_FIELDS} } }`,
      { input: { templateId: id, clientIds: [clientId, otherClientId], dueOn: '2020-01-01' } },
      o.as.coach,
    );
    expect(assigned.data!.assignExercise).toHaveLength(2);
    const edited = await api.graphql<Data>(
      'mutation($input: UpdateExerciseTemplateInput!) { updateExerciseTemplate(input: $input) { templateVersion title prompts { key } } }',
      {
        input: {
          ...TEMPLATE,
          id,
          version,
          title: 'Weekly reflection',
          prompts: [
            ...TEMPLATE.prompts,
            { key: 'extra', type: 'FREE_TEXT', label: 'Anything else?', required: false },
          ],
        },
      },
      o.as.coach,
    );
    expect(edited.data!.updateExerciseTemplate).toMatchObject({
      templateVersion: 2,
      title: 'Weekly reflection',
    });
    const mine = await api.graphql<Data>(
      `{ exerciseAssignments(first: 5) { edges { node { ${ASSIGNMENT_FIELDS} } } } }`,
      {},
      o.as.client,
    );
    expect(mine.data!.exerciseAssignments.edges.map((e: Data) => e.node)).toEqual([
      expect.objectContaining({
        title: 'Weekly check-in',
        templateVersion: 1,
        status: 'ASSIGNED',
        overdue: true,
        prompts: [{ key: 'energy' }, { key: 'win' }, { key: 'focus' }],
      }),
    ]);
    const stale = await api.graphql<Data>(
      'mutation($input: UpdateExerciseTemplateInput!) { updateExerciseTemplate(input: $input) { id } }',
      { input: { ...TEMPLATE, id, version } },
      o.as.coach,
    );
    expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');
  });

  it('names the field of a malformed template', async () => {
    const result = await api.graphql<Data>(
      'mutation($input: CreateExerciseTemplateInput!) { createExerciseTemplate(input: $input) { id } }',
      {
        input: {
          ...TEMPLATE,
          prompts: [{ key: 'pick', type: 'SINGLE_CHOICE', label: 'Pick one', required: true }],
        },
      },
      o.as.coach,
    );
    expect(result.errors?.[0].extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [
        {
          path: 'input.prompts.0.options',
          code: 'TOO_FEW',
          params: { limit: 2 },
          message: 'Give at least 2 options',
        },
      ],
    });
  });

  it('runs an assignment through draft, submission and review, each step by the right person', async () => {
    const list = await api.graphql<Data>(
      '{ exerciseAssignments(first: 5) { edges { node { id version } } } }',
      {},
      o.as.client,
    );
    const { id } = list.data!.exerciseAssignments.edges[0].node;
    let { version } = list.data!.exerciseAssignments.edges[0].node;
    const SAVE = `mutation($input: SaveExerciseAnswersInput!) { saveExerciseDraft(input: $input) { ${ASSIGNMENT_FIELDS} } }`;
    const SUBMIT = `mutation($input: SaveExerciseAnswersInput!) { submitExercise(input: $input) { ${ASSIGNMENT_FIELDS} } }`;
    const REVIEW = `mutation($input: ReviewExerciseInput!) { reviewExercise(input: $input) { ${ASSIGNMENT_FIELDS} } }`;

    const byCoach = await api.graphql<Data>(SAVE, { input: { id, version, answers: [] } }, o.as.coach);
    expect(byCoach.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const wrongType = await api.graphql<Data>(
      SAVE,
      { input: { id, version, answers: [{ promptKey: 'energy', number: 9 }] } },
      o.as.client,
    );
    expect(wrongType.errors?.[0].extensions?.fields).toEqual([
      {
        path: 'input.answers.energy',
        code: 'OUT_OF_RANGE',
        params: { min: 1, max: 5 },
        message: 'Pick a whole number from 1 to 5',
      },
    ]);

    const draft = await api.graphql<Data>(
      SAVE,
      { input: { id, version, answers: [{ promptKey: 'energy', number: 4 }] } },
      o.as.client,
    );
    expect(draft.data!.saveExerciseDraft).toMatchObject({
      status: 'IN_PROGRESS',
      answers: [{ promptKey: 'energy', number: 4 }],
    });
    version = draft.data!.saveExerciseDraft.version;

    const incomplete = await api.graphql<Data>(SUBMIT, { input: { id, version, answers: [] } }, o.as.client);
    expect(incomplete.errors?.[0].extensions?.fields).toEqual([
      { path: 'input.answers.win', code: 'REQUIRED', message: expect.any(String) },
    ]);

    const second = await api.graphql<Data>(
      SAVE,
      { input: { id, version, answers: [{ promptKey: 'win', text: 'Two good calls with recruiters.' }] } },
      o.as.client,
    );
    version = second.data!.saveExerciseDraft.version;
    expect(second.data!.saveExerciseDraft.answers).toHaveLength(2);

    const submitted = await api.graphql<Data>(
      SUBMIT,
      { input: { id, version, answers: [{ promptKey: 'focus', text: 'Networking' }] } },
      o.as.client,
    );
    expect(submitted.data!.submitExercise).toMatchObject({ status: 'SUBMITTED', overdue: false });
    version = submitted.data!.submitExercise.version;

    const afterSubmit = await api.graphql<Data>(SAVE, { input: { id, version, answers: [] } }, o.as.client);
    expect(afterSubmit.errors?.[0].extensions).toEqual({
      code: 'CONFLICT',
      problem: 'EXERCISE_NOT_OPEN',
      fields: [{ path: 'input.id', code: 'EXERCISE_NOT_OPEN', message: expect.any(String) }],
    });

    const selfReview = await api.graphql<Data>(
      REVIEW,
      { input: { id, version, comment: 'Great' } },
      o.as.client,
    );
    expect(selfReview.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const reviewed = await api.graphql<Data>(
      REVIEW,
      { input: { id, version, comment: 'Lovely week. Keep the networking going.' } },
      o.as.coach,
    );
    expect(reviewed.data!.reviewExercise).toMatchObject({
      status: 'REVIEWED',
      coachComment: 'Lovely week. Keep the networking going.',
    });
    const reviewedTwice = await api.graphql<Data>(
      REVIEW,
      { input: { id, version: reviewed.data!.reviewExercise.version, comment: 'Again' } },
      o.as.coach,
    );
    expect(reviewedTwice.errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      problem: 'EXERCISE_NOT_SUBMITTED',
      fields: [{ path: 'input.id', code: 'EXERCISE_NOT_SUBMITTED' }],
    });
  });

  it('answers a problem code for each step an exercise is not in a state to take', async () => {
    const ASSIGN = 'mutation($input: AssignExerciseInput!) { assignExercise(input: $input) { id version } }';
    const WITHDRAW =
      'mutation($input: WithdrawExerciseInput!) { withdrawExercise(input: $input) { status version } }';
    const RESCHEDULE =
      'mutation($input: RescheduleExerciseInput!) { rescheduleExercise(input: $input) { version } }';
    const conflict = (result: Data, problem: string, path: string) =>
      expect(result.errors?.[0].extensions).toEqual({
        code: 'CONFLICT',
        problem,
        fields: [{ path, code: problem, message: expect.any(String) }],
      });

    const linkedToMany = await api.graphql<Data>(
      ASSIGN,
      {
        input: {
          templateId: 'builtin:company-research',
          clientIds: [clientId, otherClientId],
          rejectionId: '00000000-0000-4000-8000-000000000000',
        },
      },
      o.as.coach,
    );
    expect(linkedToMany.errors?.[0].extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'input.rejectionId', code: 'LINK_NEEDS_ONE_CLIENT', message: expect.any(String) }],
    });

    const first = await api.graphql<Data>(
      ASSIGN,
      { input: { templateId: 'builtin:company-research', clientIds: [clientId] } },
      o.as.coach,
    );
    const { id } = first.data!.assignExercise[0];
    const again = await api.graphql<Data>(
      ASSIGN,
      { input: { templateId: 'builtin:company-research', clientIds: [otherClientId, clientId] } },
      o.as.coach,
    );
    // Only the client who has it open is named.
    expect(again.errors?.[0].extensions).toEqual({
      code: 'CONFLICT',
      problem: 'EXERCISE_ALREADY_OPEN',
      params: { names: 'Ines' },
      fields: [
        {
          path: 'input.clientIds',
          code: 'EXERCISE_ALREADY_OPEN',
          message: expect.any(String),
          params: { names: 'Ines' },
        },
      ],
    });

    const withdrawn = await api.graphql<Data>(WITHDRAW, { input: { id, version: 1 } }, o.as.coach);
    expect(withdrawn.data!.withdrawExercise.status).toBe('WITHDRAWN');
    const { version } = withdrawn.data!.withdrawExercise;
    conflict(
      await api.graphql<Data>(WITHDRAW, { input: { id, version } }, o.as.coach),
      'EXERCISE_WITHDRAWN',
      'input.id',
    );
    conflict(
      await api.graphql<Data>(RESCHEDULE, { input: { id, version, dueOn: '2030-01-01' } }, o.as.coach),
      'EXERCISE_NOT_OPEN',
      'input.id',
    );

    conflict(
      await api.graphql<Data>(
        'mutation { archiveExerciseTemplate(id: "builtin:company-research") { id } }',
        {},
        o.as.coach,
      ),
      'BUILT_IN_TEMPLATE',
      'id',
    );
  });

  it('lets the coach send a submission back, and the client work on it again', async () => {
    const assigned = await api.graphql<Data>(
      'mutation($input: AssignExerciseInput!) { assignExercise(input: $input) { id version } }',
      { input: { templateId: 'builtin:reframe', clientIds: [clientId] } },
      o.as.coach,
    );
    const { id } = assigned.data!.assignExercise[0];
    const prompts = await api.graphql<Data>(
      'query($id: ID!) { exerciseAssignment(id: $id) { prompts { key type required options } } }',
      { id },
      o.as.client,
    );
    const answers = prompts
      .data!.exerciseAssignment.prompts.filter((prompt: Data) => prompt.required)
      .map((prompt: Data) =>
        prompt.type === 'SCALE'
          ? { promptKey: prompt.key, number: 3 }
          : prompt.type === 'FREE_TEXT' || prompt.type === 'SINGLE_CHOICE'
            ? { promptKey: prompt.key, text: prompt.options?.[0] ?? 'An honest answer.' }
            : { promptKey: prompt.key, choices: [prompt.options[0]] },
      );
    const submitted = await api.graphql<Data>(
      'mutation($input: SaveExerciseAnswersInput!) { submitExercise(input: $input) { status version } }',
      { input: { id, version: 1, answers } },
      o.as.client,
    );
    expect(submitted.data!.submitExercise.status).toBe('SUBMITTED');
    const withdrawn = await api.graphql<Data>(
      'mutation($input: WithdrawExerciseInput!) { withdrawExercise(input: $input) { status } }',
      { input: { id, version: submitted.data!.submitExercise.version } },
      o.as.coach,
    );
    expect(withdrawn.errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      problem: 'EXERCISE_HANDED_IN',
      fields: [{ path: 'input.id', code: 'EXERCISE_HANDED_IN' }],
    });
    const sentBack = await api.graphql<Data>(
      'mutation($input: ReviewExerciseInput!) { reviewExercise(input: $input) { status version coachComment } }',
      {
        input: {
          id,
          version: submitted.data!.submitExercise.version,
          comment: 'Say more about what you control.',
          sendBack: true,
        },
      },
      o.as.coach,
    );
    expect(sentBack.data!.reviewExercise).toMatchObject({
      status: 'IN_PROGRESS',
      coachComment: 'Say more about what you control.',
    });
    const again = await api.graphql<Data>(
      'mutation($input: SaveExerciseAnswersInput!) { saveExerciseDraft(input: $input) { status } }',
      { input: { id, version: sentBack.data!.reviewExercise.version, answers: [] } },
      o.as.client,
    );
    expect(again.data!.saveExerciseDraft.status).toBe('IN_PROGRESS');
  });

  it('clones a built-in into an editable template of the organization', async () => {
    const cloned = await api.graphql<Data>(
      'mutation { cloneExerciseTemplate(sourceId: "builtin:reframe") { id builtIn clonedFrom title } }',
      {},
      o.as.coach,
    );
    expect(cloned.data!.cloneExerciseTemplate).toMatchObject({
      builtIn: false,
      clonedFrom: 'builtin:reframe',
    });
    const list = await api.graphql<Data>('{ exerciseTemplates(first: 10) { totalCount } }', {}, o.as.coach);
    expect(list.data!.exerciseTemplates.totalCount).toBe(2);
    const byClient = await api.graphql<Data>(
      '{ exerciseTemplates(first: 10) { totalCount } }',
      {},
      o.as.client,
    );
    expect(byClient.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('keeps a coach to their own caseload when assigning', async () => {
    const result = await api.graphql<Data>(
      'mutation($input: AssignExerciseInput!) { assignExercise(input: $input) { id } }',
      { input: { templateId: 'builtin:reframe', clientIds: [clientId] } },
      o.as['other-coach'],
    );
    expect(result.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});
