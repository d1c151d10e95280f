import { validateAnswers, validateTemplate } from './answer-rules.js';
import {
  BUILT_IN_TEMPLATE_KEYS,
  BUILT_IN_TEMPLATES,
  builtInTemplate,
  isBuiltInTemplateKey,
} from './built-in-templates.js';
import { PROMPT_TYPES, type ExercisePrompt } from './exercise-vocabulary.js';

describe('built-in templates', () => {
  it('ships the eleven templates, each under a unique key, in the listed order', () => {
    expect(BUILT_IN_TEMPLATES.map((template) => template.key)).toEqual([...BUILT_IN_TEMPLATE_KEYS]);
    expect(new Set(BUILT_IN_TEMPLATE_KEYS).size).toBe(11);
    expect(new Set(BUILT_IN_TEMPLATES.map((template) => template.title)).size).toBe(11);
  });

  describe.each(BUILT_IN_TEMPLATES.map((template) => [template.key, template] as const))(
    '%s',
    (_key, template) => {
      it('passes validateTemplate', () => {
        expect(validateTemplate(template)).toEqual([]);
      });

      it('has 4 to 9 prompts, at least one required', () => {
        expect(template.prompts.length).toBeGreaterThanOrEqual(4);
        expect(template.prompts.length).toBeLessThanOrEqual(9);
        expect(template.prompts.some((prompt) => prompt.required)).toBe(true);
      });

      it('uses snake_case prompt keys', () => {
        for (const prompt of template.prompts) expect(prompt.key).toMatch(/^[a-z]+(_[a-z]+)*$/);
      });

      it('explains scale ends', () => {
        for (const prompt of template.prompts.filter((p) => p.type === 'scale')) {
          expect(prompt.minLabel).toBeTruthy();
          expect(prompt.maxLabel).toBeTruthy();
        }
      });

      it('accepts an empty draft and refuses an empty submission', () => {
        expect(validateAnswers(template.prompts, {}, { forSubmission: false })).toEqual([]);
        const required = template.prompts
          .filter((prompt) => prompt.required)
          .map((prompt) => `answers.${prompt.key}`);
        expect(validateAnswers(template.prompts, {}, { forSubmission: true }).map((e) => e.path)).toEqual(
          required,
        );
      });

      it('accepts a complete submission', () => {
        const answerFor = (prompt: ExercisePrompt): unknown => {
          switch (prompt.type) {
            case 'free_text':
              return 'An answer.';
            case 'scale':
              return prompt.max ?? 5;
            case 'single_choice':
              return prompt.options![0];
            default:
              return prompt.options!.slice(0, 2);
          }
        };
        const answers = Object.fromEntries(template.prompts.map((prompt) => [prompt.key, answerFor(prompt)]));
        expect(validateAnswers(template.prompts, answers, { forSubmission: true })).toEqual([]);
      });
    },
  );

  it('mixes prompt types across the library', () => {
    const used = new Set(
      BUILT_IN_TEMPLATES.flatMap((template) => template.prompts.map((prompt) => prompt.type)),
    );
    expect([...used].sort()).toEqual([...PROMPT_TYPES].sort());
  });

  it('rates pace, focus on value and rambling in the mock interview', () => {
    const scales = builtInTemplate('mock-interview')
      .prompts.filter((prompt) => prompt.type === 'scale')
      .map((prompt) => prompt.key);
    expect(scales).toEqual(['pace', 'value_focus', 'rambling']);
  });

  it('has three situation-action-result stories', () => {
    const stories = builtInTemplate('success-stories').prompts.filter((prompt) =>
      prompt.key.startsWith('story_'),
    );
    expect(stories).toHaveLength(3);
    for (const story of stories) {
      expect(story.type).toBe('free_text');
      expect(story.help).toMatch(/Situation.*Action.*Result/s);
    }
  });

  it('makes company research a checklist', () => {
    expect(builtInTemplate('company-research').prompts.some((prompt) => prompt.type === 'checklist')).toBe(
      true,
    );
  });

  it('asks what could be done better, never why not', () => {
    const draft = builtInTemplate('feedback-request-draft');
    const wording = JSON.stringify(draft);
    expect(wording).toMatch(/what is one thing I could do better/);
    expect(wording).not.toMatch(/why (was I not|wasn't I|not me)/i);
    expect(draft.prompts.some((prompt) => prompt.key === 'follow_up')).toBe(true);
  });

  it('is frozen, so nobody edits a built-in by accident', () => {
    const template = builtInTemplate('reframe');
    expect(Object.isFrozen(template)).toBe(true);
    expect(Object.isFrozen(template.prompts[0])).toBe(true);
    const copy = structuredClone(template);
    copy.title = 'My reframe';
    expect(copy.title).toBe('My reframe');
    expect(template.title).toBe('Reframe');
  });

  it.each<[unknown, boolean]>([
    ['first-look', true],
    ['stay-in-touch', true],
    ['first_look', false],
    ['', false],
    [7, false],
  ])('isBuiltInTemplateKey(%p) → %p', (value, expected) => {
    expect(isBuiltInTemplateKey(value)).toBe(expected);
  });
});
