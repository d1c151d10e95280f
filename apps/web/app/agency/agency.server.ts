import { data } from '@remix-run/node';
import { FIELD_LIMITS } from '@rebound/domain';
import { randomUUID } from 'node:crypto';
import { requireMembership } from '~/auth/viewer.server';
import { COACHING_ROLES } from '~/coach/roles';
import { Readable } from 'node:stream';
import { ApiError, apiHeaders, apiUrl, graphqlRequest } from '~/graphql/client.server';
import { apiErrorFromGraphQLErrors } from '~/graphql/errors';
import { graphql } from '~/graphql/generated';
import { ISSUE_PAGE_SIZE, type MappingField } from './schemas';

export interface AgencyContext {
  org: string;
  base: string;
  request: Request;
}

/** The agency pages exist only in staffing agencies, for owners, admins and recruiters (404 otherwise). */
export async function requireAgency(request: Request, slug: string | undefined): Promise<AgencyContext> {
  const { organization } = await requireMembership(request, slug, COACHING_ROLES);
  if (organization.kind !== 'STAFFING_AGENCY') throw data(null, { status: 404, statusText: 'Not Found' });
  return { org: organization.slug, base: `/app/${organization.slug}/agency`, request };
}

const options = (agency: AgencyContext) => ({ request: agency.request, org: agency.org });

const AgencyDashboardQuery = graphql(`
  query AgencyDashboard($input: AgencyDashboardInput) {
    agencyDashboard(input: $input) {
      notInvited
      onboardingFunnel {
        stage
        count
        dropOff
      }
      candidatesByRecruiter {
        recruiterId
        recruiterName
        candidates
        active
      }
      employerPatterns {
        employerId
        employer
        submissions
        pending
        withdrawn
        decided
        interviews
        offers
        placements
        rejections
        interviewRate
        offerRate
        rejectionsByStage {
          key
          count
        }
        rejectionsByReason {
          key
          count
        }
      }
      employerMedian {
        employers
        interviewRate
        offerRate
      }
    }
  }
`);

export async function loadDashboard(agency: AgencyContext, days: number) {
  const { agencyDashboard } = await graphqlRequest(
    AgencyDashboardQuery,
    { input: { days } },
    options(agency),
  );
  return agencyDashboard;
}

const CandidatesQuery = graphql(`
  query AgencyCandidates($first: Int!, $after: String, $filter: CandidateFilter) {
    candidates(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          email
          stage
          recruiterName
          submissions
          checklist {
            key
            done
          }
        }
      }
    }
  }
`);

export const CANDIDATE_PAGE_SIZE = 25;

/** The candidate list's filter as the API takes it: one rule for the list and for "select all". */
function candidateFilter(filter: { stage?: string; search?: string }) {
  return {
    stages: filter.stage
      ? [filter.stage as 'INVITED' | 'ACCEPTED' | 'PROFILE_COMPLETE' | 'ACTIVE']
      : undefined,
    search: filter.search || undefined,
  };
}

export async function loadCandidates(
  agency: AgencyContext,
  filter: { stage?: string; search?: string; after?: string },
) {
  const { candidates } = await graphqlRequest(
    CandidatesQuery,
    {
      first: CANDIDATE_PAGE_SIZE,
      after: filter.after || undefined,
      filter: candidateFilter(filter),
    },
    options(agency),
  );
  return candidates;
}

const InviteCandidatesMutation = graphql(`
  mutation InviteCandidates($input: InviteCandidatesInput!) {
    inviteCandidates(input: $input)
  }
`);

/** Invites the chosen candidates, or with `allMatching` every candidate the filter lists on every page. */
export async function inviteCandidates(
  agency: AgencyContext,
  choice: { clientIds: string[] } | { allMatching: { stage?: string; search?: string } },
) {
  const input =
    'clientIds' in choice
      ? { clientIds: choice.clientIds }
      : { allMatching: candidateFilter(choice.allMatching) };
  const result = await graphqlRequest(InviteCandidatesMutation, { input }, options(agency));
  return result.inviteCandidates;
}

const ResendInvitationsMutation = graphql(`
  mutation ResendCandidateInvitations($input: ResendCandidateInvitationsInput!) {
    resendCandidateInvitations(input: $input)
  }
`);

export async function resendInvitations(agency: AgencyContext, olderThanDays: number) {
  const result = await graphqlRequest(
    ResendInvitationsMutation,
    { input: { olderThanDays } },
    options(agency),
  );
  return result.resendCandidateInvitations;
}

/** An id the form carries, so a resubmitted form records the submission once. */
export function newRequestId(): string {
  return randomUUID();
}

const SubmitCandidateMutation = graphql(`
  mutation SubmitCandidate($input: SubmitCandidateInput!) {
    submitCandidate(input: $input) {
      id
    }
  }
`);

export async function submitCandidate(
  agency: AgencyContext,
  input: {
    id: string;
    clientId: string;
    company: string;
    roleTitle: string;
    submittedOn?: string;
    postingUrl?: string;
    note?: string;
  },
) {
  await graphqlRequest(SubmitCandidateMutation, { input }, options(agency));
}

const CandidatesCsvQuery = graphql(`
  query CandidatesCsv {
    candidatesCsv
  }
`);

const ImportProblemsCsvQuery = graphql(`
  query CandidateImportProblemsCsv($importId: ID!) {
    candidateImportIssuesCsv(importId: $importId)
  }
`);

export async function loadImportProblemsCsv(agency: AgencyContext, importId: string) {
  const { candidateImportIssuesCsv } = await graphqlRequest(
    ImportProblemsCsvQuery,
    { importId },
    options(agency),
  );
  return candidateImportIssuesCsv;
}

export async function loadCandidatesCsv(agency: AgencyContext) {
  const { candidatesCsv } = await graphqlRequest(CandidatesCsvQuery, {}, options(agency));
  return candidatesCsv;
}

const CandidateImportsQuery = graphql(`
  query CandidateImports($first: Int!, $after: String) {
    candidateImports(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          fileName
          status
          createdAt
          totalRows
          createdCount
          skippedCount
        }
      }
    }
  }
`);

export async function loadImports(agency: AgencyContext, after?: string) {
  const { candidateImports } = await graphqlRequest(
    CandidateImportsQuery,
    { first: 20, after: after || undefined },
    options(agency),
  );
  return candidateImports;
}

/**
 * Streams a candidate CSV to the API's upload endpoint as it arrives (the API stores it row by row)
 * and answers the new import's id; a refusal is an ApiError with the problem under `file`.
 */
export async function uploadImport(
  agency: AgencyContext,
  file: { name: string; data: AsyncIterable<Uint8Array> },
  invite: boolean,
): Promise<string> {
  const query = new URLSearchParams({
    fileName: file.name.slice(0, FIELD_LIMITS.candidateImportFileName),
    invite: String(invite),
  });
  const headers = await apiHeaders(options(agency));
  const endpoint = apiUrl(`/candidate-imports?${query}`);
  let response: Response;
  try {
    response = await fetch(endpoint, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'text/csv' },
      body: Readable.toWeb(Readable.from(file.data)) as ReadableStream,
      duplex: 'half',
      signal: agency.request.signal,
    } as RequestInit);
  } catch (error) {
    if (agency.request.signal.aborted) throw agency.request.signal.reason ?? error;
    throw new ApiError('UNAVAILABLE', `API not reachable at ${endpoint}`, [], { cause: error });
  }
  const body = (await response.json().catch(() => ({}))) as { data?: { id: string }; errors?: unknown[] };
  if (Array.isArray(body.errors) && body.errors.length) throw apiErrorFromGraphQLErrors(body.errors);
  if (!body.data)
    throw new ApiError('UNAVAILABLE', `API answered HTTP ${response.status} without an import`, []);
  return body.data.id;
}

const CandidateImportQuery = graphql(`
  query CandidateImport($id: ID!, $first: Int!, $after: String) {
    candidateImport(id: $id) {
      id
      version
      fileName
      status
      invite
      headers
      totalRows
      checkedRows
      validRows
      issueCount
      processedRows
      createdCount
      skippedCount
      failure
      createdAt
      unassignedRows
      defaultRecruiterName
      updateExisting
      updateRows
      updatedCount
      mapping {
        name
        email
        phone
        targetRoles
        locations
        recruiterEmail
        tags
      }
      preview {
        line
        cells
      }
    }
    candidateImportIssues(importId: $id, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          line
          field
          code
          message
        }
      }
    }
  }
`);

export async function loadImport(agency: AgencyContext, id: string, after?: string) {
  return graphqlRequest(
    CandidateImportQuery,
    { id, first: ISSUE_PAGE_SIZE, after: after || undefined },
    options(agency),
  );
}

const SetMappingMutation = graphql(`
  mutation SetCandidateImportMapping($input: SetCandidateImportMappingInput!) {
    setCandidateImportMapping(input: $input) {
      id
    }
  }
`);

export async function setMapping(
  agency: AgencyContext,
  input: {
    id: string;
    version: number;
    mapping: Partial<Record<MappingField, number | null>>;
    updateExisting: boolean;
  },
) {
  await graphqlRequest(SetMappingMutation, { input }, options(agency));
}

const StartImportMutation = graphql(`
  mutation StartCandidateImport($input: StartCandidateImportInput!) {
    startCandidateImport(input: $input) {
      id
    }
  }
`);

export async function startImport(agency: AgencyContext, input: { id: string; version: number }) {
  await graphqlRequest(StartImportMutation, { input }, options(agency));
}
