import { COACHING_ROLES, type Role } from '../tenancy/role.js';

/**
 * Two-factor sign-in: a code from an authenticator app (TOTP, RFC 6238: 6 digits every 30 seconds) or
 * one of ten single-use recovery codes, asked after a right password or email link.
 */
export const TWO_FACTOR = {
  codeDigits: 6,
  periodSeconds: 30,
  /** A code of the previous or the next 30 seconds is still taken: phone clocks drift. */
  toleranceSeconds: 30,
  recoveryCodeCount: 10,
  /** Characters of a recovery code (60 bits); shown as two groups of six. */
  recoveryCodeLength: 12,
  /** How long the second step of a sign-in may wait before the password is asked again. */
  challengeMinutes: 5,
  /** Wrong codes one challenge takes before the password is asked again. */
  challengeMaxFailures: 5,
} as const;

/** Roles that may, and may be required to, sign in with two factors: the staff. Clients are never asked. */
export const TWO_FACTOR_ROLES: readonly Role[] = COACHING_ROLES;

/** No 0/O, 1/I/L: a code read off paper is typed right. */
export const RECOVERY_CODE_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

export type SecondFactorCode = { kind: 'totp'; code: string } | { kind: 'recovery'; code: string };

/**
 * What a person typed in the second step: six digits from their app, or a recovery code, in whatever
 * case and with whatever spaces or dashes. Null when it can be neither.
 */
export function readSecondFactorCode(typed: string): SecondFactorCode | null {
  const compact = typed.replace(/[\s-]/g, '').toLowerCase();
  if (new RegExp(`^\\d{${TWO_FACTOR.codeDigits}}$`).test(compact)) return { kind: 'totp', code: compact };
  if (isRecoveryCode(compact)) return { kind: 'recovery', code: compact };
  return null;
}

function isRecoveryCode(compact: string): boolean {
  return (
    compact.length === TWO_FACTOR.recoveryCodeLength &&
    [...compact].every((character) => RECOVERY_CODE_ALPHABET.includes(character))
  );
}

/** Six digits from the app only (turning two-factor on or off, new recovery codes). */
export function readAuthenticatorCode(typed: string): string | null {
  const read = readSecondFactorCode(typed);
  return read?.kind === 'totp' ? read.code : null;
}

/**
 * A recovery code from random bytes (one byte per character; the alphabet's 31 letters make the
 * modulo bias negligible against 60 bits of code), shown as `abcdef-ghjkmn`.
 */
export function recoveryCodeFromBytes(bytes: Uint8Array): string {
  if (bytes.length < TWO_FACTOR.recoveryCodeLength) {
    throw new Error(`A recovery code needs ${TWO_FACTOR.recoveryCodeLength} random bytes`);
  }
  const characters = [...bytes.slice(0, TWO_FACTOR.recoveryCodeLength)].map(
    (byte) => RECOVERY_CODE_ALPHABET[byte % RECOVERY_CODE_ALPHABET.length],
  );
  const half = TWO_FACTOR.recoveryCodeLength / 2;
  return `${characters.slice(0, half).join('')}-${characters.slice(half).join('')}`;
}

/** Whether this member must turn two-factor sign-in on before working in the organization. */
export function mustEnrolTwoFactor(member: {
  role: Role;
  organizationRequiresIt: boolean;
  enrolled: boolean;
}): boolean {
  return member.organizationRequiresIt && TWO_FACTOR_ROLES.includes(member.role) && !member.enrolled;
}
