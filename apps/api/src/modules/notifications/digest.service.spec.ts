import { withClient } from '@rebound/dev-postgres';
import {
  caseloadOrganization,
  CaseloadOrg,
  CREATE_APPLICATION,
  CREATE_CLIENT,
  RECORD_REJECTION,
} from '../../../test/caseload-fixture.js';
import { startTestApi, TestApi } from '../../../test/test-api.js';
import { DigestService, isoWeek } from './digest.service.js';

type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('isoWeek', () => {
  it.each([
    ['2026-11-30T06:00:00Z', '2026-W49'],
    ['2026-12-06T23:00:00Z', '2026-W49'],
    ['2027-01-01T12:00:00Z', '2026-W53'],
    ['2027-01-04T00:00:00Z', '2027-W01'],
  ])('%s → %s', (date, week) => {
    expect(isoWeek(new Date(date))).toBe(week);
  });
});

describe('weekly digest for coaches', () => {
  let api: TestApi;
  let o: CaseloadOrg;
  const monday = new Date('2026-11-30T06:00:00Z');

  beforeAll(async () => {
    api = await startTestApi();
    o = await caseloadOrganization(api, 'lima');
    const clientId = (await api.graphql<Data>(CREATE_CLIENT, { input: { name: 'Lia' } }, o.as.coach)).data!
      .createClient.id;
    const application = await api.graphql<Data>(
      CREATE_APPLICATION,
      { input: { clientId, company: 'Co', roleTitle: 'PM', source: 'DIRECT', appliedOn: '2026-11-01' } },
      o.as.coach,
    );
    await api.graphql(
      RECORD_REJECTION,
      {
        input: {
          applicationId: application.data!.createApplication.id,
          applicationVersion: 1,
          rejectedOn: '2026-11-27',
        },
      },
      o.as.coach,
    );
    await api.graphql(
      'mutation($input: AssignExerciseInput!) { assignExercise(input: $input) { id } }',
      { input: { templateId: 'builtin:reframe', clientIds: [clientId], dueOn: '2026-11-20' } },
      o.as.coach,
    );
  });
  afterAll(() => api.close());

  it('sends each coach with something to report one summary a week', async () => {
    const digests = api.app.get(DigestService);
    expect(await digests.run(monday)).toBe(1);
    expect(await digests.run(new Date(monday.getTime() + 3600_000))).toBe(0);
    const emails = await withClient(
      api.database.ownerUrl,
      async (db) =>
        (
          await db.query(
            `SELECT to_address, text_body FROM email_outbox WHERE subject = 'Your week in the caseload'`,
          )
        ).rows,
    );
    expect(emails).toHaveLength(1);
    expect(emails[0].to_address).toBe('coach@lima.test');
    expect(emails[0].text_body).toContain('1 new rejection');
    expect(emails[0].text_body).toContain('1 exercise is overdue');
    expect(emails[0].text_body).toContain('http://127.0.0.1:3000/app/lima/caseload');
    expect(await digests.run(new Date(monday.getTime() + 7 * 86_400_000))).toBe(1);
  });
});
