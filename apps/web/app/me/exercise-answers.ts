import type { PromptType } from '~/graphql/generated/graphql';

/** One answer as the page keeps it: text (free text, single choice), a number (scale) or choices. */
export interface Answer {
  text?: string;
  number?: number;
  choices?: string[];
}
export type Answers = Record<string, Answer>;

export interface PromptShape {
  key: string;
  type: PromptType;
  required: boolean;
  options?: readonly string[] | null;
  min?: number | null;
  max?: number | null;
}

/** The API's answers back into the page's shape. */
export function answersFromApi(
  answers: ReadonlyArray<{
    promptKey: string;
    text?: string | null;
    number?: number | null;
    choices?: readonly string[] | null;
  }>,
): Answers {
  const result: Answers = {};
  for (const answer of answers) {
    if (answer.text != null) result[answer.promptKey] = { text: answer.text };
    else if (answer.number != null) result[answer.promptKey] = { number: answer.number };
    else if (answer.choices != null) result[answer.promptKey] = { choices: [...answer.choices] };
  }
  return result;
}

/** Whether a prompt has an answer worth keeping (blank text and empty choices are none). */
export function isAnswered(prompt: PromptShape, answer: Answer | undefined): boolean {
  if (!answer) return false;
  switch (prompt.type) {
    case 'SCALE':
      return typeof answer.number === 'number';
    case 'MULTIPLE_CHOICE':
    case 'CHECKLIST':
      return (answer.choices?.length ?? 0) > 0;
    default:
      return (answer.text ?? '').trim().length > 0;
  }
}

/**
 * What the API receives: one entry per prompt of the exercise, in the field its type uses; an
 * unanswered prompt is sent empty, which clears an answer the person deleted.
 */
export function answersForApi(prompts: readonly PromptShape[], answers: Answers) {
  return prompts.map((prompt) => {
    const answer = answers[prompt.key];
    if (!isAnswered(prompt, answer)) return { promptKey: prompt.key };
    switch (prompt.type) {
      case 'SCALE':
        return { promptKey: prompt.key, number: answer!.number };
      case 'MULTIPLE_CHOICE':
      case 'CHECKLIST':
        return { promptKey: prompt.key, choices: answer!.choices };
      default:
        return { promptKey: prompt.key, text: answer!.text };
    }
  });
}

/** The required prompts still unanswered, by key: the form marks them before anything is sent. */
export function missingRequired(prompts: readonly PromptShape[], answers: Answers): string[] {
  return prompts
    .filter((prompt) => prompt.required && !isAnswered(prompt, answers[prompt.key]))
    .map((p) => p.key);
}

/** Parses the answers a form sent as JSON; anything malformed is dropped rather than trusted. */
export function parseAnswers(raw: unknown): Answers {
  if (typeof raw !== 'string') return {};
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return {};
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  const answers: Answers = {};
  for (const [key, entry] of Object.entries(value as Record<string, unknown>)) {
    if (typeof entry !== 'object' || entry === null) continue;
    const { text, number, choices } = entry as Record<string, unknown>;
    if (typeof text === 'string') answers[key] = { text };
    else if (typeof number === 'number' && Number.isFinite(number)) answers[key] = { number };
    else if (Array.isArray(choices) && choices.every((choice) => typeof choice === 'string'))
      answers[key] = { choices: choices as string[] };
  }
  return answers;
}
