/**
 * Dates a client enters about an application. The server does not know the reader's time zone, so "the
 * future" starts after the latest date anywhere on Earth (UTC+14): today for everyone, never tomorrow.
 */
const LATEST_OFFSET_HOURS = 14;

export function latestDateAnywhere(now: Date = new Date()): string {
  return new Date(now.getTime() + LATEST_OFFSET_HOURS * 3_600_000).toISOString().slice(0, 10);
}

export type DateProblem =
  | { field: 'appliedOn'; problem: 'future' }
  | { field: 'rejectedOn'; problem: 'future' | 'before_application' };

/** What is wrong with an application's dates: applied in the future, rejected in the future or before applying. */
export function applicationDateProblems(
  dates: { appliedOn?: string | null; rejectedOn?: string | null },
  today: string,
): DateProblem[] {
  const problems: DateProblem[] = [];
  if (dates.appliedOn && dates.appliedOn > today) problems.push({ field: 'appliedOn', problem: 'future' });
  if (dates.rejectedOn && dates.rejectedOn > today) problems.push({ field: 'rejectedOn', problem: 'future' });
  else if (dates.rejectedOn && dates.appliedOn && dates.rejectedOn < dates.appliedOn)
    problems.push({ field: 'rejectedOn', problem: 'before_application' });
  return problems;
}
