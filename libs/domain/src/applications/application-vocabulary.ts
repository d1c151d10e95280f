export const APPLICATION_SOURCES = ['job_board', 'referral', 'agency', 'network', 'direct'] as const;
export type ApplicationSource = (typeof APPLICATION_SOURCES)[number];

/**
 * Where an application stands. The first six are steps forward (in this order); the last four close it.
 * `interview` carries a round number (1, 2, …) beside it.
 */
export const APPLICATION_STAGES = [
  'applied',
  'screening',
  'interview',
  'final_round',
  'offer',
  'hired',
  'rejected',
  'withdrawn',
  'ghosted',
] as const;
export type ApplicationStage = (typeof APPLICATION_STAGES)[number];

export const PROGRESS_STAGES = [
  'applied',
  'screening',
  'interview',
  'final_round',
  'offer',
  'hired',
] as const;
export type ProgressStage = (typeof PROGRESS_STAGES)[number];

export const CLOSING_STAGES = ['hired', 'rejected', 'withdrawn', 'ghosted'] as const;
export type ClosingStage = (typeof CLOSING_STAGES)[number];

/** How a list of applications is ordered, by the day they were sent. */
export const APPLICATION_SORTS = ['applied_newest', 'applied_oldest'] as const;
export type ApplicationSort = (typeof APPLICATION_SORTS)[number];
