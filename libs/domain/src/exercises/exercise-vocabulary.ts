import type { ProblemParams } from '../problems/api-errors.js';
import type { ProblemCode } from '../problems/problem-codes.js';

/** What a prompt asks for (docs/domain.md, "Exercises"). */
export const PROMPT_TYPES = ['free_text', 'scale', 'single_choice', 'multiple_choice', 'checklist'] as const;
export type PromptType = (typeof PROMPT_TYPES)[number];

/** Prompt types answered by picking from `options`. */
export const CHOICE_PROMPT_TYPES = ['single_choice', 'multiple_choice', 'checklist'] as const;
export type ChoicePromptType = (typeof CHOICE_PROMPT_TYPES)[number];

export function isChoicePromptType(type: PromptType): type is ChoicePromptType {
  return (CHOICE_PROMPT_TYPES as readonly string[]).includes(type);
}

/** A scale is 1–5 unless a prompt narrows it. */
export const SCALE_MIN = 1;
export const SCALE_MAX = 5;

/**
 * assigned → in_progress (first draft saved) → submitted → reviewed; the coach may send it back, or
 * withdraw it before it is handed in.
 */
export const ASSIGNMENT_STATUSES = ['assigned', 'in_progress', 'submitted', 'reviewed', 'withdrawn'] as const;
export type AssignmentStatus = (typeof ASSIGNMENT_STATUSES)[number];

/** One question of an exercise. Answers are stored under `key`, so a key never changes once published. */
export interface ExercisePrompt {
  /** Stable, lower-case, snake_case or kebab-case (`what_happened`, `went-well`). */
  key: string;
  type: PromptType;
  label: string;
  /** A hint shown under the label: an example, a starting draft, what a good answer looks like. */
  help?: string;
  required: boolean;
  /** The choices, for single choice, multiple choice and checklist prompts only. */
  options?: string[];
  /** Scale bounds, for scale prompts only; default 1 and 5. */
  min?: number;
  max?: number;
  /** What the two ends of a scale mean ("Rushed" … "Calm and even"), for scale prompts only. */
  minLabel?: string;
  maxLabel?: string;
}

/** The content of a template version: what an assignment is answered against. */
export interface ExerciseTemplateContent {
  title: string;
  purpose: string;
  estimatedMinutes: number;
  prompts: ExercisePrompt[];
}

/**
 * A validation problem, addressed like a form field (`title`, `prompts.2.options`, `answers.went_well`):
 * `code` (with `params`) is what clients show words for; `message` is English for developers and logs.
 */
export interface FieldError {
  path: string;
  code: ProblemCode;
  params?: ProblemParams;
  message: string;
}

export const TEMPLATE_TITLE_MAX_LENGTH = 200;
export const TEMPLATE_PURPOSE_MAX_LENGTH = 2_000;
export const TEMPLATE_MIN_MINUTES = 1;
export const TEMPLATE_MAX_MINUTES = 240;
export const TEMPLATE_MIN_PROMPTS = 1;
export const TEMPLATE_MAX_PROMPTS = 30;
export const PROMPT_KEY_MAX_LENGTH = 64;
export const PROMPT_LABEL_MAX_LENGTH = 500;
export const PROMPT_HELP_MAX_LENGTH = 2_000;
export const PROMPT_MAX_OPTIONS = 30;
export const PROMPT_OPTION_MAX_LENGTH = 200;
export const SCALE_LABEL_MAX_LENGTH = 100;
/** The longest free-text answer, in characters (code points). */
export const TEXT_ANSWER_MAX_LENGTH = 10_000;
