import { applicationDateProblems, latestDateAnywhere, type DateProblem } from '@rebound/domain';
import { BadUserInputError } from '../../common/errors.js';

const DATE_MESSAGES: Record<DateProblem['problem'], Record<DateProblem['field'], string>> = {
  future: {
    appliedOn: 'The applied date cannot be in the future.',
    rejectedOn: 'The rejection date cannot be in the future.',
  },
  before_application: {
    appliedOn: '',
    rejectedOn: 'The rejection cannot come before the application.',
  },
};

/** Field problems of a rejection's and its application's dates, at the paths the input gives them. */
export function assertApplicationDates(
  dates: { appliedOn?: string | null; rejectedOn?: string | null },
  paths: { appliedOn: string; rejectedOn: string },
): void {
  const problems = applicationDateProblems(dates, latestDateAnywhere());
  if (problems.length) {
    throw new BadUserInputError(
      problems.map(({ field, problem }) => ({ path: paths[field], message: DATE_MESSAGES[problem][field] })),
    );
  }
}
