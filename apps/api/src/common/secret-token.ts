import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A single-use secret for a link (invitation, password reset, sign-in): 256 bits, URL-safe. */
export function newSecretToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Only hashes of link tokens are stored, so a leaked table holds no usable link. */
export function hashSecretToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function constantTimeEquals(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
