export const CLIENT_STATUSES = ['active', 'paused', 'placed', 'archived'] as const;
export type ClientStatus = (typeof CLIENT_STATUSES)[number];

/** What a client's lifecycle records: a change of status, or of primary coach. */
export const LIFECYCLE_EVENT_KINDS = ['status', 'coach'] as const;
export type LifecycleEventKind = (typeof LIFECYCLE_EVENT_KINDS)[number];

/** How a caseload is ordered: most in need of attention first (then by name), or by name. */
export const CASELOAD_SORTS = ['attention', 'name'] as const;
export type CaseloadSort = (typeof CASELOAD_SORTS)[number];
