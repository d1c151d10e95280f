import {
  applicationDateProblems,
  latestDateAnywhere,
  type DateProblem,
  type ProblemCode,
} from '@rebound/domain';
import { BadUserInputError } from '../../common/errors.js';

/** A date problem's code, with the API's English for it. */
function codeOf({ field, problem }: DateProblem): [ProblemCode, string] {
  if (problem === 'before_application')
    return ['REJECTED_BEFORE_APPLIED', 'The rejection cannot come before the application.'];
  return field === 'appliedOn'
    ? ['APPLIED_IN_FUTURE', 'The applied date cannot be in the future.']
    : ['REJECTED_IN_FUTURE', 'The rejection date cannot be in the future.'];
}

/** Field problems of a rejection's and its application's dates, at the paths the input gives them. */
export function assertApplicationDates(
  dates: { appliedOn?: string | null; rejectedOn?: string | null },
  paths: { appliedOn: string; rejectedOn: string },
): void {
  const problems = applicationDateProblems(dates, latestDateAnywhere());
  if (problems.length) {
    throw new BadUserInputError(
      problems.map((problem) => {
        const [code, message] = codeOf(problem);
        return { path: paths[problem.field], code, message };
      }),
    );
  }
}
