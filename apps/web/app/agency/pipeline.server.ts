import { graphqlRequest } from '~/graphql/client.server';
import { graphql } from '~/graphql/generated';
import type { RejectionReason, SubmissionStage } from '~/graphql/generated/graphql';
import type { AgencyContext } from './agency.server';
import { SUBMISSION_PAGE_SIZE } from './pipeline-schemas';

/** The recruiter's pipeline: submissions, what employers answered, and the employers' contacts. */

const options = (agency: AgencyContext) => ({ request: agency.request, org: agency.org });

const SubmissionsQuery = graphql(`
  query AgencySubmissions($first: Int!, $after: String, $filter: SubmissionFilter) {
    submissions(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          candidateName
          stage
          interviewRound
          outcomeReason
          submittedOn
          version
          employer {
            id
            name
          }
          application {
            id
            roleTitle
          }
        }
      }
    }
  }
`);

export async function loadSubmissions(
  agency: AgencyContext,
  filter: { stage?: SubmissionStage; open?: boolean; search?: string; after?: string },
  first = SUBMISSION_PAGE_SIZE,
) {
  const { submissions } = await graphqlRequest(
    SubmissionsQuery,
    {
      first,
      after: filter.after || undefined,
      filter: {
        stages: filter.stage ? [filter.stage] : undefined,
        open: filter.open,
        search: filter.search || undefined,
      },
    },
    options(agency),
  );
  return submissions;
}

const SubmissionQuery = graphql(`
  query AgencySubmission($id: ID!) {
    submission(id: $id) {
      id
      candidateName
      stage
      interviewRound
      outcomeReason
      submittedOn
      note
      version
      outcomeContact {
        id
        name
      }
      employer {
        id
        name
      }
      application {
        id
        roleTitle
      }
    }
  }
`);

const EmployerContactsQuery = graphql(`
  query AgencyEmployerContacts($search: String) {
    employers(first: 100, search: $search) {
      edges {
        node {
          id
          contacts {
            id
            name
            title
          }
        }
      }
    }
  }
`);

/** One submission and the contacts of its employer, for the form that records an answer. */
export async function loadSubmission(agency: AgencyContext, id: string) {
  const { submission } = await graphqlRequest(SubmissionQuery, { id }, options(agency));
  const { employers } = await graphqlRequest(
    EmployerContactsQuery,
    { search: submission.employer.name },
    options(agency),
  );
  const contacts =
    employers.edges.find((edge) => edge.node.id === submission.employer.id)?.node.contacts ?? [];
  return { submission, contacts };
}

const AddEmployerContactMutation = graphql(`
  mutation AddEmployerContact($input: AddEmployerContactInput!) {
    addEmployerContact(input: $input) {
      id
    }
  }
`);

export async function addEmployerContact(
  agency: AgencyContext,
  input: { id: string; employerId: string; name: string },
) {
  const { addEmployerContact } = await graphqlRequest(AddEmployerContactMutation, { input }, options(agency));
  return addEmployerContact.id;
}

const MoveSubmissionMutation = graphql(`
  mutation MoveSubmission($input: MoveSubmissionInput!) {
    moveSubmission(input: $input) {
      id
      stage
    }
  }
`);

export interface SubmissionOutcome {
  stage: SubmissionStage;
  reason?: RejectionReason;
  contactId?: string;
  decidedOn?: string;
}

export async function moveSubmission(
  agency: AgencyContext,
  input: SubmissionOutcome & { id: string; version: number; interviewRound?: number },
) {
  await graphqlRequest(MoveSubmissionMutation, { input }, options(agency));
}

const MoveSubmissionsMutation = graphql(`
  mutation MoveSubmissions($input: MoveSubmissionsInput!) {
    moveSubmissions(input: $input) {
      id
    }
  }
`);

export async function moveSubmissions(agency: AgencyContext, input: SubmissionOutcome & { ids: string[] }) {
  const { moveSubmissions: moved } = await graphqlRequest(
    MoveSubmissionsMutation,
    { input },
    options(agency),
  );
  return moved.length;
}
