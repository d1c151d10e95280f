import { describe, expect, it } from '@jest/globals';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setImmediate as nextTurn } from 'node:timers/promises';
import {
  clientAddressMiddleware,
  clientAddressOf,
  parseTrustProxy,
  runWithClientAddress,
} from './client-address.js';

/**
 * A real HTTP server with the middleware first, as the web server has it: the handler answers the
 * address a loader would see, read after an asynchronous step as loaders do.
 */
async function serve(trustProxy: string | undefined): Promise<{ server: Server; url: string }> {
  const middleware = clientAddressMiddleware(parseTrustProxy(trustProxy));
  const server = createServer((request, response) => {
    middleware(request, response, async () => {
      await nextTurn();
      response.end(clientAddressOf() ?? 'none');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/` };
}

async function addressSeen(trustProxy: string | undefined, forwardedFor?: string): Promise<string> {
  const { server, url } = await serve(trustProxy);
  try {
    const headers: Record<string, string> = forwardedFor ? { 'x-forwarded-for': forwardedFor } : {};
    return await (await fetch(url, { headers })).text();
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
}

describe('the browser address', () => {
  it.each([
    // No proxy trusted: the socket's address, whatever the browser writes in X-Forwarded-For.
    [undefined, undefined, '127.0.0.1'],
    [undefined, '203.0.113.9', '127.0.0.1'],
    [undefined, '198.51.100.1, 203.0.113.9', '127.0.0.1'],
    ['0', '203.0.113.9', '127.0.0.1'],
    ['false', '203.0.113.9', '127.0.0.1'],
    // One proxy in front: the entry it appended; what the browser sent before it is ignored.
    ['1', '198.51.100.1, 203.0.113.9', '203.0.113.9'],
    ['1', '203.0.113.9', '203.0.113.9'],
    ['1', undefined, '127.0.0.1'],
    // Two proxies: the entry the outer one appended.
    ['2', '198.51.100.1, 203.0.113.9, 10.0.0.7', '203.0.113.9'],
    // Trusted ranges: the right-most address outside them.
    ['loopback', '198.51.100.1, 203.0.113.9', '203.0.113.9'],
    ['loopback, 10.0.0.0/8', '198.51.100.1, 203.0.113.9, 10.1.2.3', '203.0.113.9'],
    ['127.0.0.1/32,10.0.0.0/8', '203.0.113.9, 10.1.2.3', '203.0.113.9'],
    // A range that does not hold the socket's address: the socket is the client.
    ['10.0.0.0/8', '203.0.113.9', '127.0.0.1'],
  ])('TRUST_PROXY=%s, X-Forwarded-For: %s → %s', async (trustProxy, forwardedFor, expected) => {
    expect(await addressSeen(trustProxy, forwardedFor)).toBe(expected);
  });

  it('gives a spoofing browser no fresh address per request without a trusted proxy', async () => {
    const seen = new Set<string>();
    for (const spoofed of ['198.51.100.1', '198.51.100.2', '198.51.100.3']) {
      seen.add(await addressSeen(undefined, spoofed));
    }
    expect([...seen]).toEqual(['127.0.0.1']);
  });

  it('refuses a TRUST_PROXY that is neither a hop count nor addresses', () => {
    expect(() => parseTrustProxy('yes please')).toThrow(/TRUST_PROXY must be a hop count/);
    expect(() => parseTrustProxy('10.0.0.0/99')).toThrow(/TRUST_PROXY/);
  });

  it('is unknown outside a request the middleware settled, and kept apart per request', async () => {
    expect(clientAddressOf()).toBeUndefined();
    const [a, b] = await Promise.all([
      runWithClientAddress('203.0.113.1', async () => {
        await nextTurn();
        return clientAddressOf();
      }),
      runWithClientAddress('203.0.113.2', async () => {
        await nextTurn();
        return clientAddressOf();
      }),
    ]);
    expect([a, b]).toEqual(['203.0.113.1', '203.0.113.2']);
  });
});
