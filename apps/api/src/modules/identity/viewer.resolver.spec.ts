import { startTestApi, TestApi } from '../../../test/test-api.js';

describe('me', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  it('is null when signed out', async () => {
    const result = await api.graphql('{ me { id email name } }');
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ me: null });
  });
});
