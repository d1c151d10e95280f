import { graphqlRequest } from '~/graphql/client.server';
import { graphql } from '~/graphql/generated';
import type { CaseloadSort, ClientStatus } from '~/graphql/generated/graphql';
import type { CaseloadQueryParams } from './schemas';

export const CASELOAD_PAGE_SIZE = 20;

const CaseloadQuery = graphql(`
  query Caseload($first: Int!, $after: String, $sort: CaseloadSort!, $filter: ClientFilter) {
    caseload(first: $first, after: $after, sort: $sort, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          attentionScore
          attentionReasons {
            kind
            points
            sentence
          }
          insightCount
          counts {
            openApplications
            openPlanItems
            overdueExercises
            pendingFeedbackRequests
            submissionsToReview
            rejections
          }
          lastRejection {
            id
            rejectedOn
            stageReached
            effectiveReason
            application {
              id
              company
              roleTitle
            }
          }
          client {
            id
            name
            status
            coaches {
              name
              primary
            }
          }
        }
      }
    }
  }
`);

const CoachesQuery = graphql(`
  query CaseloadCoaches {
    members(first: 100) {
      edges {
        node {
          id
          name
          role
          status
        }
      }
    }
  }
`);

export async function loadCaseload(request: Request, org: string, params: CaseloadQueryParams) {
  const statuses: ClientStatus[] | undefined = params.status ? [params.status] : undefined;
  const filter = {
    statuses,
    search: params.q || undefined,
    coachId: params.coach || undefined,
  };
  const sort: CaseloadSort = params.sort;
  const { caseload } = await graphqlRequest(
    CaseloadQuery,
    { first: CASELOAD_PAGE_SIZE, after: params.after ?? null, sort, filter },
    { request, org },
  );
  return caseload;
}

/** The coaches an admin may filter the caseload by. */
export async function loadCoaches(request: Request, org: string) {
  const { members } = await graphqlRequest(CoachesQuery, {}, { request, org });
  return members.edges
    .map((edge) => edge.node)
    .filter((member) => member.role === 'COACH' && member.status === 'ACTIVE')
    .map((member) => ({ id: member.id, name: member.name }));
}
