import { graphqlRequest } from '~/graphql/client.server';
import { graphql } from '~/graphql/generated';

const DashboardQuery = graphql(`
  query OrganizationDashboard {
    caseload(first: 5) {
      totalCount
      edges {
        node {
          id
          attentionScore
          attentionReasons {
            kind
            sentence
          }
          client {
            id
            name
          }
        }
      }
    }
    exerciseAssignments(first: 1, filter: { statuses: [SUBMITTED] }) {
      totalCount
    }
    notifications(first: 5) {
      edges {
        node {
          id
          title
          body
          link
          createdAt
        }
      }
    }
  }
`);

/**
 * The overview of a coach, admin or owner: counts, who needs attention, what happened lately. A glance,
 * not a work list: it may come from the read replica, a few seconds behind.
 */
export async function loadDashboard(request: Request, org: string) {
  return graphqlRequest(DashboardQuery, {}, { request, org, mayLag: true });
}
