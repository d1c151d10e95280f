import {
  CREATE_APPLICATION,
  CREATE_CLIENT,
  caseloadOrganization,
  RECORD_REJECTION,
} from '../../test/caseload-fixture.js';
import { GraphQLResponse, startTestApi, TestApi } from '../../test/test-api.js';

interface Page {
  edges: { cursor: string; node: { id: string } }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
}

/** Keyset pages of lists ordered by text, by date (both directions) and by time, read two rows at a time. */
describe('keyset pages', () => {
  let api: TestApi;
  let owner: Record<string, string>;

  beforeAll(async () => {
    api = await startTestApi();
    ({
      as: { owner },
    } = await caseloadOrganization(api, 'keyset'));
    // Names that tie once lowercased, dates that tie: the id breaks each tie.
    const clientIds: string[] = [];
    for (const name of ['Bea', 'ana', 'Ana', 'Cid', 'ANA']) {
      const created = await api.graphql<{ createClient: { id: string } }>(
        CREATE_CLIENT,
        { input: { name } },
        owner,
      );
      clientIds.push(created.data!.createClient.id);
    }
    const days = ['2026-03-02', '2026-03-01', '2026-03-02', '2026-03-03', '2026-03-02'];
    for (const [n, appliedOn] of days.entries()) {
      const created = await api.graphql<{ createApplication: { id: string; version: number } }>(
        CREATE_APPLICATION,
        {
          input: {
            clientId: clientIds[0],
            company: `Company ${n}`,
            roleTitle: 'Analyst',
            appliedOn,
            source: 'DIRECT',
          },
        },
        owner,
      );
      const application = created.data!.createApplication;
      const rejected = await api.graphql(
        RECORD_REJECTION,
        {
          input: {
            applicationId: application.id,
            applicationVersion: application.version,
            rejectedOn: '2026-04-01',
          },
        },
        owner,
      );
      expect(rejected.errors).toBeUndefined();
    }
  });
  afterAll(() => api.close());

  /** Every page of `field` after the other, `first` rows each. */
  async function pagesOf(field: string, args: string, first: number): Promise<Page[]> {
    const pages: Page[] = [];
    let after: string | null = null;
    do {
      const response: GraphQLResponse<Record<string, Page>> = await api.graphql<Record<string, Page>>(
        `query($first: Int!, $after: String) {
          ${field}(first: $first, after: $after${args}) {
            edges { cursor node { id } } pageInfo { hasNextPage endCursor } totalCount
          }
        }`,
        { first, after },
        owner,
      );
      expect(response.errors).toBeUndefined();
      const page: Page = response.data![field];
      pages.push(page);
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after && pages.length < 20);
    return pages;
  }

  it.each([
    ['clients', '', 5],
    ['applications', ', sort: APPLIED_NEWEST', 5],
    ['applications', ', sort: APPLIED_OLDEST', 5],
    ['rejections', '', 5],
    ['members', '', 5],
  ])('reads %s%s two at a time in the order of one whole page', async (field, args, total) => {
    const [whole] = await pagesOf(field, args, 100);
    expect(whole.edges).toHaveLength(total);
    expect(whole.pageInfo).toEqual({ hasNextPage: false, endCursor: whole.edges.at(-1)!.cursor });

    const pages = await pagesOf(field, args, 2);
    expect(pages.map((page) => page.edges.length)).toEqual([2, 2, 1]);
    expect(pages.map((page) => page.pageInfo.hasNextPage)).toEqual([true, true, false]);
    expect(pages.every((page) => page.totalCount === total)).toBe(true);
    expect(pages.flatMap((page) => page.edges.map((edge) => edge.node.id))).toEqual(
      whole.edges.map((edge) => edge.node.id),
    );
  });

  it('orders by the key, then by id between equal keys', async () => {
    const [newest] = await pagesOf('applications', ', sort: APPLIED_NEWEST', 100);
    const [oldest] = await pagesOf('applications', ', sort: APPLIED_OLDEST', 100);
    expect(oldest.edges.map((edge) => edge.node.id)).toEqual(
      newest.edges.map((edge) => edge.node.id).reverse(),
    );
  });

  it('refuses a cursor it did not give out and a page size out of bounds, naming the argument', async () => {
    const query = `query($first: Int!, $after: String) { clients(first: $first, after: $after) { totalCount } }`;
    const forged = await api.graphql(query, { first: 2, after: 'not-a-cursor' }, owner);
    expect(forged.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'after' }],
    });
    const tooMany = await api.graphql(query, { first: 101 }, owner);
    expect(tooMany.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'first' }],
    });
  });
});
