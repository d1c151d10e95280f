import { randomUUID } from 'node:crypto';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type DocumentNode } from 'graphql';
import { getSessionToken } from '~/auth/session.server';
import { clientAddressOf } from '../../server/client-address';
import { ApiError, apiErrorFromGraphQLErrors } from './errors';

export { ApiError } from './errors';
export type { ApiErrorCode, FieldError } from './errors';

const DEFAULT_API_URL = 'http://127.0.0.1:3001';
const TIMEOUT_MS = 10_000;

export interface GraphQLRequestOptions {
  /**
   * The incoming request: its session cookie goes to the API as `authorization: Bearer …`, its
   * `x-request-id` is forwarded and its abort signal cancels the API call.
   */
  request: Request;
  /** The organization slug of a page under `/app/:org`, sent as `x-rebound-org`. */
  org?: string;
  /**
   * A [service] operation (Auth.js adapter, signed-out flows). Every call sends `x-rebound-service-key`
   * with the browser's address in `x-rebound-client-ip` (rate limits, audit log), as the web server settled
   * it from the socket and `TRUST_PROXY` (never from a header of the request), and its user agent in
   * `x-rebound-client-agent` (the device of a sign-in); the flag says which operations need the key.
   */
  service?: boolean;
  /**
   * The page may show data up to the API's read-replica lag bound old (the dashboard): its lists may
   * then be read from the replica. Only for queries; the API ignores it on mutations.
   */
  mayLag?: boolean;
  /** Send this session token instead of the request's cookie: right after sign-in, before the browser has it. */
  sessionToken?: string;
}

const printed = new WeakMap<DocumentNode, string>();

/** The query text of a document, printed once per document. */
function queryText(document: DocumentNode): string {
  let text = printed.get(document);
  if (text === undefined) {
    text = print(document);
    printed.set(document, text);
  }
  return text;
}

/** A request id goes into log lines: take the incoming one only when it looks like an id. */
const REQUEST_ID = /^[\w.:-]{1,128}$/;

function requestIdOf(request: Request): string {
  const incoming = request.headers.get('x-request-id');
  return incoming && REQUEST_ID.test(incoming) ? incoming : randomUUID();
}

function serviceKey(): string {
  const key = process.env.SERVICE_KEY;
  if (!key) throw new Error('SERVICE_KEY is not set. `npm start` generates one in .data/.');
  return key;
}

/** The headers of an API call made for `options` (session, organization, request id). */
export async function apiHeaders(options: GraphQLRequestOptions): Promise<Record<string, string>> {
  return headersFor(options);
}

async function headersFor({
  request,
  org,
  service,
  sessionToken,
  mayLag,
}: GraphQLRequestOptions): Promise<Record<string, string>> {
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    accept: 'application/graphql-response+json, application/json',
    'x-request-id': requestIdOf(request),
  };
  const token = sessionToken ?? (await getSessionToken(request));
  if (token) headers.authorization = `Bearer ${token}`;
  if (org) headers['x-rebound-org'] = org;
  if (mayLag) headers['x-rebound-reads'] = 'may-lag';
  // The key vouches for the address and user agent below: the API believes them only from us. Service
  // operations cannot work without it; ordinary ones then go without the visitor's address.
  const key = service ? serviceKey() : process.env.SERVICE_KEY;
  if (!key) return headers;
  headers['x-rebound-service-key'] = key;
  const address = clientAddressOf();
  if (address) headers['x-rebound-client-ip'] = address;
  const userAgent = request.headers.get('user-agent');
  if (userAgent) headers['x-rebound-client-agent'] = userAgent.slice(0, 300);
  return headers;
}

/** The URL of a path on the API, e.g. `/graphql`. */
export function apiUrl(path: string): string {
  return `${(process.env.API_URL ?? DEFAULT_API_URL).replace(/\/+$/, '')}${path}`;
}

function apiEndpoint(): string {
  return apiUrl('/graphql');
}

/**
 * Sends one GraphQL operation to the API, server side only (loaders and actions are the
 * backend-for-frontend; the browser never calls the API). Resolves with the typed `data`, or throws
 * an ApiError: the first GraphQL error's code and field errors, or UNAVAILABLE when the API could not
 * be reached or did not answer with GraphQL.
 */
export async function graphqlRequest<TData, TVariables extends Record<string, unknown>>(
  document: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
  options: GraphQLRequestOptions,
): Promise<TData> {
  const { request } = options;
  const headers = await headersFor(options);
  const requestId = headers['x-request-id'];
  const endpoint = apiEndpoint();

  let response: Response;
  try {
    response = await fetch(endpoint, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query: queryText(document), variables }),
      signal: AbortSignal.any([request.signal, AbortSignal.timeout(TIMEOUT_MS)]),
    });
  } catch (error) {
    // The visitor went away: let Remix handle the abort instead of reporting the API as down.
    if (request.signal.aborted) throw request.signal.reason ?? error;
    throw new ApiError('UNAVAILABLE', `API not reachable at ${endpoint}`, [], { cause: error, requestId });
  }

  let body: unknown;
  try {
    body = await response.json();
  } catch (error) {
    throw new ApiError('UNAVAILABLE', `API answered HTTP ${response.status} without a GraphQL body`, [], {
      cause: error,
      requestId,
    });
  }

  const result = (typeof body === 'object' && body !== null ? body : {}) as {
    data?: TData | null;
    errors?: unknown;
  };
  if (Array.isArray(result.errors) && result.errors.length > 0) {
    throw apiErrorFromGraphQLErrors(result.errors, requestId);
  }
  if (result.data == null) {
    throw new ApiError(
      'INTERNAL_SERVER_ERROR',
      `API answered HTTP ${response.status} with neither data nor errors`,
      [],
      { requestId },
    );
  }
  return result.data;
}
