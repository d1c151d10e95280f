import { describe, expect, it } from '@jest/globals';
import { ApiError, apiErrorFromGraphQLErrors } from './errors';

describe('apiErrorFromGraphQLErrors', () => {
  it.each([
    'UNAUTHENTICATED',
    'FORBIDDEN',
    'NOT_FOUND',
    'BAD_USER_INPUT',
    'CONFLICT',
    'PAYMENT_REQUIRED',
    'RATE_LIMITED',
  ] as const)('keeps the code %s', (code) => {
    const error = apiErrorFromGraphQLErrors([{ message: 'nope', extensions: { code } }]);
    expect(error).toBeInstanceOf(ApiError);
    expect(error.code).toBe(code);
    expect(error.message).toBe('nope');
    expect(error.fields).toEqual([]);
  });

  it('uses the first error when there are several', () => {
    const error = apiErrorFromGraphQLErrors([
      { message: 'first', extensions: { code: 'FORBIDDEN' } },
      { message: 'second', extensions: { code: 'NOT_FOUND' } },
    ]);
    expect([error.code, error.message]).toEqual(['FORBIDDEN', 'first']);
  });

  it('carries each field’s problem code and params, and drops malformed entries', () => {
    const error = apiErrorFromGraphQLErrors([
      {
        message: 'Invalid input',
        extensions: {
          code: 'BAD_USER_INPUT',
          problem: 'STALE_VERSION',
          fields: [
            { path: 'input.email', code: 'INVALID_EMAIL', message: 'API words', extra: true },
            { path: 'input.name', code: 'TOO_LONG', params: { limit: 120, nested: { no: 1 } } },
            'input.company',
            { code: 'REQUIRED' },
            { path: 'input.role', code: 'A_CODE_FROM_A_NEWER_API' },
          ],
        },
      },
    ]);
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.problem).toBe('STALE_VERSION');
    expect(error.fields).toEqual([
      { path: 'input.email', code: 'INVALID_EMAIL', params: {} },
      { path: 'input.name', code: 'TOO_LONG', params: { limit: 120 } },
      { path: 'input.role', code: null, params: {} },
    ]);
  });

  it('carries how long a rate-limited caller has to wait', () => {
    const error = apiErrorFromGraphQLErrors([
      {
        message: 'Too many attempts. Try again in 15 minutes.',
        extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 840 },
      },
    ]);
    expect([error.code, error.retryAfterSeconds]).toEqual(['RATE_LIMITED', 840]);
    expect(
      apiErrorFromGraphQLErrors([{ message: 'x', extensions: { code: 'RATE_LIMITED' } }]).retryAfterSeconds,
    ).toBeUndefined();
  });

  it("reads the API's SERVICE_UNAVAILABLE (its database is away) as UNAVAILABLE, with when to retry", () => {
    const error = apiErrorFromGraphQLErrors([
      { message: 'x', extensions: { code: 'SERVICE_UNAVAILABLE', retryAfterSeconds: 5 } },
    ]);
    expect([error.code, error.retryAfterSeconds]).toEqual(['UNAVAILABLE', 5]);
  });

  it.each([
    ['an unknown code', [{ message: 'x', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }]],
    ['no extensions', [{ message: 'x' }]],
    ['a code only the web app may use', [{ message: 'x', extensions: { code: 'UNAVAILABLE' } }]],
    ['an entry that is not an object', ['x']],
  ])('maps %s to INTERNAL_SERVER_ERROR', (_case, errors) => {
    expect(apiErrorFromGraphQLErrors(errors).code).toBe('INTERNAL_SERVER_ERROR');
  });
});
