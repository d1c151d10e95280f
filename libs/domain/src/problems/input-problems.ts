/**
 * Problems with one input field that any operation can have, whatever its subject: the checks every
 * input runs (required, length, format, known value) and the request's own bookkeeping (versions,
 * cursors, page sizes).
 */
export const INPUT_PROBLEMS = [
  /** Left empty or left out. Params: none. */
  'REQUIRED',
  /** Longer than allowed. Params: `limit` (characters). */
  'TOO_LONG',
  /** More entries than allowed. Params: `limit`. */
  'TOO_MANY',
  /** Fewer entries than needed. Params: `limit`. */
  'TOO_FEW',
  /** A number outside what is allowed. Params: `min` and/or `max` when known. */
  'OUT_OF_RANGE',
  /** Not an email address. */
  'INVALID_EMAIL',
  /** Not an http(s) link. */
  'INVALID_URL',
  /** Not the id of a record (a UUID). */
  'INVALID_ID',
  /** Not a calendar date (YYYY-MM-DD) or not a moment in time. */
  'INVALID_DATE',
  /** Not one of the values the field takes (an enum, a known key). */
  'UNKNOWN_VALUE',
  /** The wrong kind of value (text where a number belongs, a list where one value does). */
  'WRONG_TYPE',
  /** Text with a control character or a broken character. */
  'MALFORMED_TEXT',
  /** A field the operation does not take. */
  'UNKNOWN_FIELD',
  /** The version sent is not the record's current one: someone changed it since. */
  'STALE_VERSION',
  /** A pagination cursor the API did not give out. */
  'INVALID_CURSOR',
] as const;
