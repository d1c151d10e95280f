import { describe, expect, it } from '@jest/globals';
import { z } from 'zod';
import { ApiError } from '~/graphql/errors';
import { fieldErrorsFromApi, formFailureFromApi, parseForm, rateLimitedMessage } from './forms';

describe('parseForm', () => {
  const schema = z
    .object({ a: z.string().min(1, 'A is empty'), b: z.string().min(2, 'B is short').max(3, 'B is long') })
    .refine((form) => form.a !== form.b, { message: 'A and B must differ' });

  const form = (fields: Record<string, string>) => {
    const data = new FormData();
    for (const [name, value] of Object.entries(fields)) data.set(name, value);
    return data;
  };

  it('returns the parsed data', () => {
    expect(parseForm(schema, form({ a: 'x', b: 'yy' }))).toEqual({ ok: true, data: { a: 'x', b: 'yy' } });
  });

  it('keeps the first message per field', () => {
    expect(parseForm(schema, form({ a: '', b: 'y' }))).toEqual({
      ok: false,
      fieldErrors: { a: 'A is empty', b: 'B is short' },
      formError: undefined,
    });
  });

  it('puts a problem of the whole form in formError', () => {
    expect(parseForm(schema, form({ a: 'xx', b: 'xx' }))).toEqual({
      ok: false,
      fieldErrors: {},
      formError: 'A and B must differ',
    });
  });
});

describe('fieldErrorsFromApi', () => {
  it('names fields as the form does, in the catalogue’s words for each code, the first problem each', () => {
    expect(
      fieldErrorsFromApi([
        { path: 'input.email', code: 'INVALID_EMAIL', params: {} },
        { path: 'input.email', code: 'TOO_LONG', params: { limit: 254 } },
        { path: 'input.name', code: 'TOO_LONG', params: { limit: 10000 } },
        { path: 'id', code: 'INVALID_ID', params: {} },
      ]),
    ).toEqual({
      email: 'Enter an email address, like name@example.com.',
      name: 'Use at most 10,000 characters.',
      id: 'Choose one of the options offered.',
    });
  });

  it('names the bounds of a number out of range, as far as the API sent them', () => {
    expect(
      fieldErrorsFromApi([
        { path: 'input.a', code: 'OUT_OF_RANGE', params: { min: 1, max: 5 } },
        { path: 'input.b', code: 'OUT_OF_RANGE', params: { min: 1 } },
        { path: 'input.c', code: 'OUT_OF_RANGE', params: { max: 10000 } },
        { path: 'input.d', code: 'OUT_OF_RANGE', params: {} },
      ]),
    ).toEqual({
      a: 'Enter a number from 1 to 5.',
      b: 'Enter a number of at least 1.',
      c: 'Enter a number of at most 10,000.',
      d: 'This number is outside what is allowed here.',
    });
  });

  it('asks to check the form for a code it does not know or words missing their params', () => {
    expect(
      fieldErrorsFromApi([
        { path: 'input.a', code: null, params: {} },
        { path: 'input.b', code: 'TOO_LONG', params: {} },
      ]),
    ).toEqual({
      a: 'Something in the form needs attention. Check it and try again.',
      b: 'Something in the form needs attention. Check it and try again.',
    });
  });
});

describe('rateLimitedMessage', () => {
  it.each([
    [840, 'Too many attempts. Try again in 14 minutes.'],
    [61, 'Too many attempts. Try again in 2 minutes.'],
    [60, 'Too many attempts. Try again in 1 minute.'],
    [59, 'Too many attempts. Try again in 59 seconds.'],
    [1, 'Too many attempts. Try again in 1 second.'],
    [undefined, 'Too many attempts. Try again in 1 minute.'],
  ])('%s seconds → %s', (seconds, message) => {
    expect(rateLimitedMessage(seconds)).toBe(message);
  });
});

describe('formFailureFromApi', () => {
  const fields = ['email', 'role'];

  it('shows the form’s own fields next to them and anything else above the form', () => {
    const error = new ApiError('BAD_USER_INPUT', 'x', [
      { path: 'input.email', code: 'INVALID_EMAIL', params: {} },
    ]);
    expect(formFailureFromApi(error, fields)).toEqual({
      fieldErrors: { email: 'Enter an email address, like name@example.com.' },
      formError: undefined,
    });
    const stale = new ApiError(
      'CONFLICT',
      'x',
      [{ path: 'input.version', code: 'STALE_VERSION', params: {} }],
      {
        problem: 'STALE_VERSION',
      },
    );
    expect(formFailureFromApi(stale, fields)).toEqual({
      fieldErrors: {},
      formError:
        'Someone else changed this since you opened it. Reload to see their changes, then try again.',
    });
  });

  it('words a conflict without a field by its problem code, never in the API’s words', () => {
    const error = new ApiError('CONFLICT', 'API words', [], { problem: 'STALE_VERSION' });
    expect(formFailureFromApi(error, fields)?.formError).toBe(
      'Someone else changed this since you opened it. Reload to see their changes, then try again.',
    );
  });

  it('shows a read-only refusal above the form', () => {
    expect(formFailureFromApi(new ApiError('PAYMENT_REQUIRED', 'API words'), fields)).toEqual({
      fieldErrors: {},
      formError: 'The organization’s subscription does not allow this right now. See the billing page.',
    });
    const canceled = new ApiError('PAYMENT_REQUIRED', 'API words', [], { problem: 'READ_ONLY_CANCELED' });
    expect(formFailureFromApi(canceled, fields)?.formError).toMatch(/^The subscription has ended/);
  });

  it('shows a plan limit next to the field it blames, with the plan and its limit', () => {
    const error = new ApiError('PAYMENT_REQUIRED', 'API words', [
      { path: 'input.role', code: 'COACHING_SEATS_TAKEN', params: { plan: 'Solo', limit: 1 } },
    ]);
    expect(formFailureFromApi(error, fields)).toEqual({
      fieldErrors: {
        role: 'The Solo plan has no coaching seat left (it includes 1; owners, admins and coaches each take one). Choose the Practice plan on the billing page to add people who coach.',
      },
      formError: undefined,
    });
  });

  it('still says something when a conflict names no field', () => {
    expect(formFailureFromApi(new ApiError('BAD_USER_INPUT', 'x'), fields)?.formError).toMatch(/Check it/);
  });

  it('words throttling, refusals and vanished rows in the catalogue’s words', () => {
    const throttled = new ApiError('RATE_LIMITED', 'x', [], { retryAfterSeconds: 300 });
    expect(formFailureFromApi(throttled, fields)?.formError).toBe(
      'Too many attempts. Try again in 5 minutes.',
    );
    expect(formFailureFromApi(new ApiError('FORBIDDEN', 'internal words'), fields)?.formError).toBe(
      'Your role does not allow this.',
    );
    expect(formFailureFromApi(new ApiError('NOT_FOUND', 'x'), fields)?.formError).toMatch(/no longer exists/);
  });

  it.each(['UNAUTHENTICATED', 'UNAVAILABLE', 'INTERNAL_SERVER_ERROR'] as const)(
    'leaves %s to the page (sign in again, error page)',
    (code) => {
      expect(formFailureFromApi(new ApiError(code, 'x'), fields)).toBeNull();
    },
  );

  it('leaves errors that are not the API’s alone', () => {
    expect(formFailureFromApi(new Error('bug'), fields)).toBeNull();
  });
});
