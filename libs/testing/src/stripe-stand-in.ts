import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Stripe from 'stripe';

/** One call the SDK made, as the stand-in received it. */
export interface StandInRequest {
  method: string;
  path: string;
  idempotencyKey: string | undefined;
  params: Record<string, unknown>;
}

export interface StandInSubscription {
  id: string;
  object: 'subscription';
  customer: string;
  status: string;
  cancel_at_period_end: boolean;
  trial_end: number | null;
  created: number;
  metadata: Record<string, string>;
  items: {
    object: 'list';
    data: {
      id: string;
      object: 'subscription_item';
      price: { id: string };
      quantity: number;
      current_period_end: number;
    }[];
  };
}

interface CheckoutSession {
  id: string;
  object: 'checkout.session';
  mode: string;
  url: string;
  customer: string;
  client_reference_id: string | null;
  subscription: string | null;
  status: 'open' | 'complete';
  metadata: Record<string, string>;
  lineItems: { price: string; quantity: number }[];
  trialEnd: number | null;
  subscriptionMetadata: Record<string, string>;
}

class StandInError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly type = 'invalid_request_error',
  ) {
    super(message);
  }
}

const DAY_SECONDS = 24 * 60 * 60;
const id = (prefix: string) => `${prefix}_${randomBytes(10).toString('hex')}`;
const nowSeconds = () => Math.floor(Date.now() / 1000);

/** Reads Stripe's form encoding (`line_items[0][price]=…`) into nested objects and arrays. */
export function parseStripeForm(body: string): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(body)) {
    const path = key.split(/\[|\]\[|\]/).filter((part) => part !== '');
    let node: Record<string, unknown> | unknown[] = root;
    path.forEach((part, index) => {
      const last = index === path.length - 1;
      const container = node as Record<string, unknown>;
      if (last) {
        container[part] = value;
        return;
      }
      container[part] ??= /^\d+$/.test(path[index + 1]) ? [] : {};
      node = container[part] as Record<string, unknown>;
    });
  }
  return root;
}

/**
 * A local stand-in for the few Stripe API endpoints Rebound calls (customers, checkout sessions,
 * portal sessions, subscriptions, subscription items), so tests run the real `stripe` SDK offline.
 * It keeps state in memory, replays answers for a repeated idempotency key as Stripe does, logs every
 * request, and lets tests play Stripe's side: complete a checkout, change a subscription, sign events.
 */
export class StripeStandIn {
  readonly requests: StandInRequest[] = [];
  private readonly customers = new Map<
    string,
    { id: string; object: 'customer'; metadata: Record<string, string> }
  >();
  private readonly sessions = new Map<string, CheckoutSession>();
  private readonly subscriptions = new Map<string, StandInSubscription>();
  private readonly replies = new Map<string, { params: string; status: number; body: unknown }>();
  private readonly signer = new Stripe('sk_test_stand_in');

  private constructor(
    private readonly server: Server,
    readonly url: string,
  ) {}

  static async start(port = 0): Promise<StripeStandIn> {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
    const address = server.address() as AddressInfo;
    const standIn = new StripeStandIn(server, `http://127.0.0.1:${address.port}`);
    server.on('request', (req: IncomingMessage, res: ServerResponse) => void standIn.handle(req, res));
    return standIn;
  }

  close(): Promise<void> {
    return new Promise((resolve, reject) =>
      this.server.close((error) => (error ? reject(error) : resolve())),
    );
  }

  /** Write calls (POST) the SDK made, optionally to one path prefix. */
  writes(pathPrefix = '/v1/'): StandInRequest[] {
    return this.requests.filter(
      (request) => request.method === 'POST' && request.path.startsWith(pathPrefix),
    );
  }

  checkoutSession(sessionId: string): CheckoutSession {
    const session = this.sessions.get(sessionId);
    if (!session) throw new Error(`No checkout session ${sessionId}`);
    return session;
  }

  subscription(subscriptionId: string): StandInSubscription {
    const subscription = this.subscriptions.get(subscriptionId);
    if (!subscription) throw new Error(`No subscription ${subscriptionId}`);
    return structuredClone(subscription);
  }

  /** The customer pays (or starts the trial) on the checkout page: the session makes its subscription. */
  completeCheckout(sessionId: string): StandInSubscription {
    const session = this.checkoutSession(sessionId);
    const [line] = session.lineItems;
    const subscription = this.createSubscription({
      customer: session.customer,
      price: line.price,
      quantity: line.quantity,
      trialEnd: session.trialEnd,
      metadata: session.subscriptionMetadata,
    });
    session.subscription = subscription.id;
    session.status = 'complete';
    return subscription;
  }

  /** A subscription made outside Checkout (say, by hand in Stripe's dashboard). */
  createSubscription(options: {
    customer: string;
    price: string;
    quantity: number;
    trialEnd?: number | null;
    metadata?: Record<string, string>;
  }): StandInSubscription {
    const trialEnd = options.trialEnd ?? null;
    const subscription: StandInSubscription = {
      id: id('sub'),
      object: 'subscription',
      customer: options.customer,
      status: trialEnd ? 'trialing' : 'active',
      cancel_at_period_end: false,
      trial_end: trialEnd,
      created: nowSeconds(),
      metadata: options.metadata ?? {},
      items: {
        object: 'list',
        data: [
          {
            id: id('si'),
            object: 'subscription_item',
            price: { id: options.price },
            quantity: options.quantity,
            current_period_end: trialEnd ?? nowSeconds() + 30 * DAY_SECONDS,
          },
        ],
      },
    };
    this.subscriptions.set(subscription.id, subscription);
    return structuredClone(subscription);
  }

  /** What Stripe itself changes: a failed renewal, a cancellation, a change made in the portal. */
  updateSubscription(
    subscriptionId: string,
    change: { status?: string; quantity?: number; price?: string; cancelAtPeriodEnd?: boolean },
  ): StandInSubscription {
    const subscription = this.subscriptions.get(subscriptionId);
    if (!subscription) throw new Error(`No subscription ${subscriptionId}`);
    if (change.status) subscription.status = change.status;
    if (change.cancelAtPeriodEnd !== undefined) subscription.cancel_at_period_end = change.cancelAtPeriodEnd;
    const [item] = subscription.items.data;
    if (change.quantity !== undefined) item.quantity = change.quantity;
    if (change.price) item.price = { id: change.price };
    return structuredClone(subscription);
  }

  /** An event as Stripe would post it to the webhook endpoint. */
  event(type: string, object: unknown, options: { id?: string; created?: number } = {}): string {
    return JSON.stringify({
      id: options.id ?? id('evt'),
      object: 'event',
      api_version: Stripe.API_VERSION,
      created: options.created ?? nowSeconds(),
      livemode: false,
      type,
      data: { object },
    });
  }

  /** The `Stripe-Signature` header for a payload, from the SDK's own test helper. */
  signature(payload: string, secret: string, timestamp = nowSeconds()): string {
    return this.signer.webhooks.generateTestHeaderString({ payload, secret, timestamp });
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const url = new URL(req.url ?? '/', this.url);
    const method = req.method ?? 'GET';
    const params =
      method === 'GET'
        ? Object.fromEntries(url.searchParams)
        : parseStripeForm(Buffer.concat(chunks).toString('utf8'));
    const idempotencyKey = req.headers['idempotency-key'] as string | undefined;
    this.requests.push({ method, path: url.pathname, idempotencyKey, params });

    if (method === 'GET' && /^\/(checkout|portal)\//.test(url.pathname)) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(`<!doctype html><title>Stripe stand-in</title><h1>Stripe stand-in: ${url.pathname}</h1>`);
      return;
    }

    const replyKey = idempotencyKey && `${method} ${url.pathname} ${idempotencyKey}`;
    const previous = replyKey ? this.replies.get(replyKey) : undefined;
    if (previous) {
      if (previous.params !== JSON.stringify(params)) {
        this.reply(res, 400, {
          error: {
            type: 'idempotency_error',
            message: 'Keys for idempotent requests can only be used with the same parameters.',
          },
        });
        return;
      }
      this.reply(res, previous.status, previous.body, { 'idempotent-replayed': 'true' });
      return;
    }
    let status = 200;
    let body: unknown;
    try {
      if (!(req.headers.authorization ?? '').startsWith('Bearer sk_')) {
        throw new StandInError(401, 'Invalid API Key provided', 'authentication_error');
      }
      body = this.route(method, url.pathname, params);
    } catch (error) {
      if (!(error instanceof StandInError)) throw error;
      status = error.status;
      body = { error: { type: error.type, message: error.message } };
    }
    if (replyKey && method === 'POST')
      this.replies.set(replyKey, { params: JSON.stringify(params), status, body });
    this.reply(res, status, body);
  }

  private reply(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
    res.writeHead(status, { 'content-type': 'application/json', 'request-id': id('req'), ...headers });
    res.end(JSON.stringify(body));
  }

  private route(method: string, path: string, params: Record<string, unknown>): unknown {
    const text = (name: string) => (typeof params[name] === 'string' ? (params[name] as string) : null);
    const record = (value: unknown) =>
      value && typeof value === 'object' ? (value as Record<string, string>) : {};
    let match: RegExpExecArray | null;

    if (method === 'POST' && path === '/v1/customers') {
      const customer = { id: id('cus'), object: 'customer' as const, metadata: record(params.metadata) };
      this.customers.set(customer.id, customer);
      return customer;
    }
    if (method === 'POST' && path === '/v1/checkout/sessions') {
      const customer = text('customer');
      if (!customer || !this.customers.has(customer)) throw new StandInError(400, 'No such customer');
      const items = (params.line_items as { price: string; quantity: string }[] | undefined) ?? [];
      if (items.length !== 1) throw new StandInError(400, 'Exactly one line item is supported');
      const subscriptionData = record(params.subscription_data);
      const trialEnd = subscriptionData.trial_end ? Number(subscriptionData.trial_end) : null;
      if (trialEnd !== null && trialEnd < nowSeconds() + 2 * DAY_SECONDS) {
        throw new StandInError(400, 'trial_end must be at least 48 hours in the future');
      }
      const sessionId = id('cs_test');
      const session: CheckoutSession = {
        id: sessionId,
        object: 'checkout.session',
        mode: text('mode') ?? 'payment',
        url: `${this.url}/checkout/${sessionId}`,
        customer,
        client_reference_id: text('client_reference_id'),
        subscription: null,
        status: 'open',
        metadata: record(params.metadata),
        lineItems: items.map((item) => ({ price: item.price, quantity: Number(item.quantity ?? 1) })),
        trialEnd,
        subscriptionMetadata: record(subscriptionData.metadata),
      };
      this.sessions.set(sessionId, session);
      return this.publicSession(session);
    }
    if (method === 'POST' && path === '/v1/billing_portal/sessions') {
      const customer = text('customer');
      if (!customer || !this.customers.has(customer)) throw new StandInError(400, 'No such customer');
      const sessionId = id('bps');
      return {
        id: sessionId,
        object: 'billing_portal.session',
        customer,
        return_url: text('return_url'),
        url: `${this.url}/portal/${sessionId}`,
      };
    }
    if (method === 'GET' && (match = /^\/v1\/subscriptions\/([\w-]+)$/.exec(path))) {
      const subscription = this.subscriptions.get(match[1]);
      if (!subscription) throw new StandInError(404, `No such subscription: '${match[1]}'`);
      return subscription;
    }
    if (method === 'POST' && (match = /^\/v1\/subscription_items\/([\w-]+)$/.exec(path))) {
      const subscription = [...this.subscriptions.values()].find((candidate) =>
        candidate.items.data.some((item) => item.id === match![1]),
      );
      if (!subscription) throw new StandInError(404, `No such subscription item: '${match[1]}'`);
      const item = subscription.items.data.find((candidate) => candidate.id === match![1])!;
      if (params.quantity !== undefined) item.quantity = Number(params.quantity);
      return item;
    }
    throw new StandInError(404, `Unrecognized request URL (${method}: ${path})`);
  }

  private publicSession(session: CheckoutSession) {
    const { lineItems: _lineItems, trialEnd: _trialEnd, subscriptionMetadata: _metadata, ...rest } = session;
    return rest;
  }
}
