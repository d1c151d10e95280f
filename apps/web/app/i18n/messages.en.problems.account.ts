/** The web's words for the account problem codes (libs/domain account-problems.ts). Same rules as messages.en.ts. */
export const accountProblems = {} as const;
