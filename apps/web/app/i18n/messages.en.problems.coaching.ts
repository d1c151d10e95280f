/** The web's words for the coaching problem codes (libs/domain coaching-problems.ts). Same rules as messages.en.ts. */
export const coachingProblems = {} as const;
