import { looksLikeBinaryFile } from '@rebound/domain';
import type { FieldProblem } from './errors.js';

/**
 * C0 control characters other than tab, line feed and carriage return, and DEL. NUL cannot be stored in a
 * PostgreSQL text value at all; the others have no place in text a person typed.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

export const CONTROL_CHARACTER_MESSAGE = 'Remove the control characters (such as NUL) from this text.';

/**
 * Whether a string holds half of a UTF-16 surrogate pair without its other half (no character at all).
 * `isWellFormed` (ES2024) checks a 5 MB CSV in milliseconds, where a look-around pattern took a quarter
 * of a second.
 */
function hasLoneSurrogate(value: string): boolean {
  return !(value as string & { isWellFormed(): boolean }).isWellFormed();
}

export const BINARY_FILE_MESSAGE =
  'This is not text: it looks like an image or another binary file. A spreadsheet must be saved as CSV first.';

export const INVALID_DATE_MESSAGE = 'Enter a valid date and time.';

export const LONE_SURROGATE_MESSAGE = 'This text holds a broken character. Type or paste it again.';

/**
 * Every value in an argument that no field can take: strings holding a control character or a lone
 * surrogate, dates that are no date (the DateTime scalar lets `new Date('')` through). By its path ("input.name", "tags.2"). */
export function malformedValueProblems(value: unknown, path: string): FieldProblem[] {
  if (typeof value === 'string') {
    if (CONTROL_CHARACTER.test(value)) {
      // A file's bytes pasted or uploaded as text, rather than a stray character in something typed.
      return [
        {
          path,
          code: 'MALFORMED_TEXT',
          message: looksLikeBinaryFile(value) ? BINARY_FILE_MESSAGE : CONTROL_CHARACTER_MESSAGE,
        },
      ];
    }
    return hasLoneSurrogate(value) ? [{ path, code: 'MALFORMED_TEXT', message: LONE_SURROGATE_MESSAGE }] : [];
  }
  if (value instanceof Date) {
    return Number.isNaN(value.getTime())
      ? [{ path, code: 'INVALID_DATE', message: INVALID_DATE_MESSAGE }]
      : [];
  }
  if (Array.isArray(value)) {
    return value.flatMap((item, index) => malformedValueProblems(item, join(path, String(index))));
  }
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => malformedValueProblems(item, join(path, key)));
  }
  return [];
}

function join(parent: string, key: string): string {
  return parent ? `${parent}.${key}` : key;
}
