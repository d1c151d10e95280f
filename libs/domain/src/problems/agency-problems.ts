/**
 * Problems particular to the agency part of the product, as codes (see problem-codes.ts): each with a
 * one-line comment saying when the API answers it and which params it carries.
 */
export const AGENCY_PROBLEMS = [
  /** createEmployer: the agency has an employer of this name, in any case or spacing (a CONFLICT). */
  'EMPLOYER_NAME_TAKEN',
  /** addEmployerContact: the id sent is another employer's contact, so no retry (a CONFLICT). */
  'CONTACT_ID_TAKEN',
  /** A submission's move or outcome names a contact who is not of the submission's employer. Params: none. */
  'CONTACT_OF_OTHER_EMPLOYER',
  // The SUBMISSION_ codes are a refused move's, on its stage; params: `candidate` (whose submission it is).
  /** A submission moved after it ended (placed, rejected, withdrawn): a new attempt is a new submission. */
  'SUBMISSION_ENDED',
  /** A submission moved to the stage it already has (a further interview round excepted). */
  'SUBMISSION_SAME_STAGE',
  /** A submission moved back a step, or to an interview round that is not higher. */
  'SUBMISSION_BACKWARDS',
  /** A submission marked placed before an offer was recorded. */
  'SUBMISSION_PLACED_WITHOUT_OFFER',
  /** A move to no_response: silence is detected from the dates, never recorded. */
  'SUBMISSION_NO_RESPONSE_NOT_RECORDABLE',
  /** An import's mapping gives a required field (name, email) no column. Params: `field`. */
  'IMPORT_COLUMN_REQUIRED',
  /** An import's mapping names a column the file does not have. Params: `field`. */
  'IMPORT_COLUMN_NOT_IN_FILE',
  /** An import's mapping uses one column for two fields. Params: `field`, `otherField` (the first one). */
  'IMPORT_COLUMN_TAKEN',
  /** A new mapping for an import that is being checked, importing or done (a CONFLICT). Params: none. */
  'IMPORT_UNDER_WAY',
  /** startCandidateImport before a dry run of the mapping has finished (a CONFLICT). Params: none. */
  'IMPORT_NOT_CHECKED',
  /** An import's file over the size limit. Params: `megabytes` (the limit). */
  'IMPORT_FILE_TOO_LARGE',
  /** An import's file with more candidates than one import takes. Params: `limit` (rows). */
  'IMPORT_FILE_TOO_MANY_ROWS',
  /** An import's file that is an image or another binary file, not a CSV. Params: none. */
  'IMPORT_FILE_NOT_CSV',
  /** An import's file that cannot be parsed as CSV at one line (a quote left open). Params: `line`. */
  'IMPORT_FILE_BAD_LINE',
  /** An import's file that cannot be parsed as CSV, where the parser names no line. Params: none. */
  'IMPORT_FILE_UNREADABLE',
  /** An import's file without a header row and at least one candidate row. Params: none. */
  'IMPORT_FILE_EMPTY',
] as const;
