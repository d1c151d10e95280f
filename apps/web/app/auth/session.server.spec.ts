import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { decode, getToken } from '@auth/core/jwt';
import {
  SESSION_MAX_AGE_SECONDS,
  clearedSessionCookie,
  createSessionCookie,
  decodeSessionToken,
  getSessionToken,
  sessionCookieName,
} from './session.server';

const SECRET = 'a-test-secret-that-is-long-enough-for-auth-js';
const env = { ...process.env };

const apiSession = (expiresAt: string) => ({
  sessionId: 'session-1',
  expiresAt,
  user: { id: 'user-1', email: 'ana@example.com', name: 'Ana Lima' },
});

/** The cookie as the browser sends it back: `name=value` from the Set-Cookie line. */
const cookieHeader = (setCookie: string) => setCookie.split(';')[0];

beforeEach(() => {
  process.env.AUTH_SECRET = SECRET;
});

afterEach(() => {
  process.env = { ...env };
});

describe('createSessionCookie', () => {
  const now = new Date('2026-03-01T12:00:00Z');
  const inTwoWeeks = '2026-03-15T12:00:00Z';

  it('makes the cookie Auth.js itself reads back: same name, same salt, same claims', async () => {
    const { token, setCookie } = await createSessionCookie(apiSession(inTwoWeeks), now);
    const request = new Request('http://127.0.0.1/app', { headers: { cookie: cookieHeader(setCookie) } });

    // getToken uses Auth.js's own default cookie name and salt for a non-https site.
    const claims = await getToken({ req: request, secret: SECRET, secureCookie: false });
    expect(claims).toMatchObject({
      sub: 'user-1',
      sid: 'session-1',
      email: 'ana@example.com',
      name: 'Ana Lima',
    });
    expect(await getSessionToken(request)).toBe(token);
  });

  it('round-trips through decode with the cookie name as salt', async () => {
    const { token } = await createSessionCookie(apiSession(inTwoWeeks));
    expect(await decode({ token, secret: SECRET, salt: 'authjs.session-token' })).toMatchObject({
      sub: 'user-1',
      sid: 'session-1',
    });
    expect(await decodeSessionToken(token)).toMatchObject({ sid: 'session-1' });
  });

  it('sets HttpOnly and SameSite=Lax, and expires with the API session', async () => {
    const { setCookie } = await createSessionCookie(apiSession(inTwoWeeks), now);
    expect(setCookie).toMatch(/^authjs\.session-token=[\w.-]+; /);
    expect(setCookie).toContain('Path=/');
    expect(setCookie).toContain('HttpOnly');
    expect(setCookie).toContain('SameSite=Lax');
    expect(setCookie).not.toContain('Secure');
    expect(setCookie).toContain(`Expires=${new Date(inTwoWeeks).toUTCString()}`);
  });

  it('never outlives the longest session, even when the API session would', async () => {
    const { setCookie, token } = await createSessionCookie(apiSession('2027-03-01T12:00:00Z'), now);
    const expires = new Date(now.getTime() + SESSION_MAX_AGE_SECONDS * 1000);
    expect(setCookie).toContain(`Expires=${expires.toUTCString()}`);
    const claims = await decodeSessionToken(token);
    expect((claims?.exp ?? 0) - (claims?.iat ?? 0)).toBeLessThanOrEqual(SESSION_MAX_AGE_SECONDS);
  });

  it('keeps cookies without Secure over a plain-http public URL, in production too', async () => {
    process.env.NODE_ENV = 'production';
    process.env.WEB_URL = 'http://127.0.0.1:3000';
    expect(sessionCookieName()).toBe('authjs.session-token');
    const { setCookie } = await createSessionCookie(apiSession(inTwoWeeks), now);
    expect(setCookie).not.toContain('Secure');
  });

  it('takes the public URL from AUTH_URL when WEB_URL is unset', () => {
    delete process.env.WEB_URL;
    process.env.AUTH_URL = 'https://rebound.example/auth';
    expect(sessionCookieName()).toBe('__Secure-authjs.session-token');
  });

  it('with an https public URL uses the __Secure- name (and salt) and the Secure attribute, as Auth.js does', async () => {
    process.env.WEB_URL = 'https://rebound.example';
    expect(sessionCookieName()).toBe('__Secure-authjs.session-token');
    const { setCookie } = await createSessionCookie(apiSession(inTwoWeeks), now);
    expect(setCookie).toMatch(/^__Secure-authjs\.session-token=/);
    expect(setCookie).toContain('; Secure');
    const request = new Request('https://rebound.example/app', {
      headers: { cookie: cookieHeader(setCookie) },
    });
    expect(await getToken({ req: request, secret: SECRET, secureCookie: true })).toMatchObject({
      sid: 'session-1',
    });
  });
});

describe('reading and clearing the cookie', () => {
  it('finds no token without a session cookie', async () => {
    const request = new Request('http://127.0.0.1/', { headers: { cookie: 'tz=Europe%2FLisbon' } });
    expect(await getSessionToken(request)).toBeNull();
  });

  it('does not take a token from an Authorization header: only the cookie counts', async () => {
    const request = new Request('http://127.0.0.1/', { headers: { authorization: 'Bearer forged' } });
    expect(await getSessionToken(request)).toBeNull();
  });

  it('rejects a token made with another secret', async () => {
    const { token } = await createSessionCookie(apiSession('2026-03-15T12:00:00Z'));
    process.env.AUTH_SECRET = 'another-secret-that-is-also-long-enough!!';
    expect(await decodeSessionToken(token)).toBeNull();
  });

  it('clears the cookie with an empty value that has already expired', () => {
    const cleared = clearedSessionCookie();
    expect(cleared).toMatch(
      /^authjs\.session-token=; Path=\/; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; /,
    );
    expect(cleared).toContain('HttpOnly');
  });

  it('refuses to work without a proper AUTH_SECRET', async () => {
    process.env.AUTH_SECRET = 'short';
    await expect(createSessionCookie(apiSession('2026-03-15T12:00:00Z'))).rejects.toThrow(/AUTH_SECRET/);
  });
});
