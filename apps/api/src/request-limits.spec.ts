import { MAX_API_BODY_BYTES, MAX_INLINE_IMPORT_BYTES } from '@rebound/domain';
import { startTestApi, TestApi } from '../test/test-api.js';

describe('limits on what a request may carry', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  it('answers a query over the token limit with HTTP 400 and a coded error', async () => {
    // 6,000 tokens: over the limit, under the body size limit.
    const query = `{ ${Array.from({ length: 6_000 }, () => '__typename').join(' ')} }`;
    const result = await api.graphql(query);
    expect(result.status).toBe(400);
    expect(result.errors?.[0].extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(result.errors?.[0].message).toMatch(/5000 tokens/);
  });

  it('takes the largest CSV an inline import accepts, even when escaping doubles it in JSON', async () => {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: '{ __typename }',
        variables: { csv: '"'.repeat(MAX_INLINE_IMPORT_BYTES) },
      }),
    });
    expect(response.status).toBe(200);
  });

  it('answers a body over the size limit with HTTP 413 before reading it whole', async () => {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: '{ __typename }',
        variables: { pad: 'x'.repeat(MAX_API_BODY_BYTES + 1) },
      }),
    });
    expect(response.status).toBe(413);
  });
});
