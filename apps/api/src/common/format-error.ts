import { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { HttpException } from '@nestjs/common';
import { isDatabaseUnavailable } from '../database/database-availability.js';
import { API_ERROR_CODES } from '@rebound/domain';
import { ServiceUnavailableError } from './errors.js';

/** Codes Apollo itself produces before a resolver runs; safe to pass on as they are. */
const APOLLO_REQUEST_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

const HTTP_STATUS_CODES: Record<number, string> = {
  400: 'BAD_USER_INPUT',
  401: 'UNAUTHENTICATED',
  402: 'PAYMENT_REQUIRED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
};

export type UnexpectedErrorLogger = (error: unknown) => void;

/**
 * Every error leaves the API with a stable code and a message meant for people; an unexpected one is
 * logged in full here and reaches the client as INTERNAL_SERVER_ERROR without stack or SQL text.
 */
export function formatGraphQLError(
  formatted: GraphQLFormattedError,
  error: unknown,
  logUnexpected: UnexpectedErrorLogger,
): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  const original = unwrapResolverError(error);
  const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };

  // Also when thrown while the request's context was being built (Apollo prefixes that message).
  if (code === 'SERVICE_UNAVAILABLE' || isDatabaseUnavailable(original)) {
    const unavailable = new ServiceUnavailableError();
    return {
      message: unavailable.message,
      path: formatted.path,
      extensions: {
        code: 'SERVICE_UNAVAILABLE',
        retryAfterSeconds: unavailable.extensions.retryAfterSeconds,
      },
    };
  }

  if (
    typeof code === 'string' &&
    (API_ERROR_CODES as readonly string[]).includes(code) &&
    code !== 'INTERNAL_SERVER_ERROR'
  ) {
    const { problem, params, fields, retryAfterSeconds } = formatted.extensions ?? {};
    return {
      ...base,
      extensions: {
        code,
        ...(problem ? { problem } : {}),
        ...(problem && params ? { params } : {}),
        ...(fields ? { fields } : {}),
        ...(retryAfterSeconds ? { retryAfterSeconds } : {}),
      },
    };
  }
  // Before Apollo's own codes: Nest's pipes (ParseUUIDPipe…) throw HTTP exceptions that Apollo labels
  // BAD_REQUEST, a code clients do not know.
  if (original instanceof HttpException && HTTP_STATUS_CODES[original.getStatus()]) {
    return { ...base, extensions: { code: HTTP_STATUS_CODES[original.getStatus()] } };
  }
  if (typeof code === 'string' && APOLLO_REQUEST_CODES.has(code)) {
    return { ...base, extensions: { code } };
  }
  logUnexpected(original);
  return {
    message: 'Something went wrong on our side. Please try again.',
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
