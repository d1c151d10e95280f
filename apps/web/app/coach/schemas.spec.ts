import { describe, expect, it } from '@jest/globals';
import {
  assignSchema,
  assignValues,
  isCalendarDate,
  parseCaseloadQuery,
  parseValues,
  planActionSchema,
  promptsForApi,
  refineReview,
  reviewSchema,
  templateSchema,
  templateValues,
} from './schemas';

const form = (entries: Array<[string, string]>) => {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return data;
};

describe('isCalendarDate', () => {
  it.each([
    ['2026-02-28', true],
    ['2028-02-29', true],
    ['2026-02-29', false],
    ['2026-13-01', false],
    ['26-01-01', false],
    ['', false],
  ])('%s → %s', (value, expected) => {
    expect(isCalendarDate(value)).toBe(expected);
  });
});

describe('parseCaseloadQuery', () => {
  const parse = (query: string) => parseCaseloadQuery(new URL(`http://x/caseload?${query}`));

  it('defaults to attention order with no filter', () => {
    expect(parse('')).toEqual({ sort: 'ATTENTION' });
  });

  it('keeps valid filters and drops ones that cannot be right', () => {
    expect(parse('q=%20Priya%20&status=PAUSED&sort=NAME')).toEqual({
      q: 'Priya',
      status: 'PAUSED',
      sort: 'NAME',
    });
    expect(parse('status=LOST&coach=not-a-uuid&sort=RANDOM')).toEqual({ sort: 'ATTENTION' });
    expect(parse('coach=2f1d0c7e-9a3b-4c5d-8e6f-7a8b9c0d1e2f').coach).toBe(
      '2f1d0c7e-9a3b-4c5d-8e6f-7a8b9c0d1e2f',
    );
  });
});

describe('template form', () => {
  const base: Array<[string, string]> = [
    ['title', 'Salary talk rehearsal'],
    ['purpose', 'Practise naming a number without apologising.'],
    ['estimatedMinutes', '20'],
  ];

  it('gathers prompts in form order and sends only the fields each type has', () => {
    const values = templateValues(
      form([
        ...base,
        ['prompts.1.key', 'confidence'],
        ['prompts.1.label', 'How confident did you sound?'],
        ['prompts.1.type', 'SCALE'],
        ['prompts.1.minLabel', 'Shaky'],
        ['prompts.1.maxLabel', ''],
        ['prompts.1.options', 'left over\nfrom a choice'],
        ['prompts.0.key', 'number'],
        ['prompts.0.label', 'Which number did you name?'],
        ['prompts.0.type', 'FREE_TEXT'],
        ['prompts.0.required', 'on'],
        ['prompts.2.key', 'steps'],
        ['prompts.2.label', 'What did you do first?'],
        ['prompts.2.type', 'CHECKLIST'],
        ['prompts.2.options', 'Researched the range\n\nResearched the range\n Wrote it down '],
      ]),
    );
    const parsed = parseValues(templateSchema, values);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.data.estimatedMinutes).toBe(20);
    expect(promptsForApi(parsed.data.prompts)).toEqual([
      { key: 'number', label: 'Which number did you name?', type: 'FREE_TEXT', required: true },
      {
        key: 'confidence',
        label: 'How confident did you sound?',
        type: 'SCALE',
        required: false,
        min: 1,
        max: 5,
        minLabel: 'Shaky',
      },
      {
        key: 'steps',
        label: 'What did you do first?',
        type: 'CHECKLIST',
        required: false,
        options: ['Researched the range', 'Wrote it down'],
      },
    ]);
  });

  it('names each field that needs fixing, prompts by their place', () => {
    const parsed = parseValues(
      templateSchema,
      templateValues(
        form([
          ['title', 'ab'],
          ['purpose', ''],
          ['estimatedMinutes', '0'],
          ['prompts.0.key', 'pick'],
          ['prompts.0.label', ' '],
          ['prompts.0.type', 'SINGLE_CHOICE'],
          ['prompts.0.options', 'Only one'],
        ]),
      ),
    );
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(Object.keys(parsed.fieldErrors).sort()).toEqual([
      'estimatedMinutes',
      'prompts.0.label',
      'prompts.0.options',
      'purpose',
      'title',
    ]);
    expect(parsed.fieldErrors['prompts.0.options']).toBe('Give at least two options, one per line.');
  });

  it('wants at least one prompt', () => {
    const parsed = parseValues(templateSchema, templateValues(form(base)));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.fieldErrors.prompts).toBe('Add at least one prompt.');
  });
});

describe('assigning', () => {
  const a = '2f1d0c7e-9a3b-4c5d-8e6f-7a8b9c0d1e2f';
  const b = '3f1d0c7e-9a3b-4c5d-8e6f-7a8b9c0d1e2f';

  it('takes every ticked client and an optional due date', () => {
    expect(
      parseValues(
        assignSchema,
        assignValues(
          form([
            ['clientIds', a],
            ['clientIds', b],
            ['dueOn', ''],
          ]),
        ),
      ),
    ).toEqual({
      ok: true,
      data: { clientIds: [a, b], dueOn: undefined },
    });
  });

  it('asks for a client and a real date', () => {
    const parsed = parseValues(assignSchema, assignValues(form([['dueOn', '2026-02-30']])));
    expect(parsed).toEqual({
      ok: false,
      fieldErrors: { clientIds: 'Choose at least one client.', dueOn: 'Enter a date as YYYY-MM-DD.' },
      formError: undefined,
    });
  });
});

describe('review', () => {
  it('sending back needs a comment; marking reviewed does not', () => {
    const sendBack = reviewSchema.parse({ version: '3', comment: '  ', decision: 'sendBack' });
    expect(refineReview(sendBack)).toEqual({ comment: 'Say what to change when you send an exercise back.' });
    expect(refineReview(reviewSchema.parse({ version: '3', comment: '', decision: 'review' }))).toBeNull();
  });
});

describe('plan actions', () => {
  it('tells the intents apart and validates each', () => {
    expect(
      planActionSchema.safeParse({
        intent: 'addItem',
        title: 'Mock interview with Sam',
        category: 'PREPARATION',
        owner: 'CLIENT',
        goalId: '',
        dueOn: '',
      }).success,
    ).toBe(true);
    const bad = planActionSchema.safeParse({
      intent: 'addItem',
      title: 'x',
      category: 'COOKING',
      owner: 'CLIENT',
    });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((issue) => issue.path.join('.')).sort()).toEqual(['category', 'title']);
    expect(planActionSchema.safeParse({ intent: 'move', itemId: 'i1', direction: 'sideways' }).success).toBe(
      false,
    );
  });
});
