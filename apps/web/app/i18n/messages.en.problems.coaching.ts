/** The web's words for the coaching problem codes (libs/domain coaching-problems.ts). Same rules as messages.en.ts. */
export const coachingProblems = {
  // Exercise templates
  PROMPT_KEY_FORMAT:
    'A prompt’s key is lower-case letters and digits joined by “_” or “-”, starting with a letter, at most {limit} characters.',
  PROMPT_KEY_TAKEN: 'Prompt {prompt} already uses the key “{key}”. Give each prompt its own key.',
  PROMPT_OPTIONS_UNEXPECTED:
    'Only choice and checklist prompts have options. Remove them or change the answer type.',
  PROMPT_SCALE_UNEXPECTED:
    'Only scale prompts have end labels and bounds. Remove them or change the answer type.',
  SCALE_UPSIDE_DOWN: 'The top of the scale must be above its bottom.',
  OPTION_PADDED: 'Remove the spaces at the start or end of this option.',
  OPTION_REPEATED: '“{option}” is listed twice. List each option once.',
  BUILT_IN_TEMPLATE: 'Built-in exercises cannot be archived. Only your organization’s own exercises can.',

  // Exercise assignments
  CHOICE_REPEATED: 'Pick each option only once.',
  LINK_NEEDS_ONE_CLIENT: 'Link a rejection only when you assign the exercise to one client.',
  EXERCISE_ALREADY_OPEN:
    'This exercise is already open for {names}. Withdraw it or wait until it is reviewed before assigning it again.',
  EXERCISE_NOT_OPEN:
    'This exercise has been handed in or closed since you opened it, so it can no longer be changed. Reload the page to see where it stands.',
  EXERCISE_NOT_SUBMITTED:
    'Only a handed-in exercise can be reviewed. Reload the page to see where it stands.',
  EXERCISE_HANDED_IN: 'The client already handed this exercise in. Review it or send it back instead.',
  EXERCISE_WITHDRAWN: 'This exercise is already withdrawn.',

  // Applications and rejections
  APPLIED_IN_FUTURE: 'The date you applied cannot be in the future.',
  REJECTED_IN_FUTURE: 'The rejection date cannot be in the future.',
  REJECTED_BEFORE_APPLIED: 'The rejection cannot come before the date you applied.',
  RECORD_REJECTION_INSTEAD: 'Record the rejection instead: that closes the application.',
  STAGE_MOVE_NOT_ALLOWED: 'The application cannot move to that stage from where it is now.',
  APPLICATION_CLOSED: 'This application is already closed.',
  ONE_APPLICATION_NEEDED: 'Choose one of your open applications or describe a new one, not both.',
  NEXT_STEP_CHANGED: 'The next step for this rejection has changed. Reload the page to see it.',
  FEEDBACK_STEP_NOT_ALLOWED:
    'This request cannot be marked that way now. Reload the page to see where it stands.',
  FEEDBACK_NOT_SENT:
    'Only a request you sent, or one closed as unanswered, can take an answer. Reload the page to see where it stands.',

  // Who sets what
  COACH_ONLY_FIELD: 'Only your coach can change this.',
  CLIENT_ONLY_FIELD: 'Only the client can change this.',
  PLAN_ITEM_COACH_DECIDES: 'Only the coach can drop an item they added, or bring it back.',
  PLAN_ITEM_MOVE_NOT_ALLOWED: 'This item cannot move to that status from where it is now.',

  // Insights and analytics
  SUGGESTION_NOT_OFFERED:
    'This insight no longer suggests that. Reload the page to see what it suggests now.',
  RANGE_REVERSED: 'Start on or before the end date.',
  RANGE_TOO_LONG: 'Choose a range of at most {limit} days.',
} as const;
