export const CLIENT_STATUSES = ['active', 'paused', 'placed', 'archived'] as const;
export type ClientStatus = (typeof CLIENT_STATUSES)[number];
