import type { ProblemCode } from '@rebound/domain';
import { accountProblems } from './messages.en.problems.account';
import { agencyProblems } from './messages.en.problems.agency';
import { coachingProblems } from './messages.en.problems.coaching';

/**
 * What the web says for each problem code the API answers (`extensions.problem`, a field's `code`),
 * shown next to the field or above the form. `{limit}`, `{min}` and `{max}` come from the API's params.
 * Same rules as messages.en.ts; every code has its words (a missing one is a type error).
 */
export const problems = {
  REQUIRED: 'Fill this in.',
  TOO_LONG: 'Use at most {limit} characters.',
  TOO_MANY: 'Choose at most {limit}.',
  TOO_FEW: 'Choose at least {limit}.',
  OUT_OF_RANGE: 'This number is outside what is allowed here.',
  INVALID_EMAIL: 'Enter an email address, like name@example.com.',
  INVALID_URL: 'Enter a full web address, starting with https://.',
  INVALID_ID: 'Choose one of the options offered.',
  INVALID_DATE: 'Enter a valid date.',
  UNKNOWN_VALUE: 'Choose one of the options offered.',
  WRONG_TYPE: 'This value is not valid here.',
  MALFORMED_TEXT: 'Remove the control or broken characters from this text.',
  UNKNOWN_FIELD: 'This form sent something the server does not accept. Reload the page and try again.',
  STALE_VERSION:
    'Someone else changed this since you opened it. Reload to see their changes, then try again.',
  INVALID_CURSOR: 'This list changed. Go back to its first page.',
  ...accountProblems,
  ...coachingProblems,
  ...agencyProblems,
  /** A code this web app does not know yet (the API is newer). */
  unknown: 'Something in the form needs attention. Check it and try again.',
} as const satisfies Record<ProblemCode | 'unknown', string>;
