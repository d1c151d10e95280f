import { insertOrganization } from '../../../test/fixtures.js';
import { startTestApi, TestApi } from '../../../test/test-api.js';

const ORGANIZATION = `query Organization($slug: String!) { organization(slug: $slug) { name slug kind } }`;

describe('organization(slug)', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
    await insertOrganization(api.database.ownerUrl, {
      name: 'Harbour Talent',
      slug: 'harbour-talent',
      kind: 'staffing_agency',
    });
  });
  afterAll(() => api.close());

  it('returns the public profile of the organization with that slug', async () => {
    const result = await api.graphql(ORGANIZATION, { slug: 'harbour-talent' });
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      organization: { name: 'Harbour Talent', slug: 'harbour-talent', kind: 'STAFFING_AGENCY' },
    });
  });

  it('treats the slug case-insensitively, as URLs are typed by people', async () => {
    const result = await api.graphql(ORGANIZATION, { slug: 'Harbour-Talent' });
    expect(result.data).toEqual({ organization: expect.objectContaining({ slug: 'harbour-talent' }) });
  });

  it('answers NOT_FOUND, without internals, for an unknown slug', async () => {
    const result = await api.graphql(ORGANIZATION, { slug: 'nobody-here' });
    expect(result.data).toBeNull();
    expect(result.errors).toEqual([
      {
        message: 'Organization was not found.',
        path: ['organization'],
        locations: [expect.objectContaining({ line: 1 })],
        extensions: { code: 'NOT_FOUND' },
      },
    ]);
  });
});
