import Stripe from 'stripe';
import { parseStripeForm, StripeStandIn } from './stripe-stand-in.js';

describe('parseStripeForm', () => {
  it('reads nested objects and arrays as the SDK encodes them', () => {
    expect(
      parseStripeForm(
        'mode=subscription&line_items[0][price]=p&line_items[0][quantity]=3&subscription_data[metadata][plan]=solo',
      ),
    ).toEqual({
      mode: 'subscription',
      line_items: [{ price: 'p', quantity: '3' }],
      subscription_data: { metadata: { plan: 'solo' } },
    });
  });
});

describe('StripeStandIn with the real SDK', () => {
  let standIn: StripeStandIn;
  let stripe: Stripe;

  beforeAll(async () => {
    standIn = await StripeStandIn.start();
    const { hostname, port } = new URL(standIn.url);
    stripe = new Stripe('sk_test_x', {
      host: hostname,
      port,
      protocol: 'http',
      maxNetworkRetries: 0,
      telemetry: false,
    });
  });
  afterAll(() => standIn.close());

  it('replays the answer to a repeated idempotency key and refuses it with other parameters', async () => {
    const first = await stripe.customers.create({ name: 'A' }, { idempotencyKey: 'k1' });
    const again = await stripe.customers.create({ name: 'A' }, { idempotencyKey: 'k1' });
    expect(again.id).toBe(first.id);
    await expect(stripe.customers.create({ name: 'B' }, { idempotencyKey: 'k1' })).rejects.toThrow(
      /same parameters/,
    );
    expect(standIn.writes('/v1/customers').map((write) => write.idempotencyKey)).toEqual(['k1', 'k1', 'k1']);
  });

  it('turns a completed checkout into a subscription the SDK can read and change', async () => {
    const customer = await stripe.customers.create({ name: 'C' }, { idempotencyKey: 'k2' });
    const session = await stripe.checkout.sessions.create(
      {
        mode: 'subscription',
        customer: customer.id,
        line_items: [{ price: 'price_x', quantity: 2 }],
        success_url: 'http://x/done',
        cancel_url: 'http://x/canceled',
      },
      { idempotencyKey: 'k3' },
    );
    expect(session.url).toBe(`${standIn.url}/checkout/${session.id}`);
    const made = standIn.completeCheckout(session.id);
    const read = await stripe.subscriptions.retrieve(made.id);
    expect(read).toMatchObject({ status: 'active', customer: customer.id });
    await stripe.subscriptionItems.update(read.items.data[0].id, { quantity: 5 }, { idempotencyKey: 'k4' });
    expect(standIn.subscription(made.id).items.data[0].quantity).toBe(5);
  });

  it('signs events the SDK verifies', () => {
    const payload = standIn.event('invoice.paid', { id: 'in_1' });
    const event = stripe.webhooks.constructEvent(payload, standIn.signature(payload, 'whsec_a'), 'whsec_a');
    expect(event.type).toBe('invoice.paid');
    expect(() =>
      stripe.webhooks.constructEvent(payload, standIn.signature(payload, 'whsec_b'), 'whsec_a'),
    ).toThrow(/signature/i);
  });
});
