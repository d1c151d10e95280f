import { StripeStandIn } from '@rebound/testing';
import { asMember, insertOrganization, SeededOrganization, sessionTokenFor } from '../../../test/fixtures.js';
import { startTestApi, TEST_AUTH_SECRET, TestApi } from '../../../test/test-api.js';
import {
  asOwnerIn,
  billingRow,
  eventually,
  postWebhook,
  STRIPE_TEST_PRICES,
  stripeEnv,
} from '../../../test/billing-fixture.js';
import { SeatSyncService } from './seat-sync.service.js';

const OVERVIEW = `{ billingOverview {
  configured canSubscribe canManage
  entitlement { access reason trialEndsAt graceEndsAt }
  subscription { plan status quantity cancelAtPeriodEnd }
  usage { coaches activeClients }
  plans { plan seatBasis maxCoaches maxActiveClients quantity fits }
} }`;
const START_CHECKOUT = `mutation($input: StartCheckoutInput!) { startCheckout(input: $input) { url } }`;
const OPEN_PORTAL = 'mutation { openBillingPortal { url } }';
const INVITE = `mutation($input: InviteMemberInput!) { inviteMember(input: $input) { id } }`;
const SET_STATUS = `mutation($input: SetMemberStatusInput!) { setMemberStatus(input: $input) { status } }`;

describe('billing (Stripe configured, against the stand-in)', () => {
  let standIn: StripeStandIn;
  let api: TestApi;
  let org: SeededOrganization;
  let owner: Record<string, string>;
  let coach: Record<string, string>;
  let other: SeededOrganization;
  let otherOwner: Record<string, string>;

  beforeAll(async () => {
    standIn = await StripeStandIn.start();
    api = await startTestApi(stripeEnv(standIn));
    org = await insertOrganization(api.database.ownerUrl, {
      name: 'Harbour Practice',
      slug: 'harbour',
      members: [
        { email: 'owner@harbour.test', role: 'owner' },
        { email: 'coach1@harbour.test', role: 'coach' },
        { email: 'coach2@harbour.test', role: 'coach' },
      ],
    });
    const sign = async (o: SeededOrganization, email: string) =>
      asMember(await sessionTokenFor(api.database.ownerUrl, o.userIds[email], TEST_AUTH_SECRET), o.slug);
    owner = await sign(org, 'owner@harbour.test');
    coach = await sign(org, 'coach1@harbour.test');
    other = await insertOrganization(api.database.ownerUrl, {
      name: 'Other Practice',
      slug: 'other-practice',
      members: [{ email: 'owner@other.test', role: 'owner' }],
    });
    otherOwner = await sign(other, 'owner@other.test');
  });
  afterAll(async () => {
    await api.close();
    await standIn.close();
  });

  it('shows a new organization in its trial, with what each plan would bill today', async () => {
    const result = await api.graphql(OVERVIEW, {}, owner);
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      billingOverview: {
        configured: true,
        canSubscribe: true,
        canManage: false,
        entitlement: { access: 'FULL', reason: 'TRIAL', trialEndsAt: expect.any(String), graceEndsAt: null },
        subscription: null,
        usage: { coaches: 3, activeClients: 0 },
        plans: [
          { plan: 'SOLO', seatBasis: 'FLAT', maxCoaches: 1, maxActiveClients: 25, quantity: 1, fits: false },
          {
            plan: 'PRACTICE',
            seatBasis: 'COACHES',
            maxCoaches: null,
            maxActiveClients: null,
            quantity: 3,
            fits: true,
          },
          {
            plan: 'AGENCY',
            seatBasis: 'ACTIVE_CLIENTS',
            maxCoaches: null,
            maxActiveClients: null,
            quantity: 1,
            fits: true,
          },
        ],
      },
    });
    const trialEndsAt = new Date(
      (result.data as { billingOverview: { entitlement: { trialEndsAt: string } } }).billingOverview
        .entitlement.trialEndsAt,
    );
    expect(trialEndsAt.getTime() - Date.now()).toBeGreaterThan(13.9 * 24 * 60 * 60 * 1000);
  });

  it('is for owners only, and only of their own organization', async () => {
    expect((await api.graphql(OVERVIEW, {}, coach)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const checkout = await api.graphql(START_CHECKOUT, { input: { plan: 'PRACTICE' } }, coach);
    expect(checkout.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    // Organization B's owner naming organization A.
    const intoHarbour = { ...otherOwner, 'x-rebound-org': 'harbour' };
    for (const [query, variables] of [
      [OVERVIEW, {}],
      [START_CHECKOUT, { input: { plan: 'PRACTICE' } }],
      [OPEN_PORTAL, {}],
    ] as const) {
      const result = await api.graphql(query, variables, intoHarbour);
      expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    expect(standIn.writes()).toEqual([]);
    expect(await billingRow(api.database.ownerUrl, org.id)).toBeUndefined();
  });

  it('refuses a plan the organization has outgrown, naming the field', async () => {
    const result = await api.graphql(START_CHECKOUT, { input: { plan: 'SOLO' } }, owner);
    expect(result.errors?.[0].extensions).toEqual({
      code: 'CONFLICT',
      problem: 'PLAN_TOO_SMALL',
      fields: [
        {
          path: 'input.plan',
          code: 'PLAN_TOO_SMALL',
          message: expect.stringContaining('Solo plan allows 1 coaching seat'),
        },
      ],
    });
  });

  it('refuses the customer portal before any plan was chosen', async () => {
    const result = await api.graphql(OPEN_PORTAL, {}, owner);
    expect(result.errors?.[0].extensions).toEqual({ code: 'CONFLICT', problem: 'NO_SUBSCRIPTION' });
    expect(await billingRow(api.database.ownerUrl, org.id)).toBeUndefined();
  });

  it('starts Checkout for Practice billing one seat per coach, the trial carried over', async () => {
    const result = await api.graphql<{ startCheckout: { url: string } }>(
      START_CHECKOUT,
      { input: { plan: 'PRACTICE' } },
      owner,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.startCheckout.url).toMatch(new RegExp(`^${standIn.url}/checkout/cs_test_`));

    const [customer] = standIn.writes('/v1/customers');
    expect(customer).toMatchObject({
      idempotencyKey: `customer:${org.id}`,
      params: { name: 'Harbour Practice', metadata: { organization_id: org.id } },
    });
    const [session] = standIn.writes('/v1/checkout/sessions');
    expect(session.idempotencyKey).toMatch(new RegExp(`^checkout:${org.id}:`));
    expect(session.params).toMatchObject({
      mode: 'subscription',
      client_reference_id: org.id,
      line_items: [{ price: STRIPE_TEST_PRICES.practice, quantity: '3' }],
      subscription_data: {
        metadata: { organization_id: org.id, plan: 'practice' },
        trial_end: expect.any(String),
      },
      success_url: 'http://127.0.0.1:3000/app/harbour/settings/billing?checkout=done',
      cancel_url: 'http://127.0.0.1:3000/app/harbour/settings/billing?checkout=canceled',
    });
  });

  it('keeps one Stripe customer however often checkout starts', async () => {
    await api.graphql(START_CHECKOUT, { input: { plan: 'AGENCY' } }, owner);
    expect(standIn.writes('/v1/customers')).toHaveLength(1);
    const sessions = standIn.writes('/v1/checkout/sessions');
    expect(sessions).toHaveLength(2);
    expect(new Set(sessions.map((session) => session.params.customer)).size).toBe(1);
  });

  it('opens the customer portal, coming back to the billing page', async () => {
    const result = await api.graphql<{ openBillingPortal: { url: string } }>(OPEN_PORTAL, {}, owner);
    expect(result.data!.openBillingPortal.url).toMatch(new RegExp(`^${standIn.url}/portal/bps_`));
    const [portal] = standIn.writes('/v1/billing_portal/sessions');
    expect(portal.idempotencyKey).toMatch(new RegExp(`^portal:${org.id}:`));
    expect(portal.params.return_url).toBe('http://127.0.0.1:3000/app/harbour/settings/billing');
  });

  describe('with a live Practice subscription', () => {
    let subscriptionId: string;

    beforeAll(async () => {
      const checkout = await api.graphql<{ startCheckout: { url: string } }>(
        START_CHECKOUT,
        { input: { plan: 'PRACTICE' } },
        owner,
      );
      const subscription = standIn.completeCheckout(checkout.data!.startCheckout.url.split('/').at(-1)!);
      subscriptionId = subscription.id;
      const answer = await postWebhook(
        api.url,
        standIn,
        standIn.event('customer.subscription.created', subscription),
      );
      expect(answer.body.outcome).toBe('processed');
    });

    it('shows the subscription and refuses a second checkout', async () => {
      const result = await api.graphql<{ billingOverview: Record<string, unknown> }>(OVERVIEW, {}, owner);
      expect(result.data!.billingOverview).toMatchObject({
        canSubscribe: false,
        canManage: true,
        entitlement: { access: 'FULL', reason: 'SUBSCRIBED' },
        subscription: { plan: 'PRACTICE', status: 'TRIALING', quantity: 3, cancelAtPeriodEnd: false },
      });
      const again = await api.graphql(START_CHECKOUT, { input: { plan: 'AGENCY' } }, owner);
      expect(again.errors?.[0].extensions).toEqual({ code: 'CONFLICT', problem: 'ALREADY_SUBSCRIBED' });
    });

    it('updates the seat quantity once when a coach leaves, with an idempotency key', async () => {
      const members = await api.graphql<{ members: { edges: { node: { id: string; email: string } }[] } }>(
        '{ members(first: 10) { edges { node { id email } } } }',
        {},
        owner,
      );
      const coach2 = members.data!.members.edges.find((edge) => edge.node.email === 'coach2@harbour.test')!;
      const disabled = await api.graphql(
        SET_STATUS,
        { input: { memberId: coach2.node.id, status: 'DISABLED' } },
        owner,
      );
      expect(disabled.errors).toBeUndefined();

      const itemUpdates = () => standIn.writes('/v1/subscription_items/');
      const [update] = await eventually(() => {
        expect(itemUpdates()).toHaveLength(1);
        return itemUpdates();
      });
      const itemId = standIn.subscription(subscriptionId).items.data[0].id;
      expect(update).toMatchObject({
        path: `/v1/subscription_items/${itemId}`,
        idempotencyKey: `seats:${itemId}:1:2`,
        params: { quantity: '2', proration_behavior: 'create_prorations' },
      });
      expect(standIn.subscription(subscriptionId).items.data[0].quantity).toBe(2);
      expect(await billingRow(api.database.ownerUrl, org.id)).toMatchObject({ quantity: 2 });

      // Nothing moved since: another sync sends nothing.
      expect(await api.app.get(SeatSyncService).sync(org.id)).toBeNull();
      expect(itemUpdates()).toHaveLength(1);
    });

    it('sends one update for concurrent syncs of the same change', async () => {
      await asOwnerIn(
        api.database.ownerUrl,
        org.id,
        `UPDATE memberships SET status = 'active' WHERE organization_id = $1`,
        [org.id],
      );
      const seats = api.app.get(SeatSyncService);
      const sent = await Promise.all(Array.from({ length: 5 }, () => seats.sync(org.id)));
      expect(sent.filter((quantity) => quantity !== null)).toEqual([3]);
      expect(standIn.writes('/v1/subscription_items/').map((write) => write.params.quantity)).toEqual([
        '2',
        '3',
      ]);
    });
  });

  it('bills an agency per active candidate, following creates and archiving', async () => {
    const agency = await insertOrganization(api.database.ownerUrl, {
      name: 'Talent Bridge',
      slug: 'talent-bridge',
      kind: 'staffing_agency',
      members: [{ email: 'owner@bridge.test', role: 'owner' }],
    });
    const agencyOwner = asMember(
      await sessionTokenFor(api.database.ownerUrl, agency.userIds['owner@bridge.test'], TEST_AUTH_SECRET),
      'talent-bridge',
    );
    await asOwnerIn(
      api.database.ownerUrl,
      agency.id,
      `INSERT INTO clients (organization_id, name) VALUES ($1, 'First candidate')`,
      [agency.id],
    );
    const checkout = await api.graphql<{ startCheckout: { url: string } }>(
      START_CHECKOUT,
      { input: { plan: 'AGENCY' } },
      agencyOwner,
    );
    const subscription = standIn.completeCheckout(checkout.data!.startCheckout.url.split('/').at(-1)!);
    await postWebhook(api.url, standIn, standIn.event('customer.subscription.created', subscription));
    const itemPath = `/v1/subscription_items/${subscription.items.data[0].id}`;
    const quantities = () => standIn.writes(itemPath).map((write) => write.params.quantity);

    const created = await api.graphql<{ createClient: { id: string } }>(
      'mutation($input: CreateClientInput!) { createClient(input: $input) { id } }',
      { input: { name: 'Second candidate' } },
      agencyOwner,
    );
    expect(created.errors).toBeUndefined();
    await eventually(() => expect(quantities()).toEqual(['2']));

    const archived = await api.graphql(
      'mutation($input: UpdateClientInput!) { updateClient(input: $input) { status } }',
      { input: { id: created.data!.createClient.id, version: 1, status: 'ARCHIVED' } },
      agencyOwner,
    );
    expect(archived.errors).toBeUndefined();
    await eventually(() => expect(quantities()).toEqual(['2', '1']));
    expect(await billingRow(api.database.ownerUrl, agency.id)).toMatchObject({ plan: 'agency', quantity: 1 });
  });

  it('has the inviting owner of a Solo organization hit the coaching-seat limit by name', async () => {
    const solo = await insertOrganization(api.database.ownerUrl, {
      name: 'Solo Coach',
      slug: 'solo-coach',
      members: [
        { email: 'owner@solo.test', role: 'owner' },
        { email: 'member@solo.test', role: 'client' },
      ],
    });
    const soloOwner = asMember(
      await sessionTokenFor(api.database.ownerUrl, solo.userIds['owner@solo.test'], TEST_AUTH_SECRET),
      'solo-coach',
    );
    const checkout = await api.graphql<{ startCheckout: { url: string } }>(
      START_CHECKOUT,
      { input: { plan: 'SOLO' } },
      soloOwner,
    );
    const subscription = standIn.completeCheckout(checkout.data!.startCheckout.url.split('/').at(-1)!);
    await postWebhook(api.url, standIn, standIn.event('customer.subscription.created', subscription));

    const refused = await api.graphql(
      INVITE,
      { input: { email: 'second@solo.test', role: 'COACH' } },
      soloOwner,
    );
    expect(refused.errors?.[0].extensions).toEqual({
      code: 'PAYMENT_REQUIRED',
      fields: [
        {
          path: 'input.role',
          code: 'COACHING_SEATS_TAKEN',
          params: { plan: 'Solo', limit: 1 },
          message:
            'The Solo plan includes 1 coaching seat (owners, admins and coaches), and it is taken. Choose the Practice plan on the billing page to add people who coach.',
        },
      ],
    });

    const members = await api.graphql<{ members: { edges: { node: { id: string; email: string } }[] } }>(
      '{ members(first: 10) { edges { node { id email } } } }',
      {},
      soloOwner,
    );
    const memberId = members.data!.members.edges.find((edge) => edge.node.email === 'member@solo.test')!.node
      .id;
    const promoted = await api.graphql(
      'mutation($input: ChangeMemberRoleInput!) { changeMemberRole(input: $input) { role } }',
      { input: { memberId, role: 'ADMIN' } },
      soloOwner,
    );
    expect(promoted.errors?.[0].extensions).toEqual({
      code: 'PAYMENT_REQUIRED',
      fields: [
        {
          path: 'input.role',
          code: 'COACHING_SEATS_TAKEN',
          params: { plan: 'Solo', limit: 1 },
          message: expect.stringContaining('1 coaching seat'),
        },
      ],
    });

    // 24 active clients and one open invitation fill the 25 client places.
    await asOwnerIn(
      api.database.ownerUrl,
      solo.id,
      `INSERT INTO clients (organization_id, name) SELECT $1, 'Client ' || n FROM generate_series(1, 24) n`,
      [solo.id],
    );
    const last = await api.graphql(
      INVITE,
      { input: { email: 'client25@solo.test', role: 'CLIENT' } },
      soloOwner,
    );
    expect(last.errors).toBeUndefined();
    const over = await api.graphql(
      INVITE,
      { input: { email: 'client26@solo.test', role: 'CLIENT' } },
      soloOwner,
    );
    expect(over.errors?.[0].extensions).toEqual({
      code: 'PAYMENT_REQUIRED',
      fields: [
        {
          path: 'input.role',
          code: 'ACTIVE_CLIENT_LIMIT',
          params: { plan: 'Solo', limit: 25 },
          message: expect.stringContaining('up to 25 active clients'),
        },
      ],
    });
    expect(over.errors?.[0].message).toBe(
      'The Solo plan includes up to 25 active clients, counting open invitations, and that limit is reached. Archive a client, or choose the Practice plan on the billing page.',
    );
    const created = await api.graphql(
      'mutation($input: CreateClientInput!) { createClient(input: $input) { id } }',
      { input: { name: 'One too many' } },
      soloOwner,
    );
    expect(created.errors?.[0].extensions).toEqual({
      code: 'PAYMENT_REQUIRED',
      fields: [
        {
          path: 'input',
          code: 'ACTIVE_CLIENT_LIMIT',
          params: { plan: 'Solo', limit: 25 },
          message: expect.stringContaining('up to 25 active clients'),
        },
      ],
    });

    const archivedId = '6f1c2a57-5d0e-4a83-9a51-8f1f0a0b9c11';
    await asOwnerIn(
      api.database.ownerUrl,
      solo.id,
      `INSERT INTO clients (organization_id, id, name, status) VALUES ($1, $2, 'Archived', 'archived')`,
      [solo.id, archivedId],
    );
    const reactivated = await api.graphql(
      'mutation($input: UpdateClientInput!) { updateClient(input: $input) { status } }',
      { input: { id: archivedId, version: 1, status: 'ACTIVE' } },
      soloOwner,
    );
    expect(reactivated.errors?.[0].extensions).toEqual({
      code: 'PAYMENT_REQUIRED',
      fields: [
        {
          path: 'input.status',
          code: 'ACTIVE_CLIENT_LIMIT',
          params: { plan: 'Solo', limit: 25 },
          message: expect.stringContaining('up to 25 active clients'),
        },
      ],
    });
  });
});
