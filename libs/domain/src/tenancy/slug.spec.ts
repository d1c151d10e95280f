import { slugProblem, slugify, SLUG_MAX_LENGTH } from './slug.js';

describe('slugify', () => {
  it.each([
    ["Ana's Coaching & Co.", 'anas-coaching-co'],
    ['  Northstar   Careers  ', 'northstar-careers'],
    ['Zürich Talent Partners', 'zurich-talent-partners'],
    ['São Paulo Carreiras', 'sao-paulo-carreiras'],
    ['---', ''],
    ['A'.repeat(60), 'a'.repeat(SLUG_MAX_LENGTH)],
    [`${'a'.repeat(SLUG_MAX_LENGTH - 1)} b`, 'a'.repeat(SLUG_MAX_LENGTH - 1)],
  ])('%s → %s', (name, slug) => {
    expect(slugify(name)).toBe(slug);
  });
});

describe('slugProblem', () => {
  it.each([
    ['demo', null],
    ['northstar-careers', null],
    ['abc', null],
    ['ab', 'too_short'],
    ['a'.repeat(SLUG_MAX_LENGTH), null],
    ['a'.repeat(SLUG_MAX_LENGTH + 1), 'too_long'],
    ['Upper', 'invalid_characters'],
    ['-leading', 'invalid_characters'],
    ['trailing-', 'invalid_characters'],
    ['double--dash', 'invalid_characters'],
    ['spa ce', 'invalid_characters'],
    ['settings', 'reserved'],
    ['api', 'reserved'],
  ])('%s → %s', (slug, problem) => {
    expect(slugProblem(slug)).toBe(problem);
  });
});
