import type { FieldProblem } from './errors.js';
import type { ProblemParams } from '@rebound/domain';
import { INPUT_PROBLEMS } from '@rebound/domain';

type InputProblem = (typeof INPUT_PROBLEMS)[number];

const count = (value: string | number | undefined) =>
  typeof value === 'number' ? value.toLocaleString('en-US') : String(value ?? '');

/**
 * The API's English for the input problems every operation can have: the `message` beside the code,
 * for developers and logs (the web shows its own words for the code).
 */
const MESSAGES: Record<InputProblem, (params: ProblemParams) => string> = {
  REQUIRED: () => 'This field is required.',
  TOO_LONG: ({ limit }) => `Use at most ${count(limit)} characters.`,
  TOO_MANY: ({ limit }) => `Give at most ${count(limit)} entries.`,
  TOO_FEW: ({ limit }) => `Give at least ${count(limit)} entries.`,
  OUT_OF_RANGE: ({ min, max }) =>
    min !== undefined && max !== undefined
      ? `Use a number from ${count(min)} to ${count(max)}.`
      : min !== undefined
        ? `Use a number of at least ${count(min)}.`
        : max !== undefined
          ? `Use a number of at most ${count(max)}.`
          : 'This number is out of range.',
  INVALID_EMAIL: () => 'Enter a valid email address.',
  INVALID_URL: () => 'Enter a full web address starting with http:// or https://.',
  INVALID_ID: () => 'Choose an existing record.',
  INVALID_DATE: () => 'Enter a valid date.',
  UNKNOWN_VALUE: () => 'Choose one of the listed values.',
  WRONG_TYPE: () => 'This value has the wrong type.',
  MALFORMED_TEXT: () => 'Remove control or broken characters from this text.',
  UNKNOWN_FIELD: () => 'This field is not part of the operation.',
  STALE_VERSION: () =>
    'Someone else changed this since you opened it. Reload to see their changes, then try again.',
  INVALID_CURSOR: () => 'This cursor is not one the API gave out.',
};

export function inputProblemMessage(code: InputProblem, params: ProblemParams = {}): string {
  return MESSAGES[code](params);
}

/** A field's input problem with the API's English for it. */
export function inputProblem(path: string, code: InputProblem, params?: ProblemParams): FieldProblem {
  return { path, code, message: inputProblemMessage(code, params), ...(params ? { params } : {}) };
}
