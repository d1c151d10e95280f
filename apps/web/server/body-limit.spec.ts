import { afterEach, describe, expect, it } from '@jest/globals';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { formBodyLimit } from './body-limit.js';

let server: Server | undefined;

afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

/** A server with the limit (1 KB here) in front of a handler that reads the whole body and says its size. */
async function serve(): Promise<string> {
  const app = express();
  app.use(formBodyLimit(1024));
  app.post('*', express.raw({ type: () => true, limit: '10mb' }), (request, response) => {
    response.send(`read ${(request.body as Buffer).length}`);
  });
  server = await new Promise<Server>((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const post = (url: string, body: string | ReadableStream<Uint8Array>) =>
  fetch(url, {
    method: 'POST',
    body,
    // Node's fetch streams a request body only when told it may.
    ...(body instanceof ReadableStream ? { duplex: 'half' } : {}),
  } as RequestInit);

function streamOf(bytes: number): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      controller.enqueue(new Uint8Array(bytes));
      controller.close();
    },
  });
}

describe('formBodyLimit', () => {
  it('lets a form within the limit through', async () => {
    const url = await serve();
    const response = await post(`${url}/app/demo/clients/new`, 'name=Priya');
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('read 10');
  });

  it('refuses a larger form from its declared length, before reading it', async () => {
    const url = await serve();
    const response = await post(`${url}/app/demo/clients/new.data`, 'x'.repeat(1025));
    expect(response.status).toBe(413);
    expect(await response.text()).toMatch(/too large/);
  });

  it('refuses a body sent without a length', async () => {
    const url = await serve();
    const response = await post(`${url}/sign-in`, streamOf(10));
    expect(response.status).toBe(411);
  });

  it('leaves the candidate upload to its own streaming limit', async () => {
    const url = await serve();
    for (const path of ['/app/demo/agency/imports', '/app/demo/agency/imports.data']) {
      const response = await post(`${url}${path}`, 'x'.repeat(4096));
      expect({ path, status: response.status }).toEqual({ path, status: 200 });
    }
  });
});
