import { ACCOUNT_PROBLEMS } from './account-problems.js';
import { AGENCY_PROBLEMS } from './agency-problems.js';
import { COACHING_PROBLEMS } from './coaching-problems.js';
import { INPUT_PROBLEMS } from './input-problems.js';
import { isProblemCode, PROBLEM_CODES } from './problem-codes.js';

describe('problem codes', () => {
  it('are written once across the lists, in upper snake case', () => {
    const all = [...INPUT_PROBLEMS, ...ACCOUNT_PROBLEMS, ...COACHING_PROBLEMS, ...AGENCY_PROBLEMS];
    expect(new Set(all).size).toBe(all.length);
    expect(PROBLEM_CODES).toEqual(all);
    for (const code of all) expect(code).toMatch(/^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/);
  });

  it('tells a known code from anything else', () => {
    expect(isProblemCode('TOO_LONG')).toBe(true);
    expect(isProblemCode('too_long')).toBe(false);
    expect(isProblemCode(undefined)).toBe(false);
  });
});
