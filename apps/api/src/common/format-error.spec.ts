import { GraphQLError } from 'graphql';
import { ForbiddenException, ParseUUIDPipe } from '@nestjs/common';
import { formatGraphQLError } from './format-error.js';
import { BadUserInputError, NotFoundError } from './errors.js';

function format(error: unknown, extensions?: Record<string, unknown>) {
  const logged: unknown[] = [];
  const wrapped = new GraphQLError(error instanceof Error ? error.message : 'x', {
    originalError: error as Error,
    path: ['field'],
    extensions,
  });
  const formatted = formatGraphQLError(
    { message: wrapped.message, path: ['field'], extensions: extensions ?? {} },
    wrapped,
    (e) => logged.push(e),
  );
  return { formatted, logged };
}

describe('formatGraphQLError', () => {
  it('hides unexpected errors (SQL text, stacks) behind INTERNAL_SERVER_ERROR and logs them', () => {
    const sqlError = new Error('duplicate key value violates unique constraint "users_email_key"');
    const { formatted, logged } = format(sqlError);
    expect(formatted).toEqual({
      message: 'Something went wrong on our side. Please try again.',
      path: ['field'],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(logged).toEqual([sqlError]);
  });

  it.each([
    [
      'a refused connection',
      Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }),
    ],
    [
      'a server shutting down',
      Object.assign(new Error('the database system is shutting down'), { code: '57P03' }),
    ],
    ['a dropped connection', new Error('Connection terminated unexpectedly')],
    ['an exhausted pool', new Error('timeout exceeded when trying to connect')],
    [
      'a query failure wrapping a shutdown',
      Object.assign(new Error('terminating connection'), { driverError: { code: '57P01' } }),
    ],
  ])('answers SERVICE_UNAVAILABLE, unlogged, for %s', (_case, error) => {
    const { formatted, logged } = format(error);
    expect(formatted).toEqual({
      message: 'Rebound is briefly unavailable. Please try again in a few seconds.',
      path: ['field'],
      extensions: { code: 'SERVICE_UNAVAILABLE', retryAfterSeconds: 5 },
    });
    expect(logged).toEqual([]);
  });

  it('keeps other database errors internal', () => {
    const { formatted } = format(Object.assign(new Error('deadlock detected'), { code: '40P01' }));
    expect(formatted.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
  });

  it('passes coded application errors through with their field paths', () => {
    const error = new BadUserInputError([
      { path: 'input.email', code: 'INVALID_EMAIL', message: 'Enter a valid email address.' },
    ]);
    const { formatted, logged } = format(error, error.extensions);
    expect(formatted.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'input.email', code: 'INVALID_EMAIL', message: 'Enter a valid email address.' }],
    });
    expect(logged).toEqual([]);
  });

  it('keeps the code of not-found errors and drops any other extension', () => {
    const error = new NotFoundError('Client');
    const { formatted } = format(error, { ...error.extensions, stacktrace: ['at x'] });
    expect(formatted.extensions).toEqual({ code: 'NOT_FOUND' });
  });

  it("maps Nest's HTTP exceptions (thrown by guards and pipes) to codes", () => {
    const { formatted } = format(new ForbiddenException());
    expect(formatted.extensions).toEqual({ code: 'FORBIDDEN' });
  });

  it('answers a malformed id BAD_USER_INPUT, not the BAD_REQUEST Apollo gives it', async () => {
    const thrown = await new ParseUUIDPipe()
      .transform('not-a-uuid', { type: 'query', data: 'id' })
      .catch((error: unknown) => error);
    const { formatted, logged } = format(thrown, { code: 'BAD_REQUEST' });
    expect(formatted.extensions).toEqual({ code: 'BAD_USER_INPUT' });
    expect(logged).toEqual([]);
  });
});
