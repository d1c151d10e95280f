import { API_ERROR_CODES, isProblemCode, type ProblemCode, type ProblemParams } from '@rebound/domain';

/**
 * The API's error codes, except that the API's SERVICE_UNAVAILABLE and an API that could not be
 * reached are both UNAVAILABLE here: to the visitor the service is unavailable either way.
 */
export const apiErrorCodes = [
  ...API_ERROR_CODES.filter(
    (code): code is Exclude<(typeof API_ERROR_CODES)[number], 'SERVICE_UNAVAILABLE'> =>
      code !== 'SERVICE_UNAVAILABLE',
  ),
  'UNAVAILABLE',
] as const;

export type ApiErrorCode = Exclude<(typeof API_ERROR_CODES)[number], 'SERVICE_UNAVAILABLE'> | 'UNAVAILABLE';

/** What is wrong with one input field, e.g. `{ path: 'input.email', code: 'INVALID_EMAIL' }`. */
export interface FieldError {
  path: string;
  /** Null for a code this web app does not know yet (an API newer than the web). */
  code: ProblemCode | null;
  params: ProblemParams;
}

/**
 * A failed API call. `message` is for logs only: pages pick their own text from the catalogue by `code`,
 * `problem` and each field's code (shown next to form inputs), so no API wording or internals reach the user.
 */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly code: ApiErrorCode;
  /** How the request clashed or failed, when the API says (a CONFLICT's reason), and its params. */
  readonly problem: ProblemCode | null;
  readonly problemParams: ProblemParams;
  readonly fields: FieldError[];
  /** The x-request-id sent with the call, to find the API's log lines for it. */
  readonly requestId: string | undefined;
  /** RATE_LIMITED only: how long until the next attempt is allowed. */
  readonly retryAfterSeconds: number | undefined;

  constructor(
    code: ApiErrorCode,
    message: string,
    fields: FieldError[] = [],
    options: {
      cause?: unknown;
      requestId?: string;
      retryAfterSeconds?: number;
      problem?: ProblemCode | null;
      problemParams?: ProblemParams;
    } = {},
  ) {
    super(message, { cause: options.cause });
    this.code = code;
    this.problem = options.problem ?? null;
    this.problemParams = options.problemParams ?? {};
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
  return value.filter(isRecord).flatMap((item) =>
    typeof item.path === 'string'
      ? [
          {
            path: item.path,
            code: isProblemCode(item.code) ? item.code : null,
            params: toParams(item.params),
          },
        ]
      : [],
  );
}

function toParams(value: unknown): ProblemParams {
  if (!isRecord(value)) return {};
  return Object.fromEntries(
    Object.entries(value).filter(
      (entry): entry is [string, string | number] =>
        typeof entry[1] === 'string' || typeof entry[1] === 'number',
    ),
  );
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
    problem: isProblemCode(extensions.problem) ? extensions.problem : null,
    problemParams: toParams(extensions.params),
    retryAfterSeconds: typeof retryAfter === 'number' && retryAfter >= 0 ? retryAfter : undefined,
  });
}
