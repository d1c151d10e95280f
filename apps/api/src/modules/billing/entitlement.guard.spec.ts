import { StripeStandIn } from '@rebound/testing';
import { asMember, insertOrganization, SeededOrganization, sessionTokenFor } from '../../../test/fixtures.js';
import { startTestApi, TEST_AUTH_SECRET, TestApi } from '../../../test/test-api.js';
import { asOwnerIn, postWebhook, stripeEnv } from '../../../test/billing-fixture.js';

const CREATE_CLIENT = 'mutation($input: CreateClientInput!) { createClient(input: $input) { id } }';
const MARK_ALL_READ = 'mutation { markAllNotificationsRead }';
const OPEN_PORTAL = 'mutation { openBillingPortal { url } }';
const ENTITLEMENT = '{ entitlement { access reason graceEndsAt } }';
const CLIENTS = '{ clients(first: 5) { totalCount } }';

type Arrangement = { status: string | null; pastDueDaysAgo?: number; createdDaysAgo?: number };

describe('entitlements: what each subscription state lets through', () => {
  let standIn: StripeStandIn;
  let api: TestApi;
  let org: SeededOrganization;
  let owner: Record<string, string>;
  let client: Record<string, string>;

  beforeAll(async () => {
    standIn = await StripeStandIn.start();
    api = await startTestApi(stripeEnv(standIn));
    org = await insertOrganization(api.database.ownerUrl, {
      name: 'Lapsing Practice',
      slug: 'lapsing',
      members: [
        { email: 'owner@lapsing.test', role: 'owner' },
        { email: 'client@lapsing.test', role: 'client' },
      ],
    });
    owner = asMember(
      await sessionTokenFor(api.database.ownerUrl, org.userIds['owner@lapsing.test'], TEST_AUTH_SECRET),
      'lapsing',
    );
    client = asMember(
      await sessionTokenFor(api.database.ownerUrl, org.userIds['client@lapsing.test'], TEST_AUTH_SECRET),
      'lapsing',
    );
    // A Stripe customer, so that the billing row exists and the portal can open.
    await api.graphql('mutation { startCheckout(input: { plan: PRACTICE }) { url } }', {}, owner);
  });
  afterAll(async () => {
    await api.close();
    await standIn.close();
  });

  async function arrange({ status, pastDueDaysAgo, createdDaysAgo = 2 }: Arrangement) {
    await asOwnerIn(
      api.database.ownerUrl,
      org.id,
      `UPDATE organizations SET created_at = now() - make_interval(days => $2) WHERE id = $1`,
      [org.id, createdDaysAgo],
    );
    await asOwnerIn(
      api.database.ownerUrl,
      org.id,
      `UPDATE billing_accounts SET status = $2, plan = CASE WHEN $2::text IS NULL THEN NULL ELSE 'practice' END,
              past_due_since = CASE WHEN $3::int IS NULL THEN NULL ELSE now() - make_interval(days => $3::int) END
        WHERE organization_id = $1`,
      [org.id, status, pastDueDaysAgo ?? null],
    );
  }

  it.each<[string, Arrangement, { access: string; reason: string; mutations: 'allowed' | 'blocked' }]>([
    ['in the trial', { status: null }, { access: 'FULL', reason: 'TRIAL', mutations: 'allowed' }],
    [
      'after the trial, unsubscribed',
      { status: null, createdDaysAgo: 15 },
      { access: 'READ_ONLY', reason: 'TRIAL_ENDED', mutations: 'blocked' },
    ],
    [
      'trialing',
      { status: 'trialing', createdDaysAgo: 40 },
      { access: 'FULL', reason: 'SUBSCRIBED', mutations: 'allowed' },
    ],
    [
      'active',
      { status: 'active', createdDaysAgo: 400 },
      { access: 'FULL', reason: 'SUBSCRIBED', mutations: 'allowed' },
    ],
    [
      'past due for 6 days',
      { status: 'past_due', pastDueDaysAgo: 6 },
      { access: 'GRACE', reason: 'PAST_DUE', mutations: 'allowed' },
    ],
    [
      'past due for 8 days',
      { status: 'past_due', pastDueDaysAgo: 8 },
      { access: 'READ_ONLY', reason: 'PAYMENT_OVERDUE', mutations: 'blocked' },
    ],
    [
      'unpaid',
      { status: 'unpaid', pastDueDaysAgo: 1 },
      { access: 'READ_ONLY', reason: 'PAYMENT_OVERDUE', mutations: 'blocked' },
    ],
    [
      'canceled',
      { status: 'canceled', createdDaysAgo: 90 },
      { access: 'READ_ONLY', reason: 'CANCELED', mutations: 'blocked' },
    ],
  ])('%s', async (_, arrangement, expected) => {
    await arrange(arrangement);

    const entitlement = await api.graphql<{ entitlement: { access: string; reason: string } }>(
      ENTITLEMENT,
      {},
      client,
    );
    expect(entitlement.data!.entitlement).toMatchObject({ access: expected.access, reason: expected.reason });

    const created = await api.graphql(CREATE_CLIENT, { input: { name: 'New client' } }, owner);
    const marked = await api.graphql(MARK_ALL_READ, {}, client);
    if (expected.mutations === 'allowed') {
      expect(created.errors).toBeUndefined();
      expect(marked.errors).toBeUndefined();
    } else {
      for (const result of [created, marked]) {
        expect(result.data ?? null).toBeNull();
        expect(result.errors?.[0].extensions?.code).toBe('PAYMENT_REQUIRED');
        expect(result.errors?.[0].message).toMatch(/read-only/);
      }
    }
    // Reading and billing always work.
    expect((await api.graphql(CLIENTS, {}, owner)).errors).toBeUndefined();
    expect((await api.graphql(OPEN_PORTAL, {}, owner)).errors).toBeUndefined();
  });

  it('tells a read-only organization why, and what to do', async () => {
    await arrange({ status: 'canceled' });
    const result = await api.graphql(CREATE_CLIENT, { input: { name: 'Late' } }, owner);
    expect(result.errors?.[0].extensions).toEqual({
      code: 'PAYMENT_REQUIRED',
      problem: 'READ_ONLY_CANCELED',
    });
    expect(result.errors?.[0].message).toBe(
      'The subscription of this organization has ended, so it is read-only: everything stays readable and exportable. The owner can subscribe again on the billing page.',
    );
  });

  it('writes nothing when a mutation is refused', async () => {
    await arrange({ status: 'canceled' });
    const before = await api.graphql<{ clients: { totalCount: number } }>(CLIENTS, {}, owner);
    await api.graphql(CREATE_CLIENT, { input: { name: 'Refused' } }, owner);
    const after = await api.graphql<{ clients: { totalCount: number } }>(CLIENTS, {}, owner);
    expect(after.data!.clients.totalCount).toBe(before.data!.clients.totalCount);
  });

  it('leaves mutations outside any organization alone (signing out, account settings)', async () => {
    await arrange({ status: 'canceled' });
    const { 'x-rebound-org': _org, ...signedIn } = client;
    const result = await api.graphql('mutation { setEmailReminders(enabled: false) }', {}, signedIn);
    expect(result.errors).toBeUndefined();
  });
});

describe('without Stripe keys (the default)', () => {
  let api: TestApi;
  let owner: Record<string, string>;

  beforeAll(async () => {
    api = await startTestApi();
    const org = await insertOrganization(api.database.ownerUrl, {
      name: 'Old Practice',
      slug: 'old-practice',
      members: [{ email: 'owner@old.test', role: 'owner' }],
    });
    await asOwnerIn(
      api.database.ownerUrl,
      org.id,
      `UPDATE organizations SET created_at = now() - interval '400 days' WHERE id = $1`,
      [org.id],
    );
    owner = asMember(
      await sessionTokenFor(api.database.ownerUrl, org.userIds['owner@old.test'], TEST_AUTH_SECRET),
      'old-practice',
    );
  });
  afterAll(() => api.close());

  it('runs every organization in trial mode and says billing is not configured', async () => {
    const overview = await api.graphql(
      '{ billingOverview { configured canSubscribe canManage entitlement { access reason trialEndsAt } } }',
      {},
      owner,
    );
    expect(overview.data).toEqual({
      billingOverview: {
        configured: false,
        canSubscribe: false,
        canManage: false,
        entitlement: { access: 'FULL', reason: 'UNCONFIGURED', trialEndsAt: null },
      },
    });
    const created = await api.graphql(CREATE_CLIENT, { input: { name: 'Still welcome' } }, owner);
    expect(created.errors).toBeUndefined();
  });

  it('refuses checkout and the portal with a clear message', async () => {
    for (const query of ['mutation { startCheckout(input: { plan: SOLO }) { url } }', OPEN_PORTAL]) {
      const result = await api.graphql(query, {}, owner);
      expect(result.errors?.[0]).toMatchObject({
        message: 'Billing is not configured on this server.',
        extensions: { code: 'CONFLICT', problem: 'BILLING_NOT_CONFIGURED' },
      });
    }
  });

  it('answers the webhook with 404', async () => {
    const standIn = await StripeStandIn.start();
    try {
      const answer = await postWebhook(api.url, standIn, standIn.event('invoice.paid', { id: 'in_1' }));
      expect(answer.status).toBe(404);
    } finally {
      await standIn.close();
    }
  });
});
