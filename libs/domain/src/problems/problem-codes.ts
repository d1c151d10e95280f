import { ACCOUNT_PROBLEMS } from './account-problems.js';
import { AGENCY_PROBLEMS } from './agency-problems.js';
import { COACHING_PROBLEMS } from './coaching-problems.js';
import { INPUT_PROBLEMS } from './input-problems.js';

/**
 * Every problem code the API may put on a field (`extensions.fields[].code`) or on a whole error
 * (`extensions.problem`): one list, from one file per subject, each code with its words in the web's
 * catalogue (a type error there when one is missing).
 */
export const PROBLEM_CODES = [
  ...INPUT_PROBLEMS,
  ...ACCOUNT_PROBLEMS,
  ...COACHING_PROBLEMS,
  ...AGENCY_PROBLEMS,
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];

export function isProblemCode(value: unknown): value is ProblemCode {
  return typeof value === 'string' && (PROBLEM_CODES as readonly string[]).includes(value);
}
