import { startTestApi, TestApi } from '../../test/test-api.js';

describe('GET /health', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  it.each(['/health', '/health/ready'])(
    'reports ready at %s when the database answers, and echoes a valid request id',
    async (path) => {
      const response = await fetch(`${api.url}${path}`, { headers: { 'x-request-id': 'health-check-0001' } });
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ status: 'ok', database: 'ok' });
      expect(response.headers.get('x-request-id')).toBe('health-check-0001');
    },
  );

  it('reports live without asking the database (database-outage.spec.ts covers both during an outage)', async () => {
    const response = await fetch(`${api.url}/health/live`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('gives every response a request id of its own when none or a malformed one is sent', async () => {
    const response = await fetch(`${api.url}/health`, { headers: { 'x-request-id': 'bad id with spaces' } });
    expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});
