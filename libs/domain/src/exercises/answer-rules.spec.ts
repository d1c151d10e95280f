import {
  ASSIGNMENT_EVENT_ACTORS,
  ASSIGNMENT_EVENTS,
  daysUntilDue,
  isOverdue,
  nextAssignmentStatus,
  scaleBounds,
  validateAnswers,
  validateTemplate,
  type AssignmentEvent,
} from './answer-rules.js';
import {
  ASSIGNMENT_STATUSES,
  TEXT_ANSWER_MAX_LENGTH,
  type AssignmentStatus,
  type ExercisePrompt,
  type ExerciseTemplateContent,
} from './exercise-vocabulary.js';

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
/** Each problem as `path: CODE`, in order. */
const problems = (errors: { path: string; code: string }[]) =>
  errors.map((error) => `${error.path}: ${error.code}`);

describe('validateTemplate', () => {
  const valid: ExerciseTemplateContent = {
    title: 'Warm-up',
    purpose: 'A first try.',
    estimatedMinutes: 10,
    prompts: [
      { key: 'story', type: 'free_text', label: 'Tell it', required: true },
      { key: 'mood', type: 'scale', label: 'Mood', required: false, min: 1, max: 5, minLabel: 'Low' },
      { key: 'pick', type: 'single_choice', label: 'Pick', required: true, options: ['A', 'B'] },
      {
        key: 'several',
        type: 'multiple_choice',
        label: 'Several',
        required: false,
        options: ['A', 'B', 'C'],
      },
      { key: 'steps', type: 'checklist', label: 'Steps', required: false, options: ['Only step'] },
    ],
  };
  const withPrompt = (prompt: Record<string, unknown>) => ({ ...valid, prompts: [...valid.prompts, prompt] });
  const withChange = (change: Record<string, unknown>) => ({ ...valid, ...change });
  const base = { key: 'extra', label: 'Extra', required: false };
  const manyPrompts = (count: number) =>
    Array.from({ length: count }, (_, i) => ({
      key: `p${i}`,
      type: 'free_text',
      label: `P${i}`,
      required: false,
    }));

  it('accepts a valid template', () => {
    expect(validateTemplate(valid)).toEqual([]);
  });

  it.each<[string, unknown, string[]]>([
    ['not an object', 'template', [': WRONG_TYPE']],
    ['null', null, [': WRONG_TYPE']],
    ['an empty title', withChange({ title: '  ' }), ['title: REQUIRED']],
    ['a missing title', withChange({ title: undefined }), ['title: REQUIRED']],
    ['a title too long', withChange({ title: 'x'.repeat(201) }), ['title: TOO_LONG']],
    ['an empty purpose', withChange({ purpose: '' }), ['purpose: REQUIRED']],
    ['zero minutes', withChange({ estimatedMinutes: 0 }), ['estimatedMinutes: OUT_OF_RANGE']],
    ['241 minutes', withChange({ estimatedMinutes: 241 }), ['estimatedMinutes: OUT_OF_RANGE']],
    ['fractional minutes', withChange({ estimatedMinutes: 7.5 }), ['estimatedMinutes: OUT_OF_RANGE']],
    ['minutes as text', withChange({ estimatedMinutes: '10' }), ['estimatedMinutes: OUT_OF_RANGE']],
    ['no prompts', withChange({ prompts: [] }), ['prompts: TOO_FEW']],
    ['prompts not a list', withChange({ prompts: {} }), ['prompts: TOO_FEW']],
    ['31 prompts', withChange({ prompts: manyPrompts(31) }), ['prompts: TOO_MANY']],
    ['a prompt that is not an object', withPrompt('nope' as never), ['prompts.5: WRONG_TYPE']],
    [
      'a duplicate key',
      withPrompt({ ...base, key: 'story', type: 'free_text' }),
      ['prompts.5.key: PROMPT_KEY_TAKEN'],
    ],
    [
      'a missing key',
      withPrompt({ ...base, key: undefined, type: 'free_text' }),
      ['prompts.5.key: REQUIRED'],
    ],
    [
      'an upper-case key',
      withPrompt({ ...base, key: 'Story', type: 'free_text' }),
      ['prompts.5.key: PROMPT_KEY_FORMAT'],
    ],
    [
      'a key with spaces',
      withPrompt({ ...base, key: 'my story', type: 'free_text' }),
      ['prompts.5.key: PROMPT_KEY_FORMAT'],
    ],
    [
      'a key starting with a digit',
      withPrompt({ ...base, key: '1st', type: 'free_text' }),
      ['prompts.5.key: PROMPT_KEY_FORMAT'],
    ],
    [
      'a key ending in a dash',
      withPrompt({ ...base, key: 'story-', type: 'free_text' }),
      ['prompts.5.key: PROMPT_KEY_FORMAT'],
    ],
    [
      'a key too long',
      withPrompt({ ...base, key: 'k'.repeat(65), type: 'free_text' }),
      ['prompts.5.key: PROMPT_KEY_FORMAT'],
    ],
    ['an unknown type', withPrompt({ ...base, type: 'date' }), ['prompts.5.type: UNKNOWN_VALUE']],
    ['an empty label', withPrompt({ ...base, label: ' ', type: 'free_text' }), ['prompts.5.label: REQUIRED']],
    [
      'help that is not text',
      withPrompt({ ...base, help: 3, type: 'free_text' }),
      ['prompts.5.help: WRONG_TYPE'],
    ],
    [
      'required not a boolean',
      withPrompt({ ...base, required: 'yes', type: 'free_text' }),
      ['prompts.5.required: REQUIRED'],
    ],
    [
      'a single choice without options',
      withPrompt({ ...base, type: 'single_choice' }),
      ['prompts.5.options: TOO_FEW'],
    ],
    [
      'a single choice with one option',
      withPrompt({ ...base, type: 'single_choice', options: ['A'] }),
      ['prompts.5.options: TOO_FEW'],
    ],
    [
      'a multiple choice with one option',
      withPrompt({ ...base, type: 'multiple_choice', options: ['A'] }),
      ['prompts.5.options: TOO_FEW'],
    ],
    [
      'a checklist with no options',
      withPrompt({ ...base, type: 'checklist', options: [] }),
      ['prompts.5.options: TOO_FEW'],
    ],
    [
      'a duplicate option',
      withPrompt({ ...base, type: 'checklist', options: ['A', 'B', 'A'] }),
      ['prompts.5.options.2: OPTION_REPEATED'],
    ],
    [
      'an empty option',
      withPrompt({ ...base, type: 'single_choice', options: ['A', ''] }),
      ['prompts.5.options.1: REQUIRED'],
    ],
    [
      'an option with padding',
      withPrompt({ ...base, type: 'single_choice', options: ['A', 'B '] }),
      ['prompts.5.options.1: OPTION_PADDED'],
    ],
    [
      'an option that is not text',
      withPrompt({ ...base, type: 'single_choice', options: ['A', 2] }),
      ['prompts.5.options.1: WRONG_TYPE'],
    ],
    [
      'too many options',
      withPrompt({ ...base, type: 'checklist', options: Array.from({ length: 31 }, (_, i) => `O${i}`) }),
      ['prompts.5.options: TOO_MANY'],
    ],
    [
      'options on free text',
      withPrompt({ ...base, type: 'free_text', options: ['A', 'B'] }),
      ['prompts.5.options: PROMPT_OPTIONS_UNEXPECTED'],
    ],
    [
      'options on a scale',
      withPrompt({ ...base, type: 'scale', options: ['A', 'B'] }),
      ['prompts.5.options: PROMPT_OPTIONS_UNEXPECTED'],
    ],
    ['a scale from 0', withPrompt({ ...base, type: 'scale', min: 0 }), ['prompts.5.min: OUT_OF_RANGE']],
    ['a scale to 10', withPrompt({ ...base, type: 'scale', max: 10 }), ['prompts.5.max: OUT_OF_RANGE']],
    ['a fractional bound', withPrompt({ ...base, type: 'scale', min: 1.5 }), ['prompts.5.min: OUT_OF_RANGE']],
    [
      'an upside-down scale',
      withPrompt({ ...base, type: 'scale', min: 4, max: 2 }),
      ['prompts.5.max: SCALE_UPSIDE_DOWN'],
    ],
    [
      'a one-point scale',
      withPrompt({ ...base, type: 'scale', min: 3, max: 3 }),
      ['prompts.5.max: SCALE_UPSIDE_DOWN'],
    ],
    [
      'a scale 5 to default top',
      withPrompt({ ...base, type: 'scale', min: 5 }),
      ['prompts.5.max: SCALE_UPSIDE_DOWN'],
    ],
    [
      'a scale end label not text',
      withPrompt({ ...base, type: 'scale', maxLabel: 5 }),
      ['prompts.5.maxLabel: WRONG_TYPE'],
    ],
    [
      'bounds on free text',
      withPrompt({ ...base, type: 'free_text', min: 1 }),
      ['prompts.5.min: PROMPT_SCALE_UNEXPECTED'],
    ],
    [
      'end labels on a choice',
      withPrompt({ ...base, type: 'single_choice', options: ['A', 'B'], minLabel: 'x' }),
      ['prompts.5.minLabel: PROMPT_SCALE_UNEXPECTED'],
    ],
  ])('refuses %s', (_name, content, expected) => {
    const errors = validateTemplate(content);
    expect(problems(errors)).toEqual(expected);
    for (const error of errors) expect(error.message).toMatch(/\w/);
  });

  it.each<[string, unknown]>([
    ['one prompt', withChange({ prompts: manyPrompts(1) })],
    ['thirty prompts', withChange({ prompts: manyPrompts(30) })],
    ['240 minutes', withChange({ estimatedMinutes: 240 })],
    ['a kebab-case key', withPrompt({ ...base, key: 'went-well', type: 'free_text' })],
    ['a snake_case key with digits', withPrompt({ ...base, key: 'story_2', type: 'free_text' })],
    ['a scale without bounds', withPrompt({ ...base, type: 'scale' })],
    ['a narrowed scale', withPrompt({ ...base, type: 'scale', min: 2, max: 4 })],
    ['a scale with only a top', withPrompt({ ...base, type: 'scale', max: 3 })],
  ])('accepts %s', (_name, content) => {
    expect(validateTemplate(content)).toEqual([]);
  });

  it('gives the params the words for each code need', () => {
    const content = withChange({
      title: 'x'.repeat(201),
      prompts: [
        { key: 'story', type: 'checklist', label: 'Story', required: true, options: ['A', 'A'] },
        { key: 'story', type: 'free_text', label: 'Again', required: true },
        { key: 'Bad', type: 'scale', label: 'Scale', required: true, min: 0 },
      ],
    });
    const params = validateTemplate(content).map(({ path, code, params }) => ({ path, code, params }));
    expect(params).toEqual([
      { path: 'title', code: 'TOO_LONG', params: { limit: 200 } },
      { path: 'prompts.0.options.1', code: 'OPTION_REPEATED', params: { option: 'A' } },
      { path: 'prompts.1.key', code: 'PROMPT_KEY_TAKEN', params: { key: 'story', prompt: 1 } },
      { path: 'prompts.2.key', code: 'PROMPT_KEY_FORMAT', params: { limit: 64 } },
      { path: 'prompts.2.min', code: 'OUT_OF_RANGE', params: { min: 1, max: 5 } },
    ]);
  });

  it('reports every problem at once, in order', () => {
    const content = {
      title: '',
      purpose: '',
      estimatedMinutes: 0,
      prompts: [
        { key: 'a', type: 'single_choice', label: '', required: true },
        { key: 'a', type: 'scale', label: 'B', required: true, min: 6 },
      ],
    };
    expect(problems(validateTemplate(content))).toEqual([
      'title: REQUIRED',
      'purpose: REQUIRED',
      'estimatedMinutes: OUT_OF_RANGE',
      'prompts.0.label: REQUIRED',
      'prompts.0.options: TOO_FEW',
      'prompts.1.key: PROMPT_KEY_TAKEN',
      'prompts.1.min: OUT_OF_RANGE',
    ]);
  });
});

describe('scaleBounds', () => {
  it.each<[Partial<ExercisePrompt>, { min: number; max: number }]>([
    [{}, { min: 1, max: 5 }],
    [{ min: 2 }, { min: 2, max: 5 }],
    [{ max: 3 }, { min: 1, max: 3 }],
    [
      { min: 2, max: 4 },
      { min: 2, max: 4 },
    ],
  ])('%j → %j', (prompt, expected) => {
    expect(scaleBounds(prompt)).toEqual(expected);
  });
});

describe('validateAnswers', () => {
  const prompts: ExercisePrompt[] = [
    { key: 'story', type: 'free_text', label: 'Story', required: true },
    { key: 'note', type: 'free_text', label: 'Note', required: false },
    { key: 'mood', type: 'scale', label: 'Mood', required: true },
    { key: 'narrow', type: 'scale', label: 'Narrow', required: false, min: 2, max: 4 },
    { key: 'pick', type: 'single_choice', label: 'Pick', required: true, options: ['Yes', 'No'] },
    { key: 'several', type: 'multiple_choice', label: 'Several', required: true, options: ['A', 'B', 'C'] },
    { key: 'steps', type: 'checklist', label: 'Steps', required: false, options: ['One', 'Two'] },
  ];
  const complete = { story: 'It went fine.', mood: 3, pick: 'Yes', several: ['A', 'C'] };

  it.each<[string, Record<string, unknown>]>([
    ['the required answers', complete],
    ['every answer', { ...complete, note: 'More', narrow: 4, steps: ['One', 'Two'] }],
    ['null for optional answers', { ...complete, note: null, narrow: null, steps: null }],
    ['an empty optional checklist and text', { ...complete, note: '', steps: [] }],
    ['text at the limit', { ...complete, story: 'x'.repeat(TEXT_ANSWER_MAX_LENGTH) }],
    ['emoji counted as one character', { ...complete, story: '🙂'.repeat(TEXT_ANSWER_MAX_LENGTH) }],
    ['the ends of the scale', { ...complete, mood: 5, narrow: 2 }],
  ])('accepts a submission with %s', (_name, answers) => {
    expect(validateAnswers(prompts, answers, { forSubmission: true })).toEqual([]);
  });

  it.each<[string, Record<string, unknown>, string[]]>([
    ['an unknown key', { ...complete, extra: 'x' }, ['answers.extra: UNKNOWN_FIELD']],
    ['text as a number', { ...complete, story: 42 }, ['answers.story: WRONG_TYPE']],
    [
      'text too long',
      { ...complete, note: 'x'.repeat(TEXT_ANSWER_MAX_LENGTH + 1) },
      ['answers.note: TOO_LONG'],
    ],
    ['a scale below its range', { ...complete, mood: 0 }, ['answers.mood: OUT_OF_RANGE']],
    ['a scale above its range', { ...complete, mood: 6 }, ['answers.mood: OUT_OF_RANGE']],
    ['a scale outside a narrowed range', { ...complete, narrow: 5 }, ['answers.narrow: OUT_OF_RANGE']],
    ['a fractional scale', { ...complete, mood: 2.5 }, ['answers.mood: OUT_OF_RANGE']],
    ['a scale as text', { ...complete, mood: '3' }, ['answers.mood: OUT_OF_RANGE']],
    ['a scale as NaN', { ...complete, mood: NaN }, ['answers.mood: OUT_OF_RANGE']],
    ['a single choice not offered', { ...complete, pick: 'Maybe' }, ['answers.pick: UNKNOWN_VALUE']],
    ['a single choice in a different case', { ...complete, pick: 'yes' }, ['answers.pick: UNKNOWN_VALUE']],
    ['a single choice as a list', { ...complete, pick: ['Yes'] }, ['answers.pick: UNKNOWN_VALUE']],
    ['a multiple choice not a list', { ...complete, several: 'A' }, ['answers.several: WRONG_TYPE']],
    [
      'a multiple choice with an option not offered',
      { ...complete, several: ['A', 'D'] },
      ['answers.several: UNKNOWN_VALUE'],
    ],
    [
      'a multiple choice picked twice',
      { ...complete, several: ['A', 'A'] },
      ['answers.several: CHOICE_REPEATED'],
    ],
    [
      'a checklist with a stranger',
      { ...complete, steps: ['One', 'Three'] },
      ['answers.steps: UNKNOWN_VALUE'],
    ],
    ['a checklist of non-text', { ...complete, steps: [1] }, ['answers.steps: UNKNOWN_VALUE']],
    ['a checklist as true', { ...complete, steps: true }, ['answers.steps: WRONG_TYPE']],
  ])('refuses %s, even in a draft', (_name, answers, expected) => {
    expect(problems(validateAnswers(prompts, answers, { forSubmission: false }))).toEqual(expected);
    expect(problems(validateAnswers(prompts, answers, { forSubmission: true }))).toEqual(expected);
  });

  it.each<[string, Record<string, unknown>, string[]]>([
    [
      'nothing',
      {},
      [
        'answers.story: REQUIRED',
        'answers.mood: REQUIRED',
        'answers.pick: REQUIRED',
        'answers.several: REQUIRED',
      ],
    ],
    ['a missing text', { ...complete, story: undefined }, ['answers.story: REQUIRED']],
    ['a null text', { ...complete, story: null }, ['answers.story: REQUIRED']],
    ['a blank text', { ...complete, story: '  \n ' }, ['answers.story: REQUIRED']],
    ['a missing scale', { ...complete, mood: null }, ['answers.mood: REQUIRED']],
    ['a missing choice', { ...complete, pick: null }, ['answers.pick: REQUIRED']],
    ['an empty multiple choice', { ...complete, several: [] }, ['answers.several: REQUIRED']],
  ])('requires answers on submission: %s', (_name, answers, expected) => {
    expect(problems(validateAnswers(prompts, answers, { forSubmission: true }))).toEqual(expected);
    // A draft may stay partial.
    expect(validateAnswers(prompts, answers, { forSubmission: false })).toEqual([]);
  });

  it('refuses answers that are not an object', () => {
    for (const answers of [null, [], 'x']) {
      expect(problems(validateAnswers(prompts, answers as never, { forSubmission: false }))).toEqual([
        'answers: WRONG_TYPE',
      ]);
    }
  });

  it('does not trust inherited keys', () => {
    const answers = Object.create({ story: 'inherited' }) as Record<string, unknown>;
    expect(problems(validateAnswers(prompts, answers, { forSubmission: true }))).toContain(
      'answers.story: REQUIRED',
    );
  });

  it('reports answers in prompt order as codes with the params their words need, and English for developers', () => {
    const errors = validateAnswers(prompts, { mood: 9, pick: 'Maybe' }, { forSubmission: true });
    expect(errors).toEqual([
      { path: 'answers.story', code: 'REQUIRED', message: 'An answer is required' },
      {
        path: 'answers.mood',
        code: 'OUT_OF_RANGE',
        params: { min: 1, max: 5 },
        message: 'Pick a whole number from 1 to 5',
      },
      { path: 'answers.pick', code: 'UNKNOWN_VALUE', message: 'Pick one of the options' },
      { path: 'answers.several', code: 'REQUIRED', message: 'An answer is required' },
    ]);
  });

  it('gives the limit of a text answer and says a choice was picked twice', () => {
    const errors = validateAnswers(
      prompts,
      { note: 'x'.repeat(TEXT_ANSWER_MAX_LENGTH + 1), several: ['A', 'A'] },
      { forSubmission: false },
    );
    expect(errors).toEqual([
      {
        path: 'answers.note',
        code: 'TOO_LONG',
        params: { limit: TEXT_ANSWER_MAX_LENGTH },
        message: 'Keep it to 10,000 characters',
      },
      { path: 'answers.several', code: 'CHOICE_REPEATED', message: 'Each option can be picked once' },
    ]);
  });
});

describe('daysUntilDue and isOverdue', () => {
  const now = new Date('2026-11-20T15:00:00Z');

  it.each<[string | null, number | null]>([
    [null, null],
    ['2026-11-21', 1],
    ['2026-11-20', 0],
    ['2026-11-19', -1],
    ['2026-12-01', 11],
  ])('due %s → %p days', (dueOn, expected) => {
    expect(daysUntilDue(dueOn ? day(dueOn) : null, now)).toBe(expected);
  });

  it.each<[string | null, AssignmentStatus, boolean]>([
    ['2026-11-19', 'assigned', true],
    ['2026-11-19', 'in_progress', true],
    ['2026-11-01', 'assigned', true],
    ['2026-11-19', 'submitted', false],
    ['2026-11-19', 'reviewed', false],
    // Due today is not yet overdue: the whole day is the client's.
    ['2026-11-20', 'assigned', false],
    ['2026-11-21', 'in_progress', false],
    [null, 'assigned', false],
  ])('due %s, %s → overdue %p', (dueOn, status, expected) => {
    expect(isOverdue({ dueOn: dueOn ? day(dueOn) : null, status }, now)).toBe(expected);
  });

  it('becomes overdue at the first minute after the due day (UTC)', () => {
    const assignment = { dueOn: new Date('2026-11-20T18:00:00Z'), status: 'assigned' as const };
    expect(isOverdue(assignment, new Date('2026-11-20T23:59:59Z'))).toBe(false);
    expect(isOverdue(assignment, new Date('2026-11-21T00:00:01Z'))).toBe(true);
  });
});

describe('nextAssignmentStatus', () => {
  it.each<[AssignmentStatus, AssignmentEvent, AssignmentStatus | null]>([
    ['assigned', 'started', 'in_progress'],
    ['assigned', 'submitted', 'submitted'],
    ['assigned', 'reviewed', null],
    ['assigned', 'reopened', null],
    ['in_progress', 'started', 'in_progress'],
    ['in_progress', 'submitted', 'submitted'],
    ['in_progress', 'reviewed', null],
    ['in_progress', 'reopened', null],
    ['submitted', 'started', null],
    ['submitted', 'submitted', null],
    ['submitted', 'reviewed', 'reviewed'],
    ['submitted', 'reopened', 'in_progress'],
    ['reviewed', 'started', null],
    ['reviewed', 'submitted', null],
    ['reviewed', 'reviewed', null],
    ['reviewed', 'reopened', null],
    ['assigned', 'withdrawn', 'withdrawn'],
    ['in_progress', 'withdrawn', 'withdrawn'],
    ['submitted', 'withdrawn', null],
    ['reviewed', 'withdrawn', null],
    ['withdrawn', 'started', null],
    ['withdrawn', 'submitted', null],
    ['withdrawn', 'reopened', null],
  ])('%s + %s → %s', (current, event, next) => {
    expect(nextAssignmentStatus(current, event)).toBe(next);
  });

  it('has an answer for every status and event', () => {
    for (const status of ASSIGNMENT_STATUSES) {
      for (const event of ASSIGNMENT_EVENTS) {
        const next = nextAssignmentStatus(status, event);
        expect(next === null || ASSIGNMENT_STATUSES.includes(next)).toBe(true);
      }
    }
  });

  it.each<[AssignmentEvent, 'coach' | 'client']>([
    ['started', 'client'],
    ['submitted', 'client'],
    ['reviewed', 'coach'],
    ['reopened', 'coach'],
    ['withdrawn', 'coach'],
  ])('%s is done by the %s', (event, actor) => {
    expect(ASSIGNMENT_EVENT_ACTORS[event]).toBe(actor);
  });
});
