/**
 * How long each kind of text may be, in characters. The API refuses longer input and the web's forms
 * check the same numbers before sending, so both read them from here.
 */
export const FIELD_LIMITS = {
  /** A person's name: a user, a client, a candidate, someone asked for feedback. */
  personName: 120,
  organizationName: 120,
  /** An account's email address (the longest a mail server delivers to). */
  email: 254,
  /** A company or employer. */
  companyName: 160,
  /** A job title: the role applied for, or the title of someone at an employer. */
  roleTitle: 160,
  /** Someone the agency deals with at an employer. */
  employerContactName: 160,
  /** A link to a job posting or a résumé. */
  url: 2048,
  /** Text written at length: a rejection's notes and feedback, a feedback request and its answer, a review. */
  longText: 10_000,
  /** A rejection email the client chose to keep. */
  savedEmail: 20_000,
  /** Why a client's status or coach changed, or why an insight was dismissed. */
  reason: 500,
  /** The skill an employer said was missing. */
  skill: 120,
  planTitle: 200,
  /** A plan item's evidence, or a comment on it. */
  planText: 4_000,
  /** A recruiter's note on a submission. */
  submissionNote: 2_000,
  /** What a client tells the admin who confirms their deletion request. */
  deletionNote: 2_000,
  /** A candidate's availability or work authorization, in their own words. */
  onboardingAnswer: 200,
  /** One entry of a short list (target roles, industries, locations), and how many a list holds. */
  listEntry: 80,
  listEntries: 20,
  candidateImportFileName: 200,
  /** What to look for in a list of clients or candidates (part of a name or an email). */
  search: 120,
} as const;

/** How many clients one change of status or coach may cover, from the caseload's bulk form. */
export const MAX_CLIENTS_PER_CHANGE = 200;

/** The highest interview round an application or a submission records. */
export const MAX_INTERVIEW_ROUND = 20;

/** How many clients one exercise may be assigned to at once. */
export const MAX_CLIENTS_PER_ASSIGNMENT = 100;

export type FieldLimit = keyof typeof FIELD_LIMITS;
