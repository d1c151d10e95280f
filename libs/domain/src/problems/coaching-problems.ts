/**
 * Problems particular to the coaching part of the product, as codes (see problem-codes.ts): each with a
 * one-line comment saying when the API answers it and which params it carries.
 */
export const COACHING_PROBLEMS = [
  // Exercise templates (prompts and their options)
  /** A prompt key that is not lower-case words joined by `_` or `-`, or too long. Params: `limit` (characters). */
  'PROMPT_KEY_FORMAT',
  /** A prompt key another prompt of the template already uses. Params: `key`, `prompt` (that prompt's number, from 1). */
  'PROMPT_KEY_TAKEN',
  /** Options on a prompt that is neither a choice nor a checklist. Params: none. */
  'PROMPT_OPTIONS_UNEXPECTED',
  /** Bounds or end labels on a prompt that is not a scale. Params: none. */
  'PROMPT_SCALE_UNEXPECTED',
  /** A scale whose top is not above its bottom. Params: none. */
  'SCALE_UPSIDE_DOWN',
  /** An option that starts or ends with spaces. Params: none. */
  'OPTION_PADDED',
  /** The same option listed twice in one prompt. Params: `option`. */
  'OPTION_REPEATED',
  /** Archiving one of the built-in exercises (only the organization's own can be archived). Params: none. */
  'BUILT_IN_TEMPLATE',

  // Exercise assignments
  /** The same option picked more than once in one answer. Params: none. */
  'CHOICE_REPEATED',
  /** A rejection (or rejections as evidence) linked while assigning to more than one client. Params: none. */
  'LINK_NEEDS_ONE_CLIENT',
  /** Assigning an exercise a chosen client still has open (not yet reviewed or withdrawn). Params: `names` (theirs, comma-separated). */
  'EXERCISE_ALREADY_OPEN',
  /** Changing the answers or due date of an exercise already handed in, reviewed or withdrawn. Params: none. */
  'EXERCISE_NOT_OPEN',
  /** Reviewing (or sending back) an exercise that is not handed in. Params: none. */
  'EXERCISE_NOT_SUBMITTED',
  /** Withdrawing an exercise the client has already handed in. Params: none. */
  'EXERCISE_HANDED_IN',
  /** Withdrawing an exercise already withdrawn. Params: none. */
  'EXERCISE_WITHDRAWN',

  // Applications and rejections
  /** An applied date later than today anywhere on Earth. Params: none. */
  'APPLIED_IN_FUTURE',
  /** A rejection date later than today anywhere on Earth. Params: none. */
  'REJECTED_IN_FUTURE',
  /** A rejection dated before the application it closes. Params: none. */
  'REJECTED_BEFORE_APPLIED',
  /** Moving an application to the rejected stage: recording the rejection does that. Params: none. */
  'RECORD_REJECTION_INSTEAD',
  /** An application stage change the pipeline does not allow. Params: `from`, `to` (stage values). */
  'STAGE_MOVE_NOT_ALLOWED',
  /** Recording a rejection for an application already closed. Params: none. */
  'APPLICATION_CLOSED',
  /** A rejection from an email naming both an open application and a new one, or neither. Params: none. */
  'ONE_APPLICATION_NEEDED',
  /** Accepting a rejection's next step after it changed to another kind. Params: none. */
  'NEXT_STEP_CHANGED',
  /** A feedback request step its status does not allow (e.g. following up twice). Params: none. */
  'FEEDBACK_STEP_NOT_ALLOWED',
  /** Recording an answer to a feedback request not sent (or already answered). Params: none. */
  'FEEDBACK_NOT_SENT',

  // Who sets what
  /** A client setting a field only their coach sets (a client's name, a rejection's coach tag). Params: none. */
  'COACH_ONLY_FIELD',
  /** A coach setting a field only the client sets (a rejection's check-in, the client's own notes). Params: none. */
  'CLIENT_ONLY_FIELD',
  /** Dropping or bringing back a plan item the coach added, as the client. Params: none. */
  'PLAN_ITEM_COACH_DECIDES',
  /** A plan item status change the plan does not allow for this person. Params: `from`, `to` (status values). */
  'PLAN_ITEM_MOVE_NOT_ALLOWED',

  // Insights and analytics
  /** Acting on a suggestion the insight does not (or no longer) make. Params: none. */
  'SUGGESTION_NOT_OFFERED',
  /** A date range that starts after it ends. Params: none. */
  'RANGE_REVERSED',
  /** A date range longer than allowed. Params: `limit` (days). */
  'RANGE_TOO_LONG',
] as const;
