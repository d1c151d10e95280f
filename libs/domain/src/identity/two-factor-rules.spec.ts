import { describe, expect, it } from '@jest/globals';
import {
  mustEnrolTwoFactor,
  readAuthenticatorCode,
  readSecondFactorCode,
  RECOVERY_CODE_ALPHABET,
  recoveryCodeFromBytes,
  TWO_FACTOR,
} from './two-factor-rules.js';

describe('readSecondFactorCode', () => {
  it.each([
    ['123456', { kind: 'totp', code: '123456' }],
    [' 123 456 ', { kind: 'totp', code: '123456' }],
    ['123-456', { kind: 'totp', code: '123456' }],
    ['abcdef-ghjkmn', { kind: 'recovery', code: 'abcdefghjkmn' }],
    ['ABCDEF GHJKMN', { kind: 'recovery', code: 'abcdefghjkmn' }],
    ['abcdefghjkmn', { kind: 'recovery', code: 'abcdefghjkmn' }],
  ])('reads %j', (typed, expected) => {
    expect(readSecondFactorCode(typed)).toEqual(expected);
  });

  it.each([
    '',
    '12345',
    '1234567',
    '12345a',
    // 0, 1, i, l and o are not in recovery codes: a typo of one reads as nothing.
    'abcdef-ghjkm0',
    'abcdef-ghjkmi',
    'abcdef-ghjkm',
    'abcdef-ghjkmnp',
  ])('refuses %j', (typed) => {
    expect(readSecondFactorCode(typed)).toBeNull();
  });
});

describe('readAuthenticatorCode', () => {
  it('takes six digits and nothing else', () => {
    expect(readAuthenticatorCode(' 654 321')).toBe('654321');
    expect(readAuthenticatorCode('abcdef-ghjkmn')).toBeNull();
  });
});

describe('recoveryCodeFromBytes', () => {
  it('maps each byte onto the alphabet and groups the code in two halves', () => {
    const bytes = Uint8Array.from({ length: 12 }, (_, index) => index);
    expect(recoveryCodeFromBytes(bytes)).toBe('abcdef-ghjkmn');
    expect(readSecondFactorCode(recoveryCodeFromBytes(bytes))).toEqual({
      kind: 'recovery',
      code: 'abcdefghjkmn',
    });
  });

  it('wraps high bytes around the alphabet', () => {
    const bytes = new Uint8Array(12).fill(255);
    const expected = RECOVERY_CODE_ALPHABET[255 % RECOVERY_CODE_ALPHABET.length];
    expect(recoveryCodeFromBytes(bytes)).toBe(`${expected.repeat(6)}-${expected.repeat(6)}`);
  });

  it('refuses too few bytes', () => {
    expect(() => recoveryCodeFromBytes(new Uint8Array(TWO_FACTOR.recoveryCodeLength - 1))).toThrow();
  });
});

describe('mustEnrolTwoFactor', () => {
  it.each([
    ['owner', true, false, true],
    ['admin', true, false, true],
    ['coach', true, false, true],
    ['client', true, false, false],
    ['coach', true, true, false],
    ['coach', false, false, false],
  ] as const)('%s, required %s, enrolled %s: %s', (role, organizationRequiresIt, enrolled, expected) => {
    expect(mustEnrolTwoFactor({ role, organizationRequiresIt, enrolled })).toBe(expected);
  });
});
