import { decode, encode, getToken, type JWT } from '@auth/core/jwt';

/**
 * The session cookie, built exactly as Auth.js builds it (docs/identity-contract.md): a JWT encrypted
 * with AUTH_SECRET, salted with the cookie's name, carrying `sub` (user id) and `sid` (the API's session
 * id). Auth.js writes it itself after email-link and OAuth sign-ins; our own actions (sign-in, sign-up,
 * reset, accepting an invitation) write it with `createSessionCookie()`. Both use the settings below.
 */

/** How long a session cookie lives at most; the API's session record may end it sooner. */
export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

/**
 * Secure cookies (and the `__Secure-` name prefix) whenever users reach the app over https, whatever the
 * protocol the app server sees behind its proxy: the public URL is WEB_URL, else AUTH_URL. Over plain
 * http (development, or a production build tried on one machine) a Secure cookie would never come back.
 */
export function secureCookies(): boolean {
  return /^https:\/\//i.test(process.env.WEB_URL ?? process.env.AUTH_URL ?? '');
}

/** The cookie's name, which is also the JWT's salt: Auth.js's default for the same `secureCookies()`. */
export function sessionCookieName(): string {
  return `${secureCookies() ? '__Secure-' : ''}authjs.session-token`;
}

export function authSecret(): string {
  const secret = process.env.AUTH_SECRET;
  if (!secret || secret.length < 32) {
    throw new Error('AUTH_SECRET is not set (at least 32 characters). `npm start` generates one in .data/.');
  }
  return secret;
}

/** What the session token carries. */
export interface SessionClaims {
  sub: string;
  sid: string;
  email: string;
  name: string;
}

/** The API's answer to signIn, signUp, acceptInvitationWithSignUp and createSession. */
export interface ApiSession {
  sessionId: string;
  expiresAt: string;
  user: { id: string; email: string; name: string };
}

export function encodeSessionToken(claims: SessionClaims, maxAgeSeconds: number): Promise<string> {
  return encode({
    token: { ...claims },
    secret: authSecret(),
    salt: sessionCookieName(),
    maxAge: maxAgeSeconds,
  });
}

/** The claims of a session token, or null when it is not one of ours (wrong secret, expired, garbled). */
export async function decodeSessionToken(token: string): Promise<JWT | null> {
  try {
    return await decode({ token, secret: authSecret(), salt: sessionCookieName() });
  } catch {
    return null;
  }
}

/** The raw session token from the request's cookie (joined when Auth.js had to chunk it), or null. */
export async function getSessionToken(request: Request): Promise<string | null> {
  const token = await getToken({
    req: { headers: { cookie: request.headers.get('cookie') ?? '' } },
    cookieName: sessionCookieName(),
    secureCookie: secureCookies(),
    raw: true,
  });
  return token || null;
}

function serialize(name: string, value: string, expires: Date, extra: string[] = []): string {
  return [
    `${name}=${value}`,
    `Path=/`,
    `Expires=${expires.toUTCString()}`,
    ...extra,
    'HttpOnly',
    ...(secureCookies() ? ['Secure'] : []),
    'SameSite=Lax',
  ].join('; ');
}

/**
 * Signs the browser in to the API session it was given: the token, and the Set-Cookie header value
 * that stores it (expiring with the API's session, at most SESSION_MAX_AGE_SECONDS from now).
 */
export async function createSessionCookie(
  session: ApiSession,
  now = new Date(),
): Promise<{ token: string; setCookie: string }> {
  const untilApiExpiry = Math.floor((new Date(session.expiresAt).getTime() - now.getTime()) / 1000);
  const maxAge = Math.max(0, Math.min(SESSION_MAX_AGE_SECONDS, untilApiExpiry));
  const token = await encodeSessionToken(
    { sub: session.user.id, sid: session.sessionId, email: session.user.email, name: session.user.name },
    maxAge,
  );
  return { token, setCookie: serialize(sessionCookieName(), token, new Date(now.getTime() + maxAge * 1000)) };
}

/** A Set-Cookie header value that removes the session cookie. */
export function clearedSessionCookie(): string {
  return serialize(sessionCookieName(), '', new Date(0), ['Max-Age=0']);
}
