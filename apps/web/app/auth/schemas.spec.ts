import { describe, expect, it } from '@jest/globals';
import { parseForm } from '~/forms/forms';
import { invitationSignUpSchema, resetPasswordSchema, signInSchema, signUpSchema } from './schemas';

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}

const validSignUp = {
  name: '  Ana Lima ',
  email: ' Ana@Example.com ',
  password: 'correct horse battery',
  organizationName: 'Northwind Coaching',
  organizationKind: 'COACHING_PRACTICE',
};

describe('signUpSchema', () => {
  it('accepts a complete sign-up and trims what people type', () => {
    expect(parseForm(signUpSchema, form(validSignUp))).toEqual({
      ok: true,
      data: { ...validSignUp, name: 'Ana Lima', email: 'Ana@Example.com' },
    });
  });

  it.each([
    ['name', { name: '   ' }, 'Enter your name.'],
    ['name', { name: 'x'.repeat(121) }, 'Use at most 120 characters.'],
    ['email', { email: 'ana@' }, 'Enter an email address, like name@example.com.'],
    ['password', { password: 'short' }, 'Use at least 10 characters.'],
    ['password', { password: 'x'.repeat(201) }, 'Use at most 200 characters.'],
    [
      'password',
      { password: 'ana-is-my-password' },
      'Choose a password that does not contain your email address.',
    ],
    ['organizationName', { organizationName: '' }, 'Name your organization.'],
    ['organizationKind', { organizationKind: 'BAKERY' }, 'Choose what kind of organization this is.'],
  ])('reports %s: %j', (field, change, message) => {
    const result = parseForm(signUpSchema, form({ ...validSignUp, ...change }));
    expect(result).toEqual({ ok: false, fieldErrors: { [field]: message }, formError: undefined });
  });

  it('reports every field at once, not one per submit', () => {
    const result = parseForm(
      signUpSchema,
      form({ name: '', email: 'x', password: '1', organizationName: '' }),
    );
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(Object.keys(result.fieldErrors).sort()).toEqual(
        ['email', 'name', 'organizationKind', 'organizationName', 'password'].sort(),
      );
    }
  });
});

describe('signInSchema', () => {
  it('needs an email and any password (the API judges it)', () => {
    expect(parseForm(signInSchema, form({ email: 'ana@example.com', password: 'x' })).ok).toBe(true);
    expect(parseForm(signInSchema, form({ email: 'ana@example.com', password: '' }))).toMatchObject({
      fieldErrors: { password: 'Enter your password.' },
    });
  });
});

describe('resetPasswordSchema', () => {
  it('needs the token and a new password that follows the rules', () => {
    expect(parseForm(resetPasswordSchema, form({ token: 'abc', password: 'long enough password' })).ok).toBe(
      true,
    );
    expect(parseForm(resetPasswordSchema, form({ token: '', password: 'short' }))).toMatchObject({
      fieldErrors: { token: expect.any(String), password: 'Use at least 10 characters.' },
    });
  });
});

describe('invitationSignUpSchema', () => {
  it('checks the password against the invited email, which is not a form field', () => {
    const schema = invitationSignUpSchema('marcus.bell@example.com');
    expect(parseForm(schema, form({ name: 'Marcus', password: 'a fine passphrase' })).ok).toBe(true);
    expect(parseForm(schema, form({ name: 'Marcus', password: 'Marcus.Bell-2026' }))).toMatchObject({
      fieldErrors: { password: 'Choose a password that does not contain your email address.' },
    });
  });
});
