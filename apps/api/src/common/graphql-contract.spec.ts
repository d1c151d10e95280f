import { readFileSync } from 'node:fs';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { SCHEMA_FILE, schemaSdl } from '../print-schema.js';
import { startTestApi, TestApi } from '../../test/test-api.js';

describe('GraphQL contract', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  it('serves exactly the committed schema (run `npm run schema` and `npm run codegen` after changing it)', () => {
    const served = schemaSdl(api.app.get(GraphQLSchemaHost).schema);
    expect(served).toBe(readFileSync(SCHEMA_FILE, 'utf8'));
  });

  it('answers a malformed query with a coded error', async () => {
    const result = await api.graphql('{ organization(slug: "x") { nope } }');
    expect(result.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('bounds aliases, so one request cannot fan out into thousands of resolver calls', async () => {
    const aliases = Array.from({ length: 25 }, (_, i) => `a${i}: me { id }`).join(' ');
    const result = await api.graphql(`{ ${aliases} }`);
    expect(result.data ?? null).toBeNull();
    expect(result.errors?.[0].message).toMatch(/aliases/i);
  });

  it('refuses batched requests', async () => {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ me { id } }' }, { query: '{ me { id } }' }]),
    });
    expect(response.status).toBe(400);
  });
});
