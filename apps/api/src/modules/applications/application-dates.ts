import {
  applicationDateProblems,
  latestDateAnywhere,
  type DateProblem,
  type ProblemCode,
} from '@rebound/domain';
import { BadUserInputError } from '../../common/errors.js';

type DateCase = `${DateProblem['field']}:${DateProblem['problem']}`;

/** Each date problem's code, with the API's English for it. */
const DATE_PROBLEMS: Record<Exclude<DateCase, 'appliedOn:before_application'>, [ProblemCode, string]> = {
  'appliedOn:future': ['APPLIED_IN_FUTURE', 'The applied date cannot be in the future.'],
  'rejectedOn:future': ['REJECTED_IN_FUTURE', 'The rejection date cannot be in the future.'],
  'rejectedOn:before_application': [
    'REJECTED_BEFORE_APPLIED',
    'The rejection cannot come before the application.',
  ],
};

/** Field problems of a rejection's and its application's dates, at the paths the input gives them. */
export function assertApplicationDates(
  dates: { appliedOn?: string | null; rejectedOn?: string | null },
  paths: { appliedOn: string; rejectedOn: string },
): void {
  const problems = applicationDateProblems(dates, latestDateAnywhere());
  if (problems.length) {
    throw new BadUserInputError(
      problems.map(({ field, problem }) => {
        const [code, message] = DATE_PROBLEMS[`${field}:${problem}` as keyof typeof DATE_PROBLEMS];
        return { path: paths[field], code, message };
      }),
    );
  }
}
