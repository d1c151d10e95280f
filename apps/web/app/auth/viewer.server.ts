import { data, redirect } from '@remix-run/node';
import { ApiError, graphqlRequest } from '~/graphql/client.server';
import { graphql } from '~/graphql/generated';
import type { Role, ViewerQuery } from '~/graphql/generated/graphql';
import { clearedSessionCookie, getSessionToken } from './session.server';

const ViewerDocument = graphql(`
  query Viewer {
    me {
      id
      email
      name
      organizations {
        slug
        name
        kind
        role
      }
      twoFactorSetupRequiredIn
    }
  }
`);

export type Viewer = NonNullable<ViewerQuery['me']>;
export type ViewerOrganization = Viewer['organizations'][number];

/**
 * The signed-in person, or null when there is no session cookie or the API no longer accepts it
 * (signed out elsewhere, expired, disabled). Throws ApiError when the API could not answer.
 */
export function getViewer(request: Request): Promise<Viewer | null> {
  // The root, layout and page loaders of one request all ask: one API call answers them all.
  let viewer = viewersByRequest.get(request);
  if (!viewer) {
    viewer = fetchViewer(request);
    viewersByRequest.set(request, viewer);
  }
  return viewer;
}

const viewersByRequest = new WeakMap<Request, Promise<Viewer | null>>();

async function fetchViewer(request: Request): Promise<Viewer | null> {
  if (!(await getSessionToken(request))) return null;
  try {
    const { me } = await graphqlRequest(ViewerDocument, {}, { request });
    return me ?? null;
  } catch (error) {
    if (error instanceof ApiError && error.code === 'UNAUTHENTICATED') return null;
    throw error;
  }
}

/** To the sign-in page and back here afterwards, dropping a session cookie the API no longer accepts. */
export function redirectToSignIn(request: Request): Response {
  const url = new URL(request.url);
  const redirectTo = `${url.pathname}${url.search}`;
  return redirect(`/sign-in?${new URLSearchParams({ redirectTo })}`, {
    headers: { 'set-cookie': clearedSessionCookie() },
  });
}

/** The signed-in person; signed-out visitors are sent to sign in. */
export async function requireViewer(request: Request): Promise<Viewer> {
  const viewer = await getViewer(request);
  if (!viewer) throw redirectToSignIn(request);
  return viewer;
}

/**
 * The signed-in person and their membership in the organization of the URL. Not being a member reads
 * as "no such page" (404), so URLs do not reveal which organizations exist; a member whose role may not
 * use the page gets 403.
 */
export async function requireMembership(
  request: Request,
  slug: string | undefined,
  roles?: readonly Role[],
): Promise<{ viewer: Viewer; organization: ViewerOrganization }> {
  const viewer = await requireViewer(request);
  const organization = viewer.organizations.find((candidate) => candidate.slug === slug);
  if (!organization) {
    // The page says "pick one of your organizations": it gets the list to show.
    const yours = viewer.organizations.map(({ slug, name }) => ({ slug, name }));
    throw data({ organizations: yours }, { status: 404, statusText: 'Not Found' });
  }
  if (roles && !roles.includes(organization.role)) throw data(null, { status: 403, statusText: 'Forbidden' });
  // The organization requires two-factor sign-in of its staff (the API refuses them until it is on).
  if (viewer.twoFactorSetupRequiredIn.includes(organization.slug)) {
    throw redirect(`/account/two-factor?${new URLSearchParams({ required: organization.slug })}`);
  }
  return { viewer, organization };
}

/**
 * Turns an API failure in a signed-in loader or action into the response a page should give:
 * sign in again, 403, 404, 503 while the service is unavailable, or 502 for anything else the visitor
 * cannot fix (logged with the request id).
 */
export function apiFailure(error: unknown, request: Request): never {
  if (!(error instanceof ApiError)) throw error;
  switch (error.code) {
    case 'UNAUTHENTICATED':
      throw redirectToSignIn(request);
    case 'FORBIDDEN':
      throw data(null, { status: 403, statusText: 'Forbidden' });
    case 'NOT_FOUND':
      throw data(null, { status: 404, statusText: 'Not Found' });
    case 'BAD_USER_INPUT':
      // A malformed id from the address (refused before any field is checked) names no page.
      if (request.method === 'GET' && error.fields.length === 0)
        throw data(null, { status: 404, statusText: 'Not Found' });
      break;
    case 'UNAVAILABLE':
      throw data(null, {
        status: 503,
        statusText: 'Service Unavailable',
        headers: { 'Retry-After': String(error.retryAfterSeconds ?? 5) },
      });
  }
  console.error(
    `${request.method} ${new URL(request.url).pathname}: ${error.code}: ${error.message} (request ${error.requestId})`,
  );
  throw data(null, { status: 502, statusText: 'Bad Gateway' });
}

/** For pages only signed-out visitors need (sign in, sign up): the signed-in go on to `to`. */
export async function redirectIfSignedIn(request: Request, to: string): Promise<void> {
  const viewer = await getViewer(request).catch((error: unknown) => {
    if (error instanceof ApiError) return null;
    throw error;
  });
  if (viewer) throw redirect(to);
}
