import {
  caseloadOrganization,
  CaseloadOrg,
  CREATE_CLIENT,
  linkClientAccount,
} from '../../../test/caseload-fixture.js';
import { startTestApi, TestApi } from '../../../test/test-api.js';

type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const ADD_ITEM =
  'mutation($input: AddPlanItemInput!) { addPlanItem(input: $input) { id version status createdBySide position } }';
const UPDATE_ITEM =
  'mutation($input: UpdatePlanItemInput!) { updatePlanItem(input: $input) { id version status evidence position } }';

describe('the shared improvement plan', () => {
  let api: TestApi;
  let o: CaseloadOrg;
  let clientId: string;

  beforeAll(async () => {
    api = await startTestApi();
    o = await caseloadOrganization(api, 'juliet');
    clientId = (await api.graphql<Data>(CREATE_CLIENT, { input: { name: 'Jo Plan' } }, o.as.coach)).data!
      .createClient.id;
    await linkClientAccount(api.database.ownerUrl, o.org.id, clientId, o.memberIds.client);
  });
  afterAll(() => api.close());

  it('lets coach and client build the plan together, with progress and every change in the history', async () => {
    const goal = await api.graphql<Data>(
      'mutation($input: AddPlanGoalInput!) { addPlanGoal(input: $input) { goals { id title } } }',
      { input: { clientId, title: 'Get through final rounds' } },
      o.as.coach,
    );
    const goalId = goal.data!.addPlanGoal.goals[0].id;
    const coachItem = await api.graphql<Data>(
      ADD_ITEM,
      {
        input: {
          clientId,
          goalId,
          title: 'Two mock interviews',
          category: 'PREPARATION',
          owner: 'CLIENT',
          dueOn: '2026-12-15',
        },
      },
      o.as.coach,
    );
    const clientItem = await api.graphql<Data>(
      ADD_ITEM,
      { input: { clientId, title: 'Ask Dana for coffee', category: 'NETWORKING', owner: 'CLIENT' } },
      o.as.client,
    );
    expect(coachItem.data!.addPlanItem).toMatchObject({
      createdBySide: 'COACH',
      position: 0,
      status: 'TODO',
    });
    expect(clientItem.data!.addPlanItem).toMatchObject({ createdBySide: 'CLIENT', position: 1 });

    const done = await api.graphql<Data>(
      UPDATE_ITEM,
      {
        input: {
          id: clientItem.data!.addPlanItem.id,
          version: 1,
          status: 'DONE',
          evidence: 'Met on Tuesday',
        },
      },
      o.as.client,
    );
    expect(done.data!.updatePlanItem).toMatchObject({
      status: 'DONE',
      evidence: 'Met on Tuesday',
      version: 2,
    });
    await api.graphql(
      'mutation($input: CommentOnPlanItemInput!) { commentOnPlanItem(input: $input) { id } }',
      { input: { itemId: clientItem.data!.addPlanItem.id, body: 'Well done!' } },
      o.as.coach,
    );

    const plan = await api.graphql<Data>(
      'query($id: ID!) { improvementPlan(clientId: $id) { goals { title } items { title comments { authorName body } } progress { done total share } } }',
      { id: clientId },
      o.as.client,
    );
    expect(plan.data!.improvementPlan).toEqual({
      goals: [{ title: 'Get through final rounds' }],
      items: [
        { title: 'Two mock interviews', comments: [] },
        { title: 'Ask Dana for coffee', comments: [{ authorName: 'coach', body: 'Well done!' }] },
      ],
      progress: { done: 1, total: 2, share: 0.5 },
    });
    const history = await api.graphql<Data>(
      'query($id: ID!) { planActivity(clientId: $id, first: 10) { totalCount edges { node { action actorName details } } } }',
      { id: clientId },
      o.as.coach,
    );
    expect(history.data!.planActivity.edges.map((e: Data) => [e.node.action, e.node.actorName])).toEqual([
      ['item_commented', 'coach'],
      ['item_changed', 'client'],
      ['item_added', 'client'],
      ['item_added', 'coach'],
      ['goal_added', 'coach'],
    ]);
    expect(JSON.parse(history.data!.planActivity.edges[1].node.details)).toEqual({
      status: { from: 'todo', to: 'done' },
      evidence: { from: '', to: 'Met on Tuesday' },
    });
  });

  it('lets only the coach drop an item the coach added', async () => {
    const item = await api.graphql<Data>(
      ADD_ITEM,
      { input: { clientId, title: 'Rewrite CV summary', category: 'PRESENTATION', owner: 'CLIENT' } },
      o.as.coach,
    );
    const { id } = item.data!.addPlanItem;
    const byClient = await api.graphql<Data>(
      UPDATE_ITEM,
      { input: { id, version: 1, status: 'DROPPED' } },
      o.as.client,
    );
    expect(byClient.errors?.[0].extensions).toMatchObject({
      code: 'FORBIDDEN',
      fields: [{ path: 'input.status', code: 'PLAN_ITEM_COACH_DECIDES' }],
    });
    const byCoach = await api.graphql<Data>(
      UPDATE_ITEM,
      { input: { id, version: 1, status: 'DROPPED' } },
      o.as.coach,
    );
    expect(byCoach.data!.updatePlanItem.status).toBe('DROPPED');
    // A dropped item comes back as to-do, not straight to done.
    const skipping = await api.graphql<Data>(
      UPDATE_ITEM,
      { input: { id, version: 2, status: 'DONE' } },
      o.as.coach,
    );
    expect(skipping.errors?.[0].extensions).toEqual({
      code: 'FORBIDDEN',
      fields: [
        {
          path: 'input.status',
          code: 'PLAN_ITEM_MOVE_NOT_ALLOWED',
          params: { from: 'dropped', to: 'done' },
          message: expect.any(String),
        },
      ],
    });
    const stale = await api.graphql<Data>(
      UPDATE_ITEM,
      { input: { id, version: 1, title: 'Again' } },
      o.as.coach,
    );
    expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');
  });

  it('links an exercise to the plan item it serves', async () => {
    const item = await api.graphql<Data>(
      ADD_ITEM,
      { input: { clientId, title: 'Practise answers', category: 'PREPARATION', owner: 'CLIENT' } },
      o.as.coach,
    );
    const planItemId = item.data!.addPlanItem.id;
    const assigned = await api.graphql<Data>(
      'mutation($input: AssignExerciseInput!) { assignExercise(input: $input) { planItemId } }',
      { input: { templateId: 'builtin:mock-interview', clientIds: [clientId], planItemId } },
      o.as.coach,
    );
    expect(assigned.data!.assignExercise).toEqual([{ planItemId }]);
  });

  it('keeps the plan inside the caseload', async () => {
    const other = await api.graphql<Data>(
      'query($id: ID!) { improvementPlan(clientId: $id) { clientId } }',
      { id: clientId },
      o.as['other-coach'],
    );
    expect(other.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const invalid = await api.graphql<Data>(
      ADD_ITEM,
      { input: { clientId, title: '', category: 'SKILL', owner: 'COACH' } },
      o.as.coach,
    );
    expect(invalid.errors?.[0].extensions?.fields).toEqual([
      { path: 'input.title', code: 'REQUIRED', message: expect.any(String) },
    ]);
  });
});
