/** The PostgreSQL schema pg-boss keeps its jobs in. */
export const JOBS_SCHEMA = 'pgboss';

/**
 * Queues the API sends to before any worker may have run, so a migration creates them (the recurring
 * jobs' queues are made by the worker as it schedules them). Migrations keep their own copies of these
 * names, as a record of what they ran; `scheduled-jobs.spec.ts` checks the two agree.
 */
export const CANDIDATE_IMPORT_QUEUE = 'candidate-import';
export const CANDIDATE_INVITATIONS_QUEUE = 'candidate-invitations';
