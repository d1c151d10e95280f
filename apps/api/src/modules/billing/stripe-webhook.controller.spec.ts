import { withClient } from '@rebound/dev-postgres';
import { StripeStandIn, type StandInSubscription } from '@rebound/testing';
import { asMember, insertOrganization, SeededOrganization, sessionTokenFor } from '../../../test/fixtures.js';
import { startTestApi, TEST_AUTH_SECRET, TestApi } from '../../../test/test-api.js';
import {
  billingRow,
  postWebhook,
  STRIPE_TEST_PRICES,
  STRIPE_WEBHOOK_SECRET,
  stripeEnv,
} from '../../../test/billing-fixture.js';

const START_CHECKOUT = `mutation($input: StartCheckoutInput!) { startCheckout(input: $input) { url } }`;

describe('Stripe webhook', () => {
  let standIn: StripeStandIn;
  let api: TestApi;

  beforeAll(async () => {
    standIn = await StripeStandIn.start();
    api = await startTestApi(stripeEnv(standIn));
  });
  afterAll(async () => {
    await api.close();
    await standIn.close();
  });

  /** An organization whose owner went through checkout for `plan`; Stripe now holds its subscription. */
  async function subscribedOrganization(
    slug: string,
    plan: 'SOLO' | 'PRACTICE' | 'AGENCY' = 'PRACTICE',
  ): Promise<{ org: SeededOrganization; subscription: StandInSubscription; sessionId: string }> {
    const org = await insertOrganization(api.database.ownerUrl, {
      name: `Org ${slug}`,
      slug,
      members: [{ email: `owner@${slug}.test`, role: 'owner' }],
    });
    const owner = asMember(
      await sessionTokenFor(api.database.ownerUrl, org.userIds[`owner@${slug}.test`], TEST_AUTH_SECRET),
      slug,
    );
    const started = await api.graphql<{ startCheckout: { url: string } }>(
      START_CHECKOUT,
      { input: { plan } },
      owner,
    );
    expect(started.errors).toBeUndefined();
    const sessionId = started.data!.startCheckout.url.split('/').at(-1)!;
    return { org, subscription: standIn.completeCheckout(sessionId), sessionId };
  }

  const eventCount = (eventId: string) =>
    withClient(api.database.ownerUrl, async (client) => {
      const { rows } = await client.query<{ count: number }>(
        'SELECT count(*)::int AS count FROM stripe_events WHERE id = $1',
        [eventId],
      );
      return rows[0].count;
    });

  const retrievals = (subscriptionId: string) =>
    standIn.requests.filter(
      (request) => request.method === 'GET' && request.path === `/v1/subscriptions/${subscriptionId}`,
    ).length;

  it('applies a completed checkout: the organization holds the subscription Stripe made', async () => {
    const { org, subscription, sessionId } = await subscribedOrganization('webhook-checkout');
    const answer = await postWebhook(
      api.url,
      standIn,
      standIn.event('checkout.session.completed', {
        id: sessionId,
        object: 'checkout.session',
        customer: subscription.customer,
        subscription: subscription.id,
        client_reference_id: org.id,
      }),
    );
    expect(answer).toEqual({ status: 200, body: { received: true, outcome: 'processed' } });
    expect(await billingRow(api.database.ownerUrl, org.id)).toMatchObject({
      stripe_subscription_id: subscription.id,
      plan: 'practice',
      status: 'trialing',
      quantity: 1,
      cancel_at_period_end: false,
    });
  });

  it('turns the same event delivered 100 times at once into exactly one change', async () => {
    const { org, subscription } = await subscribedOrganization('webhook-hundred');
    const current = standIn.updateSubscription(subscription.id, {
      status: 'active',
      cancelAtPeriodEnd: true,
    });
    const payload = standIn.event('customer.subscription.updated', current);
    const eventId = JSON.parse(payload).id as string;
    const before = retrievals(subscription.id);

    const answers = await Promise.all(
      Array.from({ length: 100 }, () => postWebhook(api.url, standIn, payload)),
    );

    expect(answers.map((answer) => answer.status)).toEqual(Array(100).fill(200));
    const outcomes = answers.map((answer) => answer.body.outcome);
    expect(outcomes.filter((outcome) => outcome === 'processed')).toHaveLength(1);
    expect(outcomes.filter((outcome) => outcome === 'duplicate')).toHaveLength(99);
    expect(retrievals(subscription.id) - before).toBe(1);
    expect(await eventCount(eventId)).toBe(1);
    expect(await billingRow(api.database.ownerUrl, org.id)).toMatchObject({
      status: 'active',
      cancel_at_period_end: true,
    });
  });

  it('ends in Stripe’s current state when "updated" arrives before "created"', async () => {
    const { org, subscription: created } = await subscribedOrganization('webhook-order');
    // The owner moved to the Agency plan in the customer portal.
    const updated = standIn.updateSubscription(created.id, {
      status: 'active',
      price: STRIPE_TEST_PRICES.agency,
    });

    await postWebhook(api.url, standIn, standIn.event('customer.subscription.updated', updated));
    const late = await postWebhook(api.url, standIn, standIn.event('customer.subscription.created', created));

    expect(late.body.outcome).toBe('processed');
    expect(await billingRow(api.database.ownerUrl, org.id)).toMatchObject({
      stripe_subscription_id: created.id,
      status: 'active',
      plan: 'agency',
    });
  });

  it('ends in Stripe’s current state when a stale update comes after a newer one', async () => {
    const { org, subscription } = await subscribedOrganization('webhook-stale');
    const older = standIn.updateSubscription(subscription.id, { status: 'active', cancelAtPeriodEnd: true });
    const olderEvent = standIn.event('customer.subscription.updated', older, {
      created: Math.floor(Date.now() / 1000) - 60,
    });
    const newer = standIn.updateSubscription(subscription.id, {
      status: 'past_due',
      cancelAtPeriodEnd: false,
    });

    await postWebhook(api.url, standIn, standIn.event('customer.subscription.updated', newer));
    await postWebhook(api.url, standIn, olderEvent);

    const row = await billingRow(api.database.ownerUrl, org.id);
    expect(row).toMatchObject({ status: 'past_due', cancel_at_period_end: false });
    expect(row!.past_due_since).toBeInstanceOf(Date);
  });

  it('follows invoices: a failed payment makes the subscription past due, a paid one active again', async () => {
    const { org, subscription } = await subscribedOrganization('webhook-invoices');
    const invoice = (status: string) => ({
      id: `in_${status}`,
      object: 'invoice',
      customer: subscription.customer,
      parent: { type: 'subscription_details', subscription_details: { subscription: subscription.id } },
    });

    standIn.updateSubscription(subscription.id, { status: 'past_due' });
    await postWebhook(api.url, standIn, standIn.event('invoice.payment_failed', invoice('failed')));
    expect(await billingRow(api.database.ownerUrl, org.id)).toMatchObject({ status: 'past_due' });

    standIn.updateSubscription(subscription.id, { status: 'active' });
    await postWebhook(api.url, standIn, standIn.event('invoice.paid', invoice('paid')));
    expect(await billingRow(api.database.ownerUrl, org.id)).toMatchObject({
      status: 'active',
      past_due_since: null,
    });

    const deleted = standIn.updateSubscription(subscription.id, { status: 'canceled' });
    await postWebhook(api.url, standIn, standIn.event('customer.subscription.deleted', deleted));
    expect(await billingRow(api.database.ownerUrl, org.id)).toMatchObject({ status: 'canceled' });
  });

  it('keeps one live subscription per organization; a new one takes over only once the old one ended', async () => {
    const { org, subscription: first } = await subscribedOrganization('webhook-one-live');
    await postWebhook(api.url, standIn, standIn.event('customer.subscription.created', first));
    const second = standIn.createSubscription({
      customer: first.customer,
      price: STRIPE_TEST_PRICES.agency,
      quantity: 1,
    });

    await postWebhook(api.url, standIn, standIn.event('customer.subscription.created', second));
    expect(await billingRow(api.database.ownerUrl, org.id)).toMatchObject({
      stripe_subscription_id: first.id,
      plan: 'practice',
    });

    const ended = standIn.updateSubscription(first.id, { status: 'canceled' });
    await postWebhook(api.url, standIn, standIn.event('customer.subscription.deleted', ended));
    await postWebhook(api.url, standIn, standIn.event('customer.subscription.updated', second));
    expect(await billingRow(api.database.ownerUrl, org.id)).toMatchObject({
      stripe_subscription_id: second.id,
      plan: 'agency',
      status: 'active',
    });
  });

  it('ignores subscriptions of customers that are not ours', async () => {
    const stranger = standIn.createSubscription({
      customer: 'cus_someone_else',
      price: STRIPE_TEST_PRICES.solo,
      quantity: 1,
    });
    const before = retrievals(stranger.id);
    const answer = await postWebhook(
      api.url,
      standIn,
      standIn.event('customer.subscription.created', stranger),
    );
    expect(answer.body.outcome).toBe('processed');
    expect(retrievals(stranger.id)).toBe(before);
  });

  describe('refusals', () => {
    let org: SeededOrganization;
    let subscription: StandInSubscription;

    beforeAll(async () => {
      ({ org, subscription } = await subscribedOrganization('webhook-refusals'));
      standIn.updateSubscription(subscription.id, { status: 'canceled' });
    });

    async function expectNoEffect(answer: Promise<{ status: number }>, status: number, eventId: string) {
      const rowBefore = await billingRow(api.database.ownerUrl, org.id);
      const retrievalsBefore = retrievals(subscription.id);
      expect((await answer).status).toBe(status);
      expect(await eventCount(eventId)).toBe(0);
      expect(retrievals(subscription.id)).toBe(retrievalsBefore);
      expect(await billingRow(api.database.ownerUrl, org.id)).toEqual(rowBefore);
    }

    const event = (type = 'customer.subscription.deleted') =>
      standIn.event(type, standIn.subscription(subscription.id));
    const idOf = (payload: string) => JSON.parse(payload).id as string;

    it('answers 400 to a signature made with another secret', async () => {
      const payload = event();
      const forged = standIn.signature(payload, 'whsec_someone_else');
      await expectNoEffect(postWebhook(api.url, standIn, payload, forged), 400, idOf(payload));
    });

    it('answers 400 to a body changed after signing', async () => {
      const payload = event();
      const signature = standIn.signature(payload, STRIPE_WEBHOOK_SECRET);
      const tampered = payload.replace('"canceled"', '"active"');
      await expectNoEffect(postWebhook(api.url, standIn, tampered, signature), 400, idOf(payload));
    });

    it('answers 400 to a signature older than five minutes', async () => {
      const payload = event();
      const old = standIn.signature(payload, STRIPE_WEBHOOK_SECRET, Math.floor(Date.now() / 1000) - 301);
      await expectNoEffect(postWebhook(api.url, standIn, payload, old), 400, idOf(payload));
    });

    it('answers 400 without a signature header', async () => {
      const payload = event();
      const answer = fetch(`${api.url}/webhooks/stripe`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: payload,
      });
      await expectNoEffect(answer, 400, idOf(payload));
    });

    it('acknowledges an event type outside the allowlist and does nothing with it', async () => {
      const payload = event('customer.subscription.paused_for_testing');
      const answer = postWebhook(api.url, standIn, payload);
      await expectNoEffect(answer, 200, idOf(payload));
      expect((await answer).body).toEqual({ received: true, outcome: 'ignored' });
    });
  });

  it('sends an idempotency key with every write call to Stripe', () => {
    const writes = standIn.writes();
    expect(writes.length).toBeGreaterThan(10);
    expect(writes.filter((write) => !write.idempotencyKey)).toEqual([]);
    expect(standIn.writes('/v1/checkout/sessions')[0].params).toMatchObject({
      mode: 'subscription',
      line_items: [{ price: STRIPE_TEST_PRICES.practice, quantity: '1' }],
    });
  });
});
