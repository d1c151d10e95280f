import { describe, expect, it } from '@jest/globals';
import { createTranslator, interpolate, t, tPlural } from './i18n';
import { en } from './messages.en';

describe('interpolate', () => {
  it.each([
    ['Hello {name}', { name: 'Ana' }, 'Hello Ana'],
    ['{a} and {b}, then {a}', { a: 1, b: 'two' }, '1 and two, then 1'],
    ['Step {number}', { number: 0 }, 'Step 0'],
    ['No placeholders', { name: 'unused' }, 'No placeholders'],
    ['Missing {name}', {}, 'Missing {name}'],
    ['Not a {placeholder with spaces}', { placeholder: 'x' }, 'Not a {placeholder with spaces}'],
    ['{toString}', {}, '{toString}'],
  ])('%s with %j → %s', (template, params, expected) => {
    expect(interpolate(template, params)).toBe(expected);
  });

  it('inserts values literally, without treating them as placeholders or patterns', () => {
    expect(interpolate('{a}{b}', { a: '{b}', b: '$&' })).toBe('{b}$&');
  });
});

describe('t', () => {
  it('looks up a nested key', () => {
    expect(t('home.hero.title')).toBe(en.home.hero.title);
  });

  it('fills placeholders', () => {
    expect(t('organization.metaTitle', { name: 'Northwind Coaching' })).toBe('Northwind Coaching · Rebound');
    expect(t('errors.statusLabel', { status: 404 })).toBe('Error 404');
  });

  it('returns the key itself for a key that does not exist, so the gap shows on the page', () => {
    const translate = createTranslator('en') as (key: string) => string;
    expect(translate('home.nope')).toBe('home.nope');
    expect(translate('home.hero')).toBe('home.hero');
  });
});

describe('the English catalogue', () => {
  const leaves = (node: unknown, path: string[] = []): Array<[string, unknown]> =>
    typeof node === 'object' && node !== null
      ? Object.entries(node).flatMap(([key, value]) => leaves(value, [...path, key]))
      : [[path.join('.'), node]];

  it('has a non-empty string at every leaf', () => {
    const bad = leaves(en).filter(([, value]) => typeof value !== 'string' || value.trim() === '');
    expect(bad).toEqual([]);
  });

  it('uses only simple {name} placeholders (no ICU syntax the translator would not understand)', () => {
    const odd = leaves(en).filter(([, value]) => /[{}]/.test(String(value).replace(/\{\w+\}/g, '')));
    expect(odd).toEqual([]);
  });
});

describe('plural messages', () => {
  it('pick the form by the plural rules, never "1 people"', () => {
    expect(tPlural('me.home.notes.feedback_answered', 1)).toBe(
      'One person answered your feedback requests. That is real information to build on.',
    );
    expect(tPlural('me.home.notes.feedback_answered', 2)).toBe(
      '2 people answered your feedback requests. That is real information to build on.',
    );
    expect(tPlural('me.home.notes.exercises_submitted', 0)).toBe('You completed 0 exercises.');
  });
});
