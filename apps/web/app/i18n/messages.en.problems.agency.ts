/** The web's words for the agency problem codes (libs/domain agency-problems.ts). Same rules as messages.en.ts. */
export const agencyProblems = {} as const;
