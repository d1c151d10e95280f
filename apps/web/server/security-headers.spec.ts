import { afterEach, describe, expect, it } from '@jest/globals';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { securityHeaders, type SecurityHeaderOptions } from './security-headers.js';

let server: Server | undefined;

afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

/** A server with the headers in front of a page that prints the nonce the request got. */
async function fetchPage(options: SecurityHeaderOptions): Promise<Response> {
  const app = express();
  app.use(securityHeaders(options));
  app.get('/', (_request, response) => {
    response.send(`<script nonce="${response.locals.cspNonce}"></script>`);
  });
  server = await new Promise<Server>((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  return fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
}

const directives = (response: Response) =>
  new Map(
    (response.headers.get('content-security-policy') ?? '')
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .map(([name, ...values]) => [name, values] as const),
  );

describe('securityHeaders', () => {
  it('lets scripts run only from our origin or with the nonce the page was given', async () => {
    const response = await fetchPage({ https: false });
    const nonce = /nonce="([^"]+)"/.exec(await response.text())?.[1];
    const policy = directives(response);
    expect(policy.get('script-src')).toEqual(["'self'", `'nonce-${nonce}'`]);
    expect(policy.get('script-src-attr')).toEqual(["'none'"]);
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.has('report-uri')).toBe(false);
  });

  it('makes a new nonce for every response', async () => {
    const first = directives(await fetchPage({ https: false })).get('script-src');
    server?.close();
    const second = directives(await fetchPage({ https: false })).get('script-src');
    expect(first?.[1]).toMatch(/^'nonce-[A-Za-z0-9+/]{22}=='$/);
    expect(second?.[1]).not.toBe(first?.[1]);
  });

  it('forbids framing and sniffing and keeps URLs out of other sites’ referrers', async () => {
    const { headers } = await fetchPage({ https: false });
    expect(headers.get('x-frame-options')).toBe('DENY');
    expect(headers.get('x-content-type-options')).toBe('nosniff');
    expect(headers.get('referrer-policy')).toBe('same-origin');
  });

  it('sends HSTS and upgrades requests only when the public URL is https', async () => {
    const plain = await fetchPage({ https: false });
    expect(plain.headers.get('strict-transport-security')).toBeNull();
    expect(directives(plain).has('upgrade-insecure-requests')).toBe(false);
    server?.close();
    const secure = await fetchPage({ https: true });
    expect(secure.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
    expect(directives(secure).has('upgrade-insecure-requests')).toBe(true);
  });

  it('names the report URI when one is configured', async () => {
    const response = await fetchPage({ https: false, reportUri: 'https://reports.example/csp' });
    expect(directives(response).get('report-uri')).toEqual(['https://reports.example/csp']);
  });
});
