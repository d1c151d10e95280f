import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createSessionCookie } from '~/auth/session.server';
import { runWithClientAddress } from '../../server/client-address';
import { ApiError, graphqlRequest } from './client.server';
import { graphql } from './generated';

// A real HTTP server stands in for the API: the test sees exactly what goes over the wire.
interface Seen {
  method?: string;
  url?: string;
  headers: IncomingHttpHeaders;
  body: { query?: string; variables?: Record<string, unknown> };
}

const OrganizationQuery = graphql(`
  query PublicOrganization($slug: String!) {
    organization(slug: $slug) {
      name
      slug
      kind
    }
  }
`);

let server: Server;
let seen: Seen[] = [];
let reply: { status: number; contentType: string; body: string } = { status: 200, contentType: '', body: '' };

function answer(status: number, json: unknown) {
  reply = { status, contentType: 'application/json', body: JSON.stringify(json) };
}

function incoming(headers: Record<string, string> = {}) {
  return new Request('http://127.0.0.1:3000/o/demo', { headers });
}

beforeAll(async () => {
  server = createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk: Buffer) => (raw += chunk.toString()));
    req.on('end', () => {
      seen.push({ method: req.method, url: req.url, headers: req.headers, body: JSON.parse(raw || '{}') });
      res.writeHead(reply.status, { 'content-type': reply.contentType }).end(reply.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  process.env.API_URL = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});

afterEach(() => {
  seen = [];
});

afterAll(async () => {
  delete process.env.API_URL;
  delete process.env.AUTH_SECRET;
  delete process.env.SERVICE_KEY;
  await new Promise((resolve) => server.close(resolve));
});

describe('graphqlRequest', () => {
  it('POSTs the printed document and variables as JSON and returns the data', async () => {
    const organization = { name: 'Demo Coaching', slug: 'demo', kind: 'COACHING_PRACTICE' };
    answer(200, { data: { organization } });

    await expect(
      graphqlRequest(OrganizationQuery, { slug: 'demo' }, { request: incoming() }),
    ).resolves.toEqual({
      organization,
    });

    expect(seen).toHaveLength(1);
    const [call] = seen;
    expect(call.method).toBe('POST');
    expect(call.url).toBe('/graphql');
    expect(call.headers['content-type']).toBe('application/json');
    expect(call.body.variables).toEqual({ slug: 'demo' });
    expect(call.body.query).toContain('query PublicOrganization($slug: String!)');
  });

  it('forwards the incoming x-request-id', async () => {
    answer(200, { data: { organization: { name: 'x', slug: 'x', kind: 'STAFFING_AGENCY' } } });
    await graphqlRequest(
      OrganizationQuery,
      { slug: 'x' },
      { request: incoming({ 'x-request-id': 'req-42' }) },
    );
    expect(seen[0].headers['x-request-id']).toBe('req-42');
  });

  it('says the query may read lagging data only when the page allows it', async () => {
    answer(200, { data: { organization: { name: 'x', slug: 'x', kind: 'STAFFING_AGENCY' } } });
    await graphqlRequest(OrganizationQuery, { slug: 'x' }, { request: incoming() });
    await graphqlRequest(OrganizationQuery, { slug: 'x' }, { request: incoming(), mayLag: true });
    expect(seen.map((call) => call.headers['x-rebound-reads'])).toEqual([undefined, 'may-lag']);
  });

  it('replaces an incoming request id that does not look like one', async () => {
    answer(200, { data: { organization: { name: 'x', slug: 'x', kind: 'STAFFING_AGENCY' } } });
    const forged = 'abc def ' + 'x'.repeat(200);
    await graphqlRequest(OrganizationQuery, { slug: 'x' }, { request: incoming({ 'x-request-id': forged }) });
    expect(seen[0].headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('puts the request id on errors so logs can be matched with the API', async () => {
    answer(200, { data: null, errors: [{ message: 'No', extensions: { code: 'FORBIDDEN' } }] });
    await expect(
      graphqlRequest(OrganizationQuery, { slug: 'x' }, { request: incoming({ 'x-request-id': 'req-43' }) }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN', requestId: 'req-43' });
  });

  it('makes up a request id when the incoming request has none', async () => {
    answer(200, { data: { organization: { name: 'x', slug: 'x', kind: 'STAFFING_AGENCY' } } });
    await graphqlRequest(OrganizationQuery, { slug: 'x' }, { request: incoming() });
    await graphqlRequest(OrganizationQuery, { slug: 'x' }, { request: incoming() });
    const [first, second] = seen.map((call) => call.headers['x-request-id']);
    expect(first).toMatch(/^[0-9a-f-]{36}$/);
    expect(second).toMatch(/^[0-9a-f-]{36}$/);
    expect(first).not.toBe(second);
  });

  it('throws an ApiError with the code and fields of the first GraphQL error', async () => {
    answer(200, {
      data: null,
      errors: [
        {
          message: 'No organization has this slug',
          extensions: {
            code: 'NOT_FOUND',
            fields: [{ path: 'slug', code: 'UNKNOWN_VALUE', message: 'Unknown' }],
          },
        },
      ],
    });
    const error = await graphqlRequest(OrganizationQuery, { slug: 'nope' }, { request: incoming() }).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      code: 'NOT_FOUND',
      fields: [{ path: 'slug', code: 'UNKNOWN_VALUE', params: {} }],
    });
  });

  it('reads GraphQL errors from a non-200 answer too', async () => {
    answer(400, {
      errors: [{ message: 'Cannot query field', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }],
    });
    await expect(
      graphqlRequest(OrganizationQuery, { slug: 'x' }, { request: incoming() }),
    ).rejects.toMatchObject({ code: 'INTERNAL_SERVER_ERROR' });
  });

  it('reports UNAVAILABLE when the answer is not GraphQL (e.g. a proxy error page)', async () => {
    reply = { status: 502, contentType: 'text/html', body: '<h1>Bad gateway</h1>' };
    await expect(
      graphqlRequest(OrganizationQuery, { slug: 'x' }, { request: incoming() }),
    ).rejects.toMatchObject({ name: 'ApiError', code: 'UNAVAILABLE' });
  });

  it('reports UNAVAILABLE when the API cannot be reached', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));

    const apiUrl = process.env.API_URL;
    process.env.API_URL = `http://127.0.0.1:${port}`;
    try {
      await expect(
        graphqlRequest(OrganizationQuery, { slug: 'x' }, { request: incoming() }),
      ).rejects.toMatchObject({ name: 'ApiError', code: 'UNAVAILABLE' });
    } finally {
      process.env.API_URL = apiUrl;
    }
  });
});

describe('graphqlRequest identity headers', () => {
  const organization = { name: 'x', slug: 'x', kind: 'STAFFING_AGENCY' };

  beforeAll(() => {
    process.env.AUTH_SECRET = 'a-test-secret-that-is-long-enough-for-auth-js';
    process.env.SERVICE_KEY = 'a-service-key-that-is-long-enough-for-tests';
  });

  it('sends no session nor organization when the visitor is signed out and the call is ordinary', async () => {
    answer(200, { data: { organization } });
    await graphqlRequest(
      OrganizationQuery,
      { slug: 'x' },
      { request: incoming({ 'x-forwarded-for': '203.0.113.9' }) },
    );
    const { headers } = seen[0];
    expect(headers.authorization).toBeUndefined();
    expect(headers['x-rebound-org']).toBeUndefined();
    expect(headers['x-rebound-client-ip']).toBeUndefined();
  });

  it('vouches for the visitor on ordinary calls too: key, settled address and user agent (audit log)', async () => {
    answer(200, { data: { organization } });
    await runWithClientAddress('203.0.113.9', () =>
      graphqlRequest(
        OrganizationQuery,
        { slug: 'x' },
        { request: incoming({ 'x-forwarded-for': '198.51.100.1', 'user-agent': 'Firefox/140.0' }) },
      ),
    );
    expect(seen[0].headers['x-rebound-service-key']).toBe('a-service-key-that-is-long-enough-for-tests');
    expect(seen[0].headers['x-rebound-client-ip']).toBe('203.0.113.9');
    expect(seen[0].headers['x-rebound-client-agent']).toBe('Firefox/140.0');
  });

  it('makes ordinary calls without the key (and without the address) when none is configured', async () => {
    const key = process.env.SERVICE_KEY;
    delete process.env.SERVICE_KEY;
    try {
      answer(200, { data: { organization } });
      await runWithClientAddress('203.0.113.9', () =>
        graphqlRequest(OrganizationQuery, { slug: 'x' }, { request: incoming() }),
      );
      expect(seen[0].headers['x-rebound-service-key']).toBeUndefined();
      expect(seen[0].headers['x-rebound-client-ip']).toBeUndefined();
    } finally {
      process.env.SERVICE_KEY = key;
    }
  });

  it('forwards the session cookie as a bearer token and the organization of the page', async () => {
    const { token, setCookie } = await createSessionCookie({
      sessionId: 's1',
      expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
      user: { id: 'u1', email: 'ana@example.com', name: 'Ana' },
    });
    answer(200, { data: { organization } });
    await graphqlRequest(
      OrganizationQuery,
      { slug: 'x' },
      { request: incoming({ cookie: `tz=UTC; ${setCookie.split(';')[0]}` }), org: 'northwind' },
    );
    expect(seen[0].headers.authorization).toBe(`Bearer ${token}`);
    expect(seen[0].headers['x-rebound-org']).toBe('northwind');
  });

  it('sends a given session token instead of the cookie (right after sign-in)', async () => {
    answer(200, { data: { organization } });
    await graphqlRequest(OrganizationQuery, { slug: 'x' }, { request: incoming(), sessionToken: 'fresh' });
    expect(seen[0].headers.authorization).toBe('Bearer fresh');
  });

  it('marks service operations with the service key and the address the web server settled', async () => {
    answer(200, { data: { organization } });
    await runWithClientAddress('203.0.113.9', () =>
      graphqlRequest(
        OrganizationQuery,
        { slug: 'x' },
        { request: incoming({ 'x-forwarded-for': '198.51.100.1' }), service: true },
      ),
    );
    expect(seen[0].headers['x-rebound-service-key']).toBe('a-service-key-that-is-long-enough-for-tests');
    expect(seen[0].headers['x-rebound-client-ip']).toBe('203.0.113.9');
  });

  it('never takes the browser address from a header of the request', async () => {
    answer(200, { data: { organization } });
    await graphqlRequest(
      OrganizationQuery,
      { slug: 'x' },
      { request: incoming({ 'x-forwarded-for': '198.51.100.1, 203.0.113.9' }), service: true },
    );
    expect(seen[0].headers['x-rebound-client-ip']).toBeUndefined();
  });

  it('refuses a service operation when no service key is configured', async () => {
    delete process.env.SERVICE_KEY;
    await expect(
      graphqlRequest(OrganizationQuery, { slug: 'x' }, { request: incoming(), service: true }),
    ).rejects.toThrow(/SERVICE_KEY/);
    expect(seen).toHaveLength(0);
  });
});
