import type { INestApplication } from '@nestjs/common';
import { createTestDatabase, TestDatabase } from '@rebound/testing';
import { createApiApp } from '../src/app.factory.js';
import { loadConfig } from '../src/config/config.js';

export const TEST_AUTH_SECRET = 'test-auth-secret-0123456789abcdef0123456789';
export const TEST_SERVICE_KEY = 'test-service-key-0123456789abcdef0123456789';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: {
    message: string;
    path?: string[];
    extensions?: { code?: string; fields?: { path: string; message: string }[] };
  }[];
  headers: Headers;
}

export interface TestApi {
  url: string;
  app: INestApplication;
  database: TestDatabase;
  graphql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

/**
 * Boots the real API on a loopback port against a fresh database of its own, connected as the API's
 * restricted role, so that tests send real GraphQL over HTTP (one per test file). `env` adds to or
 * overrides the test configuration (e.g. Stripe keys pointing at the stand-in).
 */
export async function startTestApi(env: Record<string, string> = {}): Promise<TestApi> {
  const database = await createTestDatabase();
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_APP_URL: database.appUrl,
    DATABASE_POOL_MAX: '4',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    AUTH_SECRET: TEST_AUTH_SECRET,
    SERVICE_KEY: TEST_SERVICE_KEY,
    WEB_URL: 'http://127.0.0.1:3000',
    ...env,
  });
  const app = await createApiApp(config);
  await app.listen(0, '127.0.0.1');
  const url = (await app.getUrl()).replace('[::1]', '127.0.0.1');

  return {
    url,
    app,
    database,
    graphql: graphqlAt(url),
    async close() {
      await app.close();
      await database.drop();
    },
  };
}

/** Sends GraphQL over HTTP to the API at `url`, as the web server does. */
export function graphqlAt(url: string): TestApi['graphql'] {
  return async (query, variables = {}, headers = {}) => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as Omit<GraphQLResponse, 'status' | 'headers'>;
    return { ...body, status: response.status, headers: response.headers } as never;
  };
}
