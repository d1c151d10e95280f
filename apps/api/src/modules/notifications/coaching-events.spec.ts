import { withClient } from '@rebound/dev-postgres';
import {
  caseloadOrganization,
  CaseloadOrg,
  CREATE_CLIENT,
  linkClientAccount,
} from '../../../test/caseload-fixture.js';
import { startTestApi, TestApi } from '../../../test/test-api.js';
import { NotificationDigestService } from './notification-digest.service.js';
import { inTenant } from '../../database/per-tenant.js';
import { DataSource } from 'typeorm';

type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const ASSIGN = `mutation($input: AssignExerciseInput!) { assignExercise(input: $input) { id version status evidenceRejectionIds } }`;
const SUBMIT = `mutation($input: SaveExerciseAnswersInput!) { submitExercise(input: $input) { id version status } }`;
const REVIEW = `mutation($input: ReviewExerciseInput!) { reviewExercise(input: $input) { id version status } }`;
const BELL = `{ unreadNotificationCount notifications(first: 20) { edges { node { kind title body link } } } }`;
describe('coaching events: one fan-out to the bell and email', () => {
  let api: TestApi;
  let o: CaseloadOrg;
  let clientId: string;

  const bell = async (who: string) => (await api.graphql<Data>(BELL, {}, o.as[who])).data!;
  const outboxTo = async (email: string) =>
    withClient(api.database.ownerUrl, async (db) =>
      (
        await db.query<{ subject: string; text_body: string }>(
          'SELECT subject, text_body FROM email_outbox WHERE to_address = $1 ORDER BY created_at, id',
          [email],
        )
      ).rows.map((row) => row.subject),
    );
  /** Answers to every prompt of the built-in Reframe: a number for scales, words for the rest. */
  const answersFor = async () => {
    const result = await api.graphql<Data>(
      '{ exerciseTemplate(id: "builtin:reframe") { prompts { key type } } }',
      {},
      o.as.coach,
    );
    return (result.data!.exerciseTemplate.prompts as { key: string; type: string }[]).map((prompt) =>
      prompt.type === 'SCALE'
        ? { promptKey: prompt.key, number: 3 }
        : { promptKey: prompt.key, text: 'An answer.' },
    );
  };

  beforeAll(async () => {
    api = await startTestApi();
    o = await caseloadOrganization(api, 'echo');
    clientId = (await api.graphql<Data>(CREATE_CLIENT, { input: { name: 'Ines' } }, o.as.coach)).data!
      .createClient.id;
    await linkClientAccount(api.database.ownerUrl, o.org.id, clientId, o.memberIds.client);
  });
  afterAll(() => api.close());

  it('submitted → the coach hears it; sent back → the client hears it; each once, by email too', async () => {
    const assigned = await api.graphql<Data>(
      ASSIGN,
      { input: { templateId: 'builtin:reframe', clientIds: [clientId] } },
      o.as.coach,
    );
    const exercise = assigned.data!.assignExercise[0];
    const clientBell = await bell('client');
    expect(clientBell.notifications.edges.map((e: Data) => e.node)).toEqual([
      expect.objectContaining({ kind: 'exercise_assigned', link: `/me/exercises/${exercise.id}` }),
    ]);
    expect(await outboxTo('client@echo.test')).toEqual(['New exercise from your coach']);

    const submitted = await api.graphql<Data>(
      SUBMIT,
      { input: { id: exercise.id, version: exercise.version, answers: await answersFor() } },
      o.as.client,
    );
    expect(submitted.errors).toBeUndefined();
    const coachBell = await bell('coach');
    expect(coachBell.unreadNotificationCount).toBe(1);
    expect(coachBell.notifications.edges[0].node).toEqual({
      kind: 'exercise_submitted',
      title: 'Ines submitted an exercise',
      body: expect.any(String),
      link: `/exercises/review/${exercise.id}`,
    });
    expect(await outboxTo('coach@echo.test')).toEqual(['Ines submitted an exercise']);
    // A coach who does not work with Ines hears nothing; the client hears nothing of their own act.
    expect((await bell('other-coach')).unreadNotificationCount).toBe(0);
    expect((await bell('client')).unreadNotificationCount).toBe(1);

    const sentBack = await api.graphql<Data>(
      REVIEW,
      {
        input: {
          id: exercise.id,
          version: submitted.data!.submitExercise.version,
          comment: 'Add one example.',
          sendBack: true,
        },
      },
      o.as.coach,
    );
    expect(sentBack.data!.reviewExercise.status).toBe('IN_PROGRESS');
    expect((await bell('client')).notifications.edges[0].node).toEqual({
      kind: 'exercise_sent_back',
      title: 'Your coach sent an exercise back',
      body: expect.stringContaining('Add one example.'),
      link: `/me/exercises/${exercise.id}`,
    });
    expect(await outboxTo('client@echo.test')).toEqual([
      'New exercise from your coach',
      'Your coach sent an exercise back',
    ]);

    // Handing it in again is a new event; the same review sent twice is refused and announces nothing.
    const again = await api.graphql<Data>(
      SUBMIT,
      { input: { id: exercise.id, version: sentBack.data!.reviewExercise.version, answers: [] } },
      o.as.client,
    );
    expect(again.errors).toBeUndefined();
    expect((await bell('coach')).unreadNotificationCount).toBe(2);
    const reviewed = await api.graphql<Data>(
      REVIEW,
      {
        input: { id: exercise.id, version: again.data!.submitExercise.version, comment: '', sendBack: false },
      },
      o.as.coach,
    );
    expect(reviewed.data!.reviewExercise.status).toBe('REVIEWED');
    const retried = await api.graphql<Data>(
      REVIEW,
      {
        input: { id: exercise.id, version: again.data!.submitExercise.version, comment: '', sendBack: false },
      },
      o.as.coach,
    );
    expect(retried.errors![0].extensions!.code).toBe('CONFLICT');
    const kinds = (await bell('client')).notifications.edges.map((e: Data) => e.node.kind);
    expect(kinds).toEqual(['exercise_reviewed', 'exercise_sent_back', 'exercise_assigned']);
  });

  it('a person on the daily digest gets no email per event, then one digest, and only once', async () => {
    const set = await api.graphql<Data>('mutation { setEmailFrequency(frequency: DAILY) }', {}, o.as.coach);
    expect(set.data!.setEmailFrequency).toBe('DAILY');
    expect((await api.graphql<Data>('{ emailFrequency }', {}, o.as.coach)).data!.emailFrequency).toBe(
      'DAILY',
    );
    const before = (await outboxTo('coach@echo.test')).length;
    const assigned = await api.graphql<Data>(
      ASSIGN,
      { input: { templateId: 'builtin:reframe', clientIds: [clientId] } },
      o.as.coach,
    );
    const exercise = assigned.data!.assignExercise[0];
    await api.graphql<Data>(
      SUBMIT,
      { input: { id: exercise.id, version: exercise.version, answers: await answersFor() } },
      o.as.client,
    );
    expect((await bell('coach')).notifications.edges[0].node.kind).toBe('exercise_submitted');
    expect((await outboxTo('coach@echo.test')).length).toBe(before);

    const digests = api.app.get(NotificationDigestService);
    const dataSource = api.app.get(DataSource);
    const run = () => inTenant(dataSource, o.org.id, (db) => digests.runForOrganization(db, o.org.id));
    expect(await run()).toBe(1);
    expect(await run()).toBe(0);
    const mails = await outboxTo('coach@echo.test');
    expect(mails).toHaveLength(before + 1);
    expect(mails.at(-1)).toMatch(/^Your day in echo careers: 1 update$/);
  });

  it('refuses a second open copy of an exercise with CONFLICT naming the field; withdrawn, it can be assigned again', async () => {
    const first = await api.graphql<Data>(
      ASSIGN,
      { input: { templateId: 'builtin:mock-interview', clientIds: [clientId], dueOn: '2030-01-10' } },
      o.as.coach,
    );
    const exercise = first.data!.assignExercise[0];
    const duplicate = await api.graphql<Data>(
      ASSIGN,
      { input: { templateId: 'builtin:mock-interview', clientIds: [clientId] } },
      o.as.coach,
    );
    expect(duplicate.errors![0].extensions).toMatchObject({
      code: 'CONFLICT',
      fields: [
        { path: 'input.clientIds', message: expect.stringContaining('Ines already has this exercise open') },
      ],
    });

    const moved = await api.graphql<Data>(
      'mutation($input: RescheduleExerciseInput!) { rescheduleExercise(input: $input) { version dueOn } }',
      { input: { id: exercise.id, version: exercise.version, dueOn: '2030-02-01' } },
      o.as.coach,
    );
    expect(moved.data!.rescheduleExercise.dueOn).toBe('2030-02-01');
    const byClient = await api.graphql<Data>(
      'mutation($input: WithdrawExerciseInput!) { withdrawExercise(input: $input) { status } }',
      { input: { id: exercise.id, version: moved.data!.rescheduleExercise.version } },
      o.as.client,
    );
    expect(byClient.errors![0].extensions!.code).toBe('FORBIDDEN');
    const withdrawn = await api.graphql<Data>(
      'mutation($input: WithdrawExerciseInput!) { withdrawExercise(input: $input) { status version } }',
      { input: { id: exercise.id, version: moved.data!.rescheduleExercise.version } },
      o.as.coach,
    );
    expect(withdrawn.data!.withdrawExercise.status).toBe('WITHDRAWN');
    const twice = await api.graphql<Data>(
      'mutation($input: WithdrawExerciseInput!) { withdrawExercise(input: $input) { status } }',
      { input: { id: exercise.id, version: withdrawn.data!.withdrawExercise.version } },
      o.as.coach,
    );
    expect(twice.errors![0].extensions!.code).toBe('CONFLICT');
    const listed = await api.graphql<Data>(
      `query($id: ID!) { exerciseAssignments(first: 50, filter: { clientId: $id }) { edges { node { id } } } }`,
      { id: clientId },
      o.as.client,
    );
    expect(listed.data!.exerciseAssignments.edges.map((e: Data) => e.node.id)).not.toContain(exercise.id);
    const reassigned = await api.graphql<Data>(
      ASSIGN,
      { input: { templateId: 'builtin:mock-interview', clientIds: [clientId] } },
      o.as.coach,
    );
    expect(reassigned.errors).toBeUndefined();
  });

  it("links an assignment to the rejections behind an insight, only the client's own", async () => {
    const other = (await api.graphql<Data>(CREATE_CLIENT, { input: { name: 'Omar' } }, o.as.coach)).data!
      .createClient.id;
    const application = await api.graphql<Data>(
      'mutation($input: CreateApplicationInput!) { createApplication(input: $input) { id } }',
      {
        input: {
          clientId: other,
          company: 'Acme',
          roleTitle: 'Analyst',
          source: 'DIRECT',
          appliedOn: '2026-10-01',
        },
      },
      o.as.coach,
    );
    const rejection = await api.graphql<Data>(
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
    const rejectionId = rejection.data!.recordRejection.id;
    const wrongClient = await api.graphql<Data>(
      ASSIGN,
      {
        input: {
          templateId: 'builtin:skill-gap',
          clientIds: [clientId],
          evidenceRejectionIds: [rejectionId],
        },
      },
      o.as.coach,
    );
    expect(wrongClient.errors![0].extensions!.code).toBe('NOT_FOUND');
    const linked = await api.graphql<Data>(
      ASSIGN,
      { input: { templateId: 'builtin:skill-gap', clientIds: [other], evidenceRejectionIds: [rejectionId] } },
      o.as.coach,
    );
    expect(linked.data!.assignExercise[0].evidenceRejectionIds).toEqual([rejectionId]);
  });

  it('tells a coach when a client joins their caseload, once', async () => {
    const client = (await api.graphql<Data>(CREATE_CLIENT, { input: { name: 'Paula' } }, o.as.owner)).data!
      .createClient.id;
    const assign = () =>
      api.graphql<Data>(
        'mutation($input: CoachAssignmentInput!) { assignCoach(input: $input) { id } }',
        { input: { clientId: client, coachId: o.memberIds['other-coach'], primary: true } },
        o.as.owner,
      );
    await assign();
    await assign();
    const notes = (await bell('other-coach')).notifications.edges.map((e: Data) => e.node);
    expect(notes.filter((n: Data) => n.kind === 'client_assigned')).toEqual([
      {
        kind: 'client_assigned',
        title: 'A client joined your caseload',
        body: 'Paula',
        link: `/caseload/${client}`,
      },
    ]);
  });
});
