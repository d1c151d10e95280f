import { withClient } from '@rebound/dev-postgres';
import {
  caseloadOrganization,
  CaseloadOrg,
  CREATE_APPLICATION,
  CREATE_CLIENT,
  linkClientAccount,
  RECORD_REJECTION,
} from '../../../test/caseload-fixture.js';
import { startTestApi, TestApi } from '../../../test/test-api.js';
import { ReminderService } from './reminder.service.js';

type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const day = (base: Date, offset: number) =>
  new Date(base.getTime() + offset * 86_400_000).toISOString().slice(0, 10);

describe('reminders and notifications', () => {
  let api: TestApi;
  let o: CaseloadOrg;
  const now = new Date('2026-12-01T08:00:00Z');

  beforeAll(async () => {
    api = await startTestApi();
    o = await caseloadOrganization(api, 'kilo');
    const clientId = (await api.graphql<Data>(CREATE_CLIENT, { input: { name: 'Kim Due' } }, o.as.coach))
      .data!.createClient.id;
    await linkClientAccount(api.database.ownerUrl, o.org.id, clientId, o.memberIds.client);
    // Three different exercises: the same one twice would be refused while the first is open.
    const assign = (templateId: string, dueOn: string) =>
      api.graphql(
        'mutation($input: AssignExerciseInput!) { assignExercise(input: $input) { id } }',
        { input: { templateId, clientIds: [clientId], dueOn } },
        o.as.coach,
      );
    await assign('builtin:reframe', day(now, 1)); // due tomorrow
    await assign('builtin:first-look', day(now, -3)); // overdue
    await assign('builtin:company-research', day(now, 5)); // not yet
    const application = await api.graphql<Data>(
      CREATE_APPLICATION,
      {
        input: {
          clientId,
          company: 'Quiet Co',
          roleTitle: 'Analyst',
          source: 'DIRECT',
          appliedOn: '2026-10-01',
        },
      },
      o.as.coach,
    );
    const rejection = await api.graphql<Data>(
      RECORD_REJECTION,
      {
        input: {
          applicationId: application.data!.createApplication.id,
          applicationVersion: 1,
          rejectedOn: '2026-11-20',
        },
      },
      o.as.coach,
    );
    const request = await api.graphql<Data>(
      'mutation($input: CreateFeedbackRequestInput!) { createFeedbackRequest(input: $input) { id } }',
      { input: { rejectionId: rejection.data!.recordRejection.id, recipientRole: 'RECRUITER' } },
      o.as.client,
    );
    await api.graphql(
      'mutation($input: AdvanceFeedbackRequestInput!) { advanceFeedbackRequest(input: $input) { id } }',
      { input: { id: request.data!.createFeedbackRequest.id, version: 1, event: 'SENT', on: '2026-11-21' } },
      o.as.client,
    );
    // Assigning announced each exercise; these tests are about the reminders, so they start from none.
    await withClient(api.database.ownerUrl, (db) =>
      db.query("DELETE FROM notifications WHERE kind = 'exercise_assigned'; DELETE FROM email_outbox"),
    );
  });
  afterAll(() => api.close());

  const emailsTo = (address: string) =>
    withClient(
      api.database.ownerUrl,
      async (db) =>
        (
          await db.query(
            'SELECT subject, text_body FROM email_outbox WHERE to_address = $1 ORDER BY created_at',
            [address],
          )
        ).rows,
    );

  it('sends each due reminder exactly once, however often the job runs', async () => {
    const reminders = api.app.get(ReminderService);
    expect(await reminders.run(now)).toBe(3);
    expect(await reminders.run(now)).toBe(0);
    const emails = await emailsTo('client@kilo.test');
    expect(emails.map((email: Data) => email.subject).sort()).toEqual([
      'An exercise is due tomorrow',
      'An exercise is overdue',
      'Time for a friendly follow-up',
    ]);
    expect(emails[0].text_body).toContain('http://127.0.0.1:3000/app/kilo/me/');
  });

  it('shows them in the app with read and unread, to their recipient only', async () => {
    const count = async (who: string) =>
      (await api.graphql<Data>('{ unreadNotificationCount }', {}, o.as[who])).data!.unreadNotificationCount;
    expect(await count('client')).toBe(3);
    expect(await count('other-client')).toBe(0);
    const list = await api.graphql<Data>(
      '{ notifications(first: 10) { totalCount edges { node { id kind readAt } } } }',
      {},
      o.as.client,
    );
    expect(list.data!.notifications.totalCount).toBe(3);
    const firstId = list.data!.notifications.edges[0].node.id;
    const foreign = await api.graphql<Data>(
      'mutation($id: ID!) { markNotificationRead(id: $id) { id } }',
      { id: firstId },
      o.as['other-client'],
    );
    expect(foreign.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    await api.graphql(
      'mutation($id: ID!) { markNotificationRead(id: $id) { readAt } }',
      { id: firstId },
      o.as.client,
    );
    expect(await count('client')).toBe(2);
    const all = await api.graphql<Data>('mutation { markAllNotificationsRead }', {}, o.as.client);
    expect(all.data).toEqual({ markAllNotificationsRead: 2 });
    expect(await count('client')).toBe(0);
  });

  it('keeps in-app reminders but sends no email to someone who turned email reminders off', async () => {
    expect((await api.graphql<Data>('{ emailReminders }', {}, o.as.client)).data).toEqual({
      emailReminders: true,
    });
    await api.graphql('mutation { setEmailReminders(enabled: false) }', {}, o.as.client);
    expect((await api.graphql<Data>('{ emailReminders }', {}, o.as.client)).data).toEqual({
      emailReminders: false,
    });
    // One person's choice: the coach still gets them.
    expect((await api.graphql<Data>('{ emailReminders }', {}, o.as.coach)).data).toEqual({
      emailReminders: true,
    });
    // Four days on, the third exercise is due tomorrow and the first one has become overdue.
    const later = new Date(now.getTime() + 4 * 86_400_000);
    expect(await api.app.get(ReminderService).run(later)).toBe(2);
    expect(await emailsTo('client@kilo.test')).toHaveLength(3);
    expect(
      (await api.graphql<Data>('{ unreadNotificationCount }', {}, o.as.client)).data!.unreadNotificationCount,
    ).toBe(2);
  });
});
