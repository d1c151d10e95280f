/**
 * What went wrong with a request, as codes: the API answers them, the web renders its own words for
 * them from its message catalogue. The API's `message` beside a code is English for developers and
 * logs, never what a page shows.
 */

/** The `extensions.code` of every API error a client can rely on; anything else is INTERNAL_SERVER_ERROR. */
export const API_ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'CONFLICT',
  'PAYMENT_REQUIRED',
  'RATE_LIMITED',
  'SERVICE_UNAVAILABLE',
  'INTERNAL_SERVER_ERROR',
] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

/** Values a problem's words may need ("at most {limit} characters"). */
export type ProblemParams = Readonly<Record<string, string | number>>;
