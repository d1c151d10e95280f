import {
  normalizeEmail,
  passwordProblem,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
} from './password-rules.js';

describe('passwordProblem', () => {
  it.each([
    ['correct horse battery', 'ana@example.com', null],
    ['a'.repeat(PASSWORD_MIN_LENGTH), 'bob@example.com', null],
    ['a'.repeat(PASSWORD_MIN_LENGTH - 1), 'bob@example.com', 'too_short'],
    ['', 'ana@example.com', 'too_short'],
    ['b'.repeat(PASSWORD_MAX_LENGTH), 'ana@example.com', null],
    ['b'.repeat(PASSWORD_MAX_LENGTH + 1), 'ana@example.com', 'too_long'],
    ['marcus.bell2024!', 'Marcus.Bell@example.com', 'contains_email'],
    ['MyMarcus.Bell@Example.com', 'marcus.bell@example.com', 'contains_email'],
    // a two-letter local part is too common a substring to forbid
    ['jo-is-a-great-name', 'jo@example.com', null],
    ['ana1234567', 'ana@example.com', 'contains_email'],
  ])('%s for %s → %s', (password, email, problem) => {
    expect(passwordProblem(password, email)).toBe(problem);
  });
});

describe('normalizeEmail', () => {
  it.each([
    ['  Ana@Example.COM ', 'ana@example.com'],
    ['ana@example.com', 'ana@example.com'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeEmail(input)).toBe(expected);
  });
});
