import { graphqlRequest } from '~/graphql/client.server';
import { graphql } from '~/graphql/generated';

const SearchingClientsQuery = graphql(`
  query SearchingClientCount {
    clients(first: 1, filter: { statuses: [ACTIVE, PAUSED] }) {
      totalCount
    }
  }
`);

/**
 * Clients still searching (active and paused), with or without an account: the figure the caseload and the
 * overview show, so the members page can say how its own count relates to it.
 */
export async function loadSearchingClientCount(request: Request, org: string): Promise<number> {
  return (await graphqlRequest(SearchingClientsQuery, {}, { request, org })).clients.totalCount;
}
