/**
 * Problems particular to the agency part of the product, as codes (see problem-codes.ts): each with a
 * one-line comment saying when the API answers it and which params it carries.
 */
export const AGENCY_PROBLEMS = [] as const;
