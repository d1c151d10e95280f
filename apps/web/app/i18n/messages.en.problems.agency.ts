/** The web's words for the agency problem codes (libs/domain agency-problems.ts). Same rules as messages.en.ts. */
export const agencyProblems = {
  EMPLOYER_NAME_TAKEN: 'Your agency already has an employer with this name.',
  CONTACT_ID_TAKEN: 'This contact could not be saved. Reload the page and add them again.',
  CONTACT_OF_OTHER_EMPLOYER: 'Choose a contact who works for this employer.',
  SUBMISSION_ENDED:
    '{candidate}’s submission has ended. To put them forward to this employer again, make a new submission.',
  SUBMISSION_SAME_STAGE: '{candidate}’s submission is already at this stage.',
  SUBMISSION_BACKWARDS: '{candidate}’s submission is past this stage: a submission only moves forward.',
  SUBMISSION_PLACED_WITHOUT_OFFER:
    '{candidate} has no offer recorded yet. Record the offer first, then mark them placed.',
  SUBMISSION_NO_RESPONSE_NOT_RECORDABLE:
    'No response is noticed from the dates, so it cannot be recorded. Choose what the employer did.',
  IMPORT_COLUMN_REQUIRED: 'Choose the column that holds this.',
  IMPORT_COLUMN_NOT_IN_FILE: 'This column is not in the file. Choose one of its columns.',
  IMPORT_COLUMN_TAKEN: 'Another field already uses this column. Choose a different one.',
  IMPORT_UNDER_WAY: 'This import is already under way, so its columns can no longer change.',
  IMPORT_NOT_CHECKED: 'Check the rows first: the import starts once the check has finished.',
  IMPORT_FILE_TOO_LARGE: 'The file is larger than {megabytes} MB. Split it into smaller files.',
  IMPORT_FILE_TOO_MANY_ROWS: 'Import at most {limit} candidates at a time. Split the file into smaller ones.',
  IMPORT_FILE_NOT_CSV:
    'This file is not a CSV: it looks like an image or another kind of file. Save the sheet as CSV and upload that.',
  IMPORT_FILE_BAD_LINE:
    'Line {line} of the file cannot be read (a quote left open, or a stray quote). Fix it in the sheet and upload it again.',
  IMPORT_FILE_UNREADABLE: 'The file cannot be read as CSV. Save the sheet as CSV and upload it again.',
  IMPORT_FILE_EMPTY: 'The file needs a header row and at least one candidate.',
} as const;
