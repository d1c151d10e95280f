import { describe, expect, it } from '@jest/globals';
import { AGENCY_PROBLEMS, type ProblemParams } from '@rebound/domain';
import { problemMessage } from '~/forms/forms';
import { t } from './i18n';

/** The params the API sends with each agency code (libs/domain agency-problems.ts). */
const PARAMS_SENT: Record<(typeof AGENCY_PROBLEMS)[number], ProblemParams> = {
  EMPLOYER_NAME_TAKEN: {},
  CONTACT_ID_TAKEN: {},
  CONTACT_OF_OTHER_EMPLOYER: {},
  SUBMISSION_ENDED: { candidate: 'Mira Kovač' },
  SUBMISSION_SAME_STAGE: { candidate: 'Mira Kovač' },
  SUBMISSION_BACKWARDS: { candidate: 'Mira Kovač' },
  SUBMISSION_PLACED_WITHOUT_OFFER: { candidate: 'Mira Kovač' },
  SUBMISSION_NO_RESPONSE_NOT_RECORDABLE: { candidate: 'Mira Kovač' },
  IMPORT_COLUMN_REQUIRED: { field: 'email' },
  IMPORT_COLUMN_NOT_IN_FILE: { field: 'email' },
  IMPORT_COLUMN_TAKEN: { field: 'email', otherField: 'name' },
  IMPORT_UNDER_WAY: {},
  IMPORT_NOT_CHECKED: {},
  IMPORT_FILE_TOO_LARGE: { megabytes: 20 },
  IMPORT_FILE_TOO_MANY_ROWS: { limit: 100_000 },
  IMPORT_FILE_NOT_CSV: {},
  IMPORT_FILE_BAD_LINE: { line: 7 },
  IMPORT_FILE_UNREADABLE: {},
  IMPORT_FILE_EMPTY: {},
};

describe('agency problem words', () => {
  it.each(AGENCY_PROBLEMS.map((code) => [code, PARAMS_SENT[code]] as const))(
    '%s reads in full with the params the API sends',
    (code, params) => {
      const words = problemMessage(code, params);
      expect(words).not.toBe(t('problems.unknown'));
      expect(words).not.toMatch(/[{}]/);
    },
  );

  it('names whose submission a refused move is, and fills in the numbers', () => {
    expect(problemMessage('SUBMISSION_SAME_STAGE', { candidate: 'Mira Kovač' })).toBe(
      'Mira Kovač’s submission is already at this stage.',
    );
    expect(problemMessage('IMPORT_FILE_BAD_LINE', { line: 7 })).toMatch(/^Line 7 of the file cannot be read/);
    expect(problemMessage('IMPORT_FILE_TOO_LARGE', { megabytes: 20 })).toBe(
      'The file is larger than 20 MB. Split it into smaller files.',
    );
  });
});
