import { GraphQLError } from 'graphql';
import type { ApiErrorCode, ProblemCode, ProblemParams } from '@rebound/domain';

/**
 * What is wrong with one input field. `code` is what clients act on (the web shows its own words for
 * it); `message` is English for developers and logs.
 */
export interface FieldProblem {
  /** Dotted path of the input field, e.g. `input.email`. */
  path: string;
  code: ProblemCode;
  message: string;
  /** Values the words for `code` need, e.g. `{ limit: 160 }`. */
  params?: ProblemParams;
}

export class AppError extends GraphQLError {
  constructor(code: ApiErrorCode, message: string, extra: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extra } });
  }
}

export class UnauthenticatedError extends AppError {
  constructor(message = 'Sign in to continue.') {
    super('UNAUTHENTICATED', message);
  }
}

export class ForbiddenError extends AppError {
  constructor(message = 'You do not have access to this.', fields?: FieldProblem[]) {
    super('FORBIDDEN', message, fields ? { fields } : {});
  }
}

/** The organization requires two-factor sign-in of its staff, and this member has not turned it on. */
export class TwoFactorRequiredError extends ForbiddenError {
  constructor() {
    super('This organization requires two-factor sign-in. Turn it on from your account page to continue.');
  }
}

export class NotFoundError extends AppError {
  constructor(what: string) {
    super('NOT_FOUND', `${what} was not found.`);
  }
}

export class BadUserInputError extends AppError {
  constructor(
    readonly fields: FieldProblem[],
    message = 'Some fields need attention.',
  ) {
    super('BAD_USER_INPUT', message, { fields });
  }
}

/**
 * The request clashes with the record's state or with another record. `problem` says how (a code the
 * web has words for); with `field` the clash is that field's (a name already taken).
 */
export class ConflictError extends AppError {
  constructor(problem: ProblemCode, message: string, field?: string, params?: ProblemParams) {
    const withParams = params ? { params } : {};
    super(
      'CONFLICT',
      message,
      field
        ? { problem, ...withParams, fields: [{ path: field, code: problem, message, ...withParams }] }
        : { problem, ...withParams },
    );
  }
}

export class PaymentRequiredError extends AppError {
  constructor(
    message = 'Your subscription does not allow this right now.',
    fields?: FieldProblem[],
    problem?: ProblemCode,
  ) {
    super('PAYMENT_REQUIRED', message, { ...(fields ? { fields } : {}), ...(problem ? { problem } : {}) });
  }
}

export class RateLimitedError extends AppError {
  constructor(readonly retryAfterSeconds: number) {
    const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
    const wait =
      retryAfterSeconds > 0 && retryAfterSeconds < 60
        ? `${retryAfterSeconds} second${retryAfterSeconds === 1 ? '' : 's'}`
        : `${minutes} minute${minutes === 1 ? '' : 's'}`;
    super('RATE_LIMITED', `Too many attempts. Try again in ${wait}.`, {
      retryAfterSeconds,
    });
  }
}

/** Seconds a caller should wait before retrying while the database is unreachable or saturated. */
export const SERVICE_UNAVAILABLE_RETRY_SECONDS = 5;

/**
 * The database is down, restarting or out of connections: nothing is wrong with the request, and it
 * had no effect (its transaction never committed). Answered as HTTP 503 with Retry-After.
 */
export class ServiceUnavailableError extends AppError {
  constructor() {
    super('SERVICE_UNAVAILABLE', 'Rebound is briefly unavailable. Please try again in a few seconds.', {
      retryAfterSeconds: SERVICE_UNAVAILABLE_RETRY_SECONDS,
      http: { status: 503, headers: new Map([['retry-after', String(SERVICE_UNAVAILABLE_RETRY_SECONDS)]]) },
    });
  }
}
