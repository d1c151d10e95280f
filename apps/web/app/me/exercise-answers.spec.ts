import { describe, expect, it } from '@jest/globals';
import {
  answersForApi,
  answersFromApi,
  missingRequired,
  parseAnswers,
  type PromptShape,
} from './exercise-answers';

const prompts: PromptShape[] = [
  { key: 'story', type: 'FREE_TEXT', required: true },
  { key: 'pace', type: 'SCALE', required: true, min: 1, max: 5 },
  { key: 'stage', type: 'SINGLE_CHOICE', required: false, options: ['Early', 'Late'] },
  { key: 'steps', type: 'CHECKLIST', required: true, options: ['Read', 'Call'] },
];

describe('exercise answers', () => {
  it('reads the API’s answers into the page’s shape', () => {
    expect(
      answersFromApi([
        { promptKey: 'story', text: 'Hi', number: null, choices: null },
        { promptKey: 'pace', text: null, number: 3, choices: null },
        { promptKey: 'steps', text: null, number: null, choices: ['Read'] },
      ]),
    ).toEqual({ story: { text: 'Hi' }, pace: { number: 3 }, steps: { choices: ['Read'] } });
  });

  it('sends one entry per prompt, in the field its type uses, empty when unanswered', () => {
    expect(
      answersForApi(prompts, {
        story: { text: '  ' },
        pace: { number: 4 },
        stage: { text: 'Late' },
        steps: { choices: [] },
      }),
    ).toEqual([
      { promptKey: 'story' },
      { promptKey: 'pace', number: 4 },
      { promptKey: 'stage', text: 'Late' },
      { promptKey: 'steps' },
    ]);
  });

  it('names the required prompts still unanswered', () => {
    expect(missingRequired(prompts, {})).toEqual(['story', 'pace', 'steps']);
    expect(
      missingRequired(prompts, {
        story: { text: 'Done' },
        pace: { number: 1 },
        steps: { choices: ['Call'] },
      }),
    ).toEqual([]);
  });

  it('trusts nothing malformed from the form', () => {
    expect(parseAnswers('not json')).toEqual({});
    expect(parseAnswers(JSON.stringify([1, 2]))).toEqual({});
    expect(
      parseAnswers(
        JSON.stringify({
          a: { text: 'ok' },
          b: { number: 'x' },
          c: { choices: ['x', 2] },
          d: null,
          e: { number: 2 },
        }),
      ),
    ).toEqual({ a: { text: 'ok' }, e: { number: 2 } });
  });
});
