/**
 * How long one browser address waits before its next password attempt for one account.
 *
 * A lock per account would let anyone who knows an email keep its owner out; a delay per account and
 * address slows only the address that keeps guessing. The first few mistakes cost nothing (typos),
 * then each one doubles the wait, up to a ceiling that still lets the owner in the same day.
 */
export const SIGN_IN_DELAY = {
  /** Wrong passwords from one address for one account before any wait. */
  freeFailures: 3,
  firstDelaySeconds: 1,
  maxDelaySeconds: 15 * 60,
  /** Failures are counted over this window from the first one; a right password clears them. */
  windowSeconds: 24 * 60 * 60,
} as const;

/** Seconds to wait after the `failures`-th wrong password in a row (0: none). */
export function signInDelaySeconds(failures: number): number {
  const beyondFree = failures - SIGN_IN_DELAY.freeFailures;
  if (beyondFree <= 0) return 0;
  // Capped before the power so a long run of failures never computes an enormous number.
  const doublings = Math.min(beyondFree - 1, 30);
  return Math.min(SIGN_IN_DELAY.firstDelaySeconds * 2 ** doublings, SIGN_IN_DELAY.maxDelaySeconds);
}
