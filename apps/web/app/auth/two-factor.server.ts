import { redirect } from '@remix-run/node';
import { safeRedirect } from './redirect';
import type { TwoFactorChallenge } from './account.server';
import { secureCookies } from './session.server';

/**
 * Between the first factor and the second, the browser holds only a reference to the API's challenge
 * (a random token; the API keeps its hash, its user, its expiry and its failures, and spends it once).
 * Nothing in this cookie says who is signing in or lets anyone skip the code: without the API's row it
 * is worth nothing.
 */
export const TWO_FACTOR_PATH = '/sign-in/two-factor';

function cookieName(): string {
  return `${secureCookies() ? '__Secure-' : ''}rebound.two-factor`;
}

function serialize(value: string, maxAgeSeconds: number): string {
  return [
    `${cookieName()}=${value}`,
    // Not the page's own path: Remix asks for its data at `/sign-in/two-factor.data`, which that path
    // would not cover.
    'Path=/sign-in',
    `Max-Age=${maxAgeSeconds}`,
    'HttpOnly',
    ...(secureCookies() ? ['Secure'] : []),
    'SameSite=Lax',
  ].join('; ');
}

export function challengeCookie(challenge: TwoFactorChallenge, now = Date.now()): string {
  const seconds = Math.max(0, Math.floor((new Date(challenge.expiresAt).getTime() - now) / 1000));
  return serialize(encodeURIComponent(challenge.token), seconds);
}

export function clearedChallengeCookie(): string {
  return serialize('', 0);
}

/** The challenge token of this browser's sign-in in progress, if any. */
export function challengeOf(request: Request): string | null {
  const name = cookieName();
  for (const part of (request.headers.get('cookie') ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name && value.length) return decodeURIComponent(value.join('=')) || null;
  }
  return null;
}

/** On to the second step, keeping where the person was going. */
export function twoFactorRedirect(challenge: TwoFactorChallenge, redirectTo: string | null): Response {
  const to = redirectTo
    ? `${TWO_FACTOR_PATH}?${new URLSearchParams({ redirectTo: safeRedirect(redirectTo) })}`
    : TWO_FACTOR_PATH;
  return redirect(to, { headers: { 'set-cookie': challengeCookie(challenge) } });
}
