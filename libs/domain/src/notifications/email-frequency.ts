/** How a person takes notification emails: one per event, or one daily digest. */
export const EMAIL_FREQUENCIES = ['immediate', 'daily'] as const;
export type EmailFrequency = (typeof EMAIL_FREQUENCIES)[number];
