import { describe, expect, it } from '@jest/globals';
import { parseForm } from '~/forms/forms';
import { billingActionSchema } from './schemas';

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
};

describe('billingActionSchema', () => {
  it.each([
    [
      { intent: 'checkout', plan: 'PRACTICE' },
      { intent: 'checkout', plan: 'PRACTICE' },
    ],
    [{ intent: 'portal' }, { intent: 'portal' }],
  ])('parses %j', (fields, expected) => {
    expect(parseForm(billingActionSchema, form(fields))).toEqual({ ok: true, data: expected });
  });

  it.each<Record<string, string>>([{ intent: 'checkout' }, { intent: 'checkout', plan: 'ENTERPRISE' }])(
    'asks for a plan offered when given %j',
    (fields) => {
      expect(parseForm(billingActionSchema, form(fields))).toEqual({
        ok: false,
        fieldErrors: { plan: 'Choose one of the plans.' },
        formError: undefined,
      });
    },
  );
});
