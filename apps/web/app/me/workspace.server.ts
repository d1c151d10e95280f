import { data } from '@remix-run/node';
import { apiFailure, requireMembership } from '~/auth/viewer.server';
import { graphqlRequest } from '~/graphql/client.server';
import { graphql } from '~/graphql/generated';

const MyClientQuery = graphql(`
  query MyClient {
    clients(first: 1) {
      edges {
        node {
          id
          name
          version
          coaches {
            name
            primary
          }
        }
      }
    }
  }
`);

export interface ClientWorkspace {
  /** The organization slug, for API calls and links. */
  org: string;
  base: string;
  clientId: string;
  clientName: string;
  coachName: string | null;
  /** The signed-in person. */
  viewerName: string;
  viewerEmail: string;
}

/** One look-up per incoming request: the layout and the page loaders of one navigation share it. */
const perRequest = new WeakMap<Request, Map<string, Promise<ClientWorkspace>>>();

/**
 * The client's own workspace: only members with the client role, and only once their client record
 * exists (it does from the moment they accept the invitation). Throws the page response otherwise.
 */
export function requireClientWorkspace(request: Request, slug: string | undefined): Promise<ClientWorkspace> {
  let bySlug = perRequest.get(request);
  if (!bySlug) {
    bySlug = new Map();
    perRequest.set(request, bySlug);
  }
  const key = slug ?? '';
  let workspace = bySlug.get(key);
  if (!workspace) {
    workspace = lookUpClientWorkspace(request, slug);
    bySlug.set(key, workspace);
  }
  return workspace;
}

async function lookUpClientWorkspace(request: Request, slug: string | undefined): Promise<ClientWorkspace> {
  const { viewer, organization } = await requireMembership(request, slug, ['CLIENT']);
  let result;
  try {
    result = await graphqlRequest(MyClientQuery, {}, { request, org: organization.slug });
  } catch (error) {
    return apiFailure(error, request);
  }
  const client = result.clients.edges[0]?.node;
  if (!client) throw data(null, { status: 404, statusText: 'Not Found' });
  const coach = client.coaches.find((candidate) => candidate.primary) ?? client.coaches[0];
  return {
    org: organization.slug,
    base: `/app/${organization.slug}/me`,
    clientId: client.id,
    clientName: client.name,
    coachName: coach?.name ?? null,
    viewerName: viewer.name,
    viewerEmail: viewer.email,
  };
}

/** Today as YYYY-MM-DD in a time zone: the day the person sees on their calendar. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  try {
    return new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    }).format(now);
  } catch {
    return now.toISOString().slice(0, 10);
  }
}
