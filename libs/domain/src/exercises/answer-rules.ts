import { utcDay } from '../rejections/feedback-request-rules.js';
import {
  PROMPT_HELP_MAX_LENGTH,
  PROMPT_KEY_MAX_LENGTH,
  PROMPT_LABEL_MAX_LENGTH,
  PROMPT_MAX_OPTIONS,
  PROMPT_OPTION_MAX_LENGTH,
  PROMPT_TYPES,
  SCALE_LABEL_MAX_LENGTH,
  SCALE_MAX,
  SCALE_MIN,
  TEMPLATE_MAX_MINUTES,
  TEMPLATE_MAX_PROMPTS,
  TEMPLATE_MIN_MINUTES,
  TEMPLATE_MIN_PROMPTS,
  TEMPLATE_PURPOSE_MAX_LENGTH,
  TEMPLATE_TITLE_MAX_LENGTH,
  TEXT_ANSWER_MAX_LENGTH,
  isChoicePromptType,
  type AssignmentStatus,
  type ExercisePrompt,
  type FieldError,
  type PromptType,
} from './exercise-vocabulary.js';

const DAY_MS = 86_400_000;

/** Lower-case words joined by `_` or `-`, starting with a letter: safe as a JSON key and a form field name. */
const PROMPT_KEY_PATTERN = /^[a-z][a-z0-9]*(?:[-_][a-z0-9]+)*$/;

/** The fewest options a choice prompt needs: a choice between one thing is no choice, a checklist may be one step. */
const MIN_OPTIONS: Record<'single_choice' | 'multiple_choice' | 'checklist', number> = {
  single_choice: 2,
  multiple_choice: 2,
  checklist: 1,
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isPromptType(value: unknown): value is PromptType {
  return typeof value === 'string' && (PROMPT_TYPES as readonly string[]).includes(value);
}

/** Length in characters as a person counts them (an emoji is one), as Postgres counts them too. */
function charCount(text: string): number {
  return Array.from(text).length;
}

/** A problem at `path`: its code (and params) for clients, with the English for developers. */
function problem(
  path: string,
  code: FieldError['code'],
  message: string,
  params?: FieldError['params'],
): FieldError {
  return params ? { path, code, params, message } : { path, code, message };
}

/** A required, trimmed-non-empty text of at most `max` characters; pushes at most one error. */
function checkText(errors: FieldError[], path: string, value: unknown, what: string, max: number): void {
  if (typeof value !== 'string' || value.trim() === '') {
    errors.push(problem(path, 'REQUIRED', `${what} is required`));
  } else if (charCount(value) > max) {
    errors.push(problem(path, 'TOO_LONG', `${what} must be at most ${max} characters`, { limit: max }));
  }
}

function checkOptionalText(
  errors: FieldError[],
  path: string,
  value: unknown,
  what: string,
  max: number,
): void {
  if (value === undefined) return;
  if (typeof value !== 'string') {
    errors.push(problem(path, 'WRONG_TYPE', `${what} must be text`));
  } else if (charCount(value) > max) {
    errors.push(problem(path, 'TOO_LONG', `${what} must be at most ${max} characters`, { limit: max }));
  }
}

/** The bounds a scale prompt is answered in: its own `min`/`max`, else 1–5. */
export function scaleBounds(prompt: Pick<ExercisePrompt, 'min' | 'max'>): { min: number; max: number } {
  return { min: prompt.min ?? SCALE_MIN, max: prompt.max ?? SCALE_MAX };
}

function validatePrompt(
  errors: FieldError[],
  prompt: unknown,
  index: number,
  seenKeys: Map<string, number>,
): void {
  const at = `prompts.${index}`;
  if (!isRecord(prompt)) {
    errors.push(problem(at, 'WRONG_TYPE', 'A prompt must be an object'));
    return;
  }

  const { key } = prompt;
  if (typeof key !== 'string' || key === '') {
    errors.push(problem(`${at}.key`, 'REQUIRED', 'A prompt needs a key'));
  } else if (key.length > PROMPT_KEY_MAX_LENGTH || !PROMPT_KEY_PATTERN.test(key)) {
    errors.push(
      problem(
        `${at}.key`,
        'PROMPT_KEY_FORMAT',
        `A key is lower-case letters and digits joined by "_" or "-", starting with a letter (at most ${PROMPT_KEY_MAX_LENGTH})`,
        { limit: PROMPT_KEY_MAX_LENGTH },
      ),
    );
  } else if (seenKeys.has(key)) {
    const other = seenKeys.get(key)! + 1;
    errors.push(
      problem(`${at}.key`, 'PROMPT_KEY_TAKEN', `The key "${key}" is already used by prompt ${other}`, {
        key,
        prompt: other,
      }),
    );
  } else {
    seenKeys.set(key, index);
  }

  checkText(errors, `${at}.label`, prompt.label, 'A label', PROMPT_LABEL_MAX_LENGTH);
  checkOptionalText(errors, `${at}.help`, prompt.help, 'Help', PROMPT_HELP_MAX_LENGTH);
  if (typeof prompt.required !== 'boolean') {
    errors.push(problem(`${at}.required`, 'REQUIRED', 'Say whether the prompt is required'));
  }

  const { type } = prompt;
  if (!isPromptType(type)) {
    errors.push(problem(`${at}.type`, 'UNKNOWN_VALUE', `The type must be one of ${PROMPT_TYPES.join(', ')}`));
    return;
  }

  if (isChoicePromptType(type)) {
    validateOptions(errors, `${at}.options`, prompt.options, MIN_OPTIONS[type]);
  } else if (prompt.options !== undefined) {
    errors.push(
      problem(`${at}.options`, 'PROMPT_OPTIONS_UNEXPECTED', 'Only choice and checklist prompts have options'),
    );
  }

  if (type === 'scale') {
    validateScale(errors, at, prompt);
  } else {
    for (const field of ['min', 'max', 'minLabel', 'maxLabel'] as const) {
      if (prompt[field] !== undefined) {
        errors.push(
          problem(
            `${at}.${field}`,
            'PROMPT_SCALE_UNEXPECTED',
            'Only scale prompts have bounds and end labels',
          ),
        );
      }
    }
  }
}

function validateOptions(errors: FieldError[], path: string, options: unknown, fewest: number): void {
  if (!Array.isArray(options) || options.length < fewest) {
    errors.push(
      problem(path, 'TOO_FEW', `Give at least ${fewest} option${fewest === 1 ? '' : 's'}`, { limit: fewest }),
    );
    return;
  }
  if (options.length > PROMPT_MAX_OPTIONS) {
    errors.push(
      problem(path, 'TOO_MANY', `Give at most ${PROMPT_MAX_OPTIONS} options`, { limit: PROMPT_MAX_OPTIONS }),
    );
  }
  const seen = new Set<string>();
  options.forEach((option: unknown, i) => {
    const at = `${path}.${i}`;
    if (typeof option !== 'string') {
      errors.push(problem(at, 'WRONG_TYPE', 'An option must be text'));
    } else if (option.trim() === '') {
      errors.push(problem(at, 'REQUIRED', 'An option cannot be empty'));
    } else if (option !== option.trim()) {
      errors.push(problem(at, 'OPTION_PADDED', 'An option cannot start or end with spaces'));
    } else if (charCount(option) > PROMPT_OPTION_MAX_LENGTH) {
      errors.push(
        problem(at, 'TOO_LONG', `An option must be at most ${PROMPT_OPTION_MAX_LENGTH} characters`, {
          limit: PROMPT_OPTION_MAX_LENGTH,
        }),
      );
    } else if (seen.has(option)) {
      errors.push(problem(at, 'OPTION_REPEATED', `"${option}" is listed twice`, { option }));
    } else {
      seen.add(option);
    }
  });
}

function validateScale(errors: FieldError[], at: string, prompt: Record<string, unknown>): void {
  const inRange = (value: unknown): value is number =>
    Number.isInteger(value) && (value as number) >= SCALE_MIN && (value as number) <= SCALE_MAX;
  let boundsOk = true;
  for (const field of ['min', 'max'] as const) {
    const value = prompt[field];
    if (value !== undefined && !inRange(value)) {
      errors.push(
        problem(
          `${at}.${field}`,
          'OUT_OF_RANGE',
          `Scale bounds are whole numbers from ${SCALE_MIN} to ${SCALE_MAX}`,
          { min: SCALE_MIN, max: SCALE_MAX },
        ),
      );
      boundsOk = false;
    }
  }
  if (boundsOk) {
    const { min, max } = scaleBounds(prompt as Pick<ExercisePrompt, 'min' | 'max'>);
    if (min >= max)
      errors.push(problem(`${at}.max`, 'SCALE_UPSIDE_DOWN', 'The top of the scale must be above the bottom'));
  }
  checkOptionalText(errors, `${at}.minLabel`, prompt.minLabel, 'The low-end label', SCALE_LABEL_MAX_LENGTH);
  checkOptionalText(errors, `${at}.maxLabel`, prompt.maxLabel, 'The high-end label', SCALE_LABEL_MAX_LENGTH);
}

/**
 * Problems with a template's content (title, purpose, minutes, 1–30 prompts with unique keys, options for
 * choice prompts, scale bounds within 1–5); empty when it can be saved. Takes parsed JSON as it comes.
 */
export function validateTemplate(content: unknown): FieldError[] {
  if (!isRecord(content)) return [problem('', 'WRONG_TYPE', 'A template must be an object')];
  const errors: FieldError[] = [];
  checkText(errors, 'title', content.title, 'A title', TEMPLATE_TITLE_MAX_LENGTH);
  checkText(errors, 'purpose', content.purpose, 'A purpose', TEMPLATE_PURPOSE_MAX_LENGTH);

  const minutes = content.estimatedMinutes;
  if (
    !Number.isInteger(minutes) ||
    (minutes as number) < TEMPLATE_MIN_MINUTES ||
    (minutes as number) > TEMPLATE_MAX_MINUTES
  ) {
    errors.push(
      problem(
        'estimatedMinutes',
        'OUT_OF_RANGE',
        `The estimate is a whole number of minutes from ${TEMPLATE_MIN_MINUTES} to ${TEMPLATE_MAX_MINUTES}`,
        { min: TEMPLATE_MIN_MINUTES, max: TEMPLATE_MAX_MINUTES },
      ),
    );
  }

  const { prompts } = content;
  if (!Array.isArray(prompts) || prompts.length < TEMPLATE_MIN_PROMPTS) {
    errors.push(problem('prompts', 'TOO_FEW', 'Add at least one prompt', { limit: TEMPLATE_MIN_PROMPTS }));
  } else if (prompts.length > TEMPLATE_MAX_PROMPTS) {
    errors.push(
      problem('prompts', 'TOO_MANY', `A template has at most ${TEMPLATE_MAX_PROMPTS} prompts`, {
        limit: TEMPLATE_MAX_PROMPTS,
      }),
    );
  } else {
    const seenKeys = new Map<string, number>();
    prompts.forEach((prompt: unknown, index) => validatePrompt(errors, prompt, index, seenKeys));
  }
  return errors;
}

/** Nothing said yet: absent, null, blank text, or nothing picked. Drafts may hold these; submissions may not. */
function isEmptyAnswer(value: unknown): boolean {
  return (
    value === undefined ||
    value === null ||
    (typeof value === 'string' && value.trim() === '') ||
    (Array.isArray(value) && value.length === 0)
  );
}

/** Null when the value is a well-formed answer to the prompt, else what is wrong with it, at `path`. */
function answerProblem(path: string, prompt: ExercisePrompt, value: unknown): FieldError | null {
  const options = prompt.options ?? [];
  switch (prompt.type) {
    case 'free_text':
      if (typeof value !== 'string') return problem(path, 'WRONG_TYPE', 'Expected text');
      return charCount(value) > TEXT_ANSWER_MAX_LENGTH
        ? problem(
            path,
            'TOO_LONG',
            `Keep it to ${TEXT_ANSWER_MAX_LENGTH.toLocaleString('en-US')} characters`,
            {
              limit: TEXT_ANSWER_MAX_LENGTH,
            },
          )
        : null;
    case 'scale': {
      const { min, max } = scaleBounds(prompt);
      return Number.isInteger(value) && (value as number) >= min && (value as number) <= max
        ? null
        : problem(path, 'OUT_OF_RANGE', `Pick a whole number from ${min} to ${max}`, { min, max });
    }
    case 'single_choice':
      return typeof value === 'string' && options.includes(value)
        ? null
        : problem(path, 'UNKNOWN_VALUE', 'Pick one of the options');
    case 'multiple_choice':
    case 'checklist': {
      const what = prompt.type === 'checklist' ? 'Tick items from the list' : 'Pick from the options';
      if (!Array.isArray(value)) return problem(path, 'WRONG_TYPE', `${what} (a list)`);
      if (value.some((item) => typeof item !== 'string' || !options.includes(item)))
        return problem(path, 'UNKNOWN_VALUE', `${what} only`);
      return new Set(value).size === value.length
        ? null
        : problem(path, 'CHOICE_REPEATED', 'Each option can be picked once');
    }
  }
}

/**
 * Problems with answers against a template version's prompts, at `answers.<key>`. Keys that are not prompts
 * are refused; each answer must fit its prompt's type. Required answers are enforced only `forSubmission`:
 * a draft may be partial, and null clears an answer. A required checklist or multiple choice needs one pick.
 */
export function validateAnswers(
  prompts: readonly ExercisePrompt[],
  answers: Record<string, unknown>,
  options: { forSubmission: boolean },
): FieldError[] {
  if (!isRecord(answers))
    return [problem('answers', 'WRONG_TYPE', 'Answers must be an object keyed by prompt')];
  const errors: FieldError[] = [];
  const byKey = new Map(prompts.map((prompt) => [prompt.key, prompt]));

  for (const key of Object.keys(answers)) {
    if (!byKey.has(key))
      errors.push(problem(`answers.${key}`, 'UNKNOWN_FIELD', 'This exercise has no such prompt'));
  }
  for (const prompt of prompts) {
    const path = `answers.${prompt.key}`;
    const value = Object.hasOwn(answers, prompt.key) ? answers[prompt.key] : undefined;
    if (value === undefined || value === null) {
      if (options.forSubmission && prompt.required)
        errors.push(problem(path, 'REQUIRED', 'An answer is required'));
      continue;
    }
    const wrong = answerProblem(path, prompt, value);
    if (wrong) {
      errors.push(wrong);
    } else if (options.forSubmission && prompt.required && isEmptyAnswer(value)) {
      errors.push(problem(path, 'REQUIRED', 'An answer is required'));
    }
  }
  return errors;
}

/** Statuses in which the client still owes the answers (and may edit them). */
export const OPEN_ASSIGNMENT_STATUSES: readonly AssignmentStatus[] = ['assigned', 'in_progress'];

export function isOpenAssignment(status: AssignmentStatus): boolean {
  return OPEN_ASSIGNMENT_STATUSES.includes(status);
}

/**
 * Whole UTC days from today until the due day: 1 is tomorrow, 0 today, negative once past. Null without a
 * due date.
 */
export function daysUntilDue(dueOn: Date | null, now: Date): number | null {
  if (!dueOn) return null;
  return Math.round((utcDay(dueOn).getTime() - utcDay(now).getTime()) / DAY_MS);
}

/** Past its due day (compared as UTC days) and still not handed in. Never overdue without a due date. */
export function isOverdue(assignment: { dueOn: Date | null; status: AssignmentStatus }, now: Date): boolean {
  const days = daysUntilDue(assignment.dueOn, now);
  return isOpenAssignment(assignment.status) && days !== null && days < 0;
}

/**
 * `started`: the client saves a draft (every autosave may send it); `submitted`: the client hands it in;
 * `reviewed`: the coach signs it off; `reopened`: the coach asks for changes; `withdrawn`: the coach takes
 * back an exercise not yet handed in.
 */
export const ASSIGNMENT_EVENTS = ['started', 'submitted', 'reviewed', 'reopened', 'withdrawn'] as const;
export type AssignmentEvent = (typeof ASSIGNMENT_EVENTS)[number];

/** Who may cause each event: the client does the work, the coach reviews it. */
export const ASSIGNMENT_EVENT_ACTORS: Record<AssignmentEvent, 'coach' | 'client'> = {
  started: 'client',
  submitted: 'client',
  reviewed: 'coach',
  reopened: 'coach',
  withdrawn: 'coach',
};

const TRANSITIONS: Record<AssignmentStatus, Partial<Record<AssignmentEvent, AssignmentStatus>>> = {
  assigned: { started: 'in_progress', submitted: 'submitted', withdrawn: 'withdrawn' },
  // Later draft saves keep it in progress.
  in_progress: { started: 'in_progress', submitted: 'submitted', withdrawn: 'withdrawn' },
  // Handed in: the answers are frozen until the coach signs off or sends it back.
  submitted: { reviewed: 'reviewed', reopened: 'in_progress' },
  reviewed: {},
  withdrawn: {},
};

/** assigned → in_progress → submitted → reviewed, or submitted → in_progress when reopened. Null when invalid. */
export function nextAssignmentStatus(
  current: AssignmentStatus,
  event: AssignmentEvent,
): AssignmentStatus | null {
  return TRANSITIONS[current][event] ?? null;
}
