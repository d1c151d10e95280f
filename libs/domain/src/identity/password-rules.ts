/** Length wins over composition rules (NIST SP 800-63B): long passphrases, nothing clever required. */
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;

export type PasswordProblem = 'too_short' | 'too_long' | 'contains_email';

export function passwordProblem(password: string, email: string): PasswordProblem | null {
  if (password.length < PASSWORD_MIN_LENGTH) return 'too_short';
  if (password.length > PASSWORD_MAX_LENGTH) return 'too_long';
  const lowered = password.toLowerCase();
  const address = email.trim().toLowerCase();
  const localPart = address.split('@')[0] ?? '';
  if (address && lowered.includes(address)) return 'contains_email';
  if (localPart.length >= 3 && lowered.includes(localPart)) return 'contains_email';
  return null;
}

export const PASSWORD_PROBLEM_MESSAGES: Record<PasswordProblem, string> = {
  too_short: `Use at least ${PASSWORD_MIN_LENGTH} characters.`,
  too_long: `Use at most ${PASSWORD_MAX_LENGTH} characters.`,
  contains_email: 'Choose a password that does not contain your email address.',
};

/** Emails compare case-insensitively everywhere; this is the one normal form. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}
