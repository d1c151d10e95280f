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

  it('passes coded application errors through with their field paths', () => {
    const error = new BadUserInputError([{ path: 'input.email', message: 'Enter a valid email address.' }]);
    const { formatted, logged } = format(error, error.extensions);
    expect(formatted.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'input.email', message: 'Enter a valid email address.' }],
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
