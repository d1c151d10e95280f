import { afterEach, describe, expect, it } from '@jest/globals';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import type { ServerBuild } from '@remix-run/node';
import { createWebLogger, routeConsoleToLog } from './request-log.js';
import { createWebServer } from './web-server.js';

/** What each loader saw as the request id (the header its API calls forward). */
const seenByLoaders: (string | null)[] = [];

/**
 * A Remix build of two resource routes, served by the real production web server: one answers with
 * what it was asked, one fails.
 */
const build = {
  mode: 'production',
  entry: { module: { default: () => new Response('no documents here', { status: 500 }) } },
  routes: {
    root: { id: 'root', path: '', module: {} },
    'routes/echo': {
      id: 'routes/echo',
      parentId: 'root',
      path: 'echo',
      module: {
        loader: ({ request }: { request: Request }) => {
          seenByLoaders.push(request.headers.get('x-request-id'));
          return new Response('ok');
        },
      },
    },
    'routes/broken': {
      id: 'routes/broken',
      parentId: 'root',
      path: 'broken',
      module: {
        loader: () => {
          throw new Error('the loader broke');
        },
      },
    },
  },
  assets: { entry: { imports: [], module: '' }, routes: {}, url: '', version: '1' },
  publicPath: '/',
  assetsBuildDirectory: '',
  future: {},
  isSpaMode: false,
} as unknown as ServerBuild;

let server: Server | undefined;
const originalConsole = { error: console.error, warn: console.warn };

afterEach(async () => {
  Object.assign(console, originalConsole);
  seenByLoaders.length = 0;
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
});

/** The production web server with its log written to memory; each line parsed. */
async function start() {
  const lines: Record<string, unknown>[] = [];
  const logger = createWebLogger(
    'info',
    new Writable({
      write(chunk: Buffer, _encoding, done) {
        for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) lines.push(JSON.parse(line));
        done();
      },
    }),
  );
  routeConsoleToLog(logger);
  const app = createWebServer({
    build,
    clientDirectory: '/nonexistent',
    publicUrl: new URL('http://127.0.0.1'),
    logger,
  });
  server = await new Promise<Server>((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  /** Waits for the line a request's end writes (pino writes it once the response has finished). */
  const logged = async (predicate: (line: Record<string, unknown>) => boolean) => {
    for (let attempt = 0; attempt < 100 && !lines.some(predicate); attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    return lines.filter(predicate);
  };
  return { base, lines, logged };
}

describe('the web server log', () => {
  it('writes one JSON line per request with the id its loaders forward, the method, the path without its query, the status and the duration', async () => {
    const { base, logged } = await start();
    const response = await fetch(`${base}/echo?token=secret-sign-in-token`);
    expect(response.status).toBe(200);
    const requestId = response.headers.get('x-request-id');
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(seenByLoaders).toEqual([requestId]);

    const [line, ...more] = await logged((entry) => entry.requestId === requestId);
    expect(more).toEqual([]);
    expect(line).toMatchObject({
      level: 30,
      service: 'rebound-web',
      requestId,
      req: { method: 'GET', path: '/echo' },
      res: { status: 200 },
    });
    expect(typeof line.durationMs).toBe('number');
    expect(JSON.stringify(line)).not.toContain('secret-sign-in-token');
  });

  it("keeps a load balancer's well-formed request id and replaces a malformed one", async () => {
    const { base } = await start();
    const kept = await fetch(`${base}/echo`, { headers: { 'x-request-id': 'lb-0123456789' } });
    expect(kept.headers.get('x-request-id')).toBe('lb-0123456789');
    const replaced = await fetch(`${base}/echo`, { headers: { 'x-request-id': 'not an id; or is it' } });
    expect(replaced.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(seenByLoaders).toEqual(['lb-0123456789', replaced.headers.get('x-request-id')]);
  });

  it('logs an error as JSON with the id of the request it happened in', async () => {
    const { base, logged } = await start();
    const response = await fetch(`${base}/broken`);
    expect(response.status).toBe(500);
    const requestId = response.headers.get('x-request-id');
    const lines = await logged((entry) => entry.requestId === requestId && entry.res !== undefined);
    const all = await logged((entry) => entry.requestId === requestId);
    const error = all.find(
      (entry) => (entry.err as { message?: string } | undefined)?.message === 'the loader broke',
    );
    expect(error).toMatchObject({
      level: 50,
      requestId,
      err: { type: 'Error', message: 'the loader broke' },
    });
    expect((error!.err as { stack: string }).stack).toContain('request-log.spec');
    expect(lines).toEqual([expect.objectContaining({ level: 50, res: { status: 500 } })]);
  });

  it('does not log health probes', async () => {
    const { base, lines, logged } = await start();
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    await fetch(`${base}/echo`);
    await logged((entry) => (entry.req as { path?: string } | undefined)?.path === '/echo');
    expect(lines.map((entry) => (entry.req as { path?: string } | undefined)?.path)).toEqual(['/echo']);
  });
});
