/** Error codes the API puts in `extensions.code`, plus UNAVAILABLE when the API could not be reached. */
export const apiErrorCodes = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'CONFLICT',
  'PAYMENT_REQUIRED',
  'RATE_LIMITED',
  'INTERNAL_SERVER_ERROR',
  'UNAVAILABLE',
] as const;

export type ApiErrorCode = (typeof apiErrorCodes)[number];

/** A field-level validation message, e.g. `{ path: 'input.email', message: '…' }`. */
export interface FieldError {
  path: string;
  message: string;
}

/**
 * A failed API call. `message` is for logs only: pages pick their own text from the catalogue by `code`
 * (and show `fields` next to form inputs), so no API wording or internals reach the user.
 */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly code: ApiErrorCode;
  readonly fields: FieldError[];
  /** The x-request-id sent with the call, to find the API's log lines for it. */
  readonly requestId: string | undefined;
  /** RATE_LIMITED only: how long until the next attempt is allowed. */
  readonly retryAfterSeconds: number | undefined;

  constructor(
    code: ApiErrorCode,
    message: string,
    fields: FieldError[] = [],
    options: { cause?: unknown; requestId?: string; retryAfterSeconds?: number } = {},
  ) {
    super(message, { cause: options.cause });
    this.code = code;
    this.fields = fields;
    this.requestId = options.requestId;
    this.retryAfterSeconds = options.retryAfterSeconds;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function toCode(value: unknown): ApiErrorCode {
  // The API is up but its database is not (a restart, a full pool): to the visitor the service is unavailable.
  if (value === 'SERVICE_UNAVAILABLE') return 'UNAVAILABLE';
  return typeof value === 'string' &&
    (apiErrorCodes as readonly string[]).includes(value) &&
    value !== 'UNAVAILABLE'
    ? (value as ApiErrorCode)
    : 'INTERNAL_SERVER_ERROR';
}

function toFields(value: unknown): FieldError[] {
  if (!Array.isArray(value)) return [];
  return value
    .filter(
      (item): item is FieldError =>
        isRecord(item) && typeof item.path === 'string' && typeof item.message === 'string',
    )
    .map(({ path, message }) => ({ path, message }));
}

/**
 * Turns the `errors` array of a GraphQL response into one ApiError, from its first entry.
 * Codes we do not know (e.g. Apollo's GRAPHQL_VALIDATION_FAILED: a web/API mismatch) become
 * INTERNAL_SERVER_ERROR.
 */
export function apiErrorFromGraphQLErrors(errors: readonly unknown[], requestId?: string): ApiError {
  const first = isRecord(errors[0]) ? errors[0] : {};
  const extensions = isRecord(first.extensions) ? first.extensions : {};
  const message = typeof first.message === 'string' ? first.message : 'GraphQL error without a message';
  const retryAfter = extensions.retryAfterSeconds;
  return new ApiError(toCode(extensions.code), message, toFields(extensions.fields), {
    requestId,
    retryAfterSeconds: typeof retryAfter === 'number' && retryAfter >= 0 ? retryAfter : undefined,
  });
}
