import { describe, expect, it } from '@jest/globals';
import { challengeCookie, challengeOf, clearedChallengeCookie, twoFactorRedirect } from './two-factor.server';

describe('the two-factor challenge cookie', () => {
  const now = Date.parse('2026-12-04T12:00:00Z');
  const challenge = { token: 'abc_DEF-123', expiresAt: '2026-12-04T12:05:00Z' };

  it('lives as long as the challenge, on the sign-in pages only, out of scripts’ reach', () => {
    expect(challengeCookie(challenge, now)).toBe(
      'rebound.two-factor=abc_DEF-123; Path=/sign-in; Max-Age=300; HttpOnly; SameSite=Lax',
    );
    expect(clearedChallengeCookie()).toBe(
      'rebound.two-factor=; Path=/sign-in; Max-Age=0; HttpOnly; SameSite=Lax',
    );
  });

  it('is read back from the request among other cookies, and absent when cleared', () => {
    const request = (cookie: string) =>
      new Request('http://127.0.0.1/sign-in/two-factor', { headers: { cookie } });
    expect(challengeOf(request('tz=Europe%2FLisbon; rebound.two-factor=abc_DEF-123'))).toBe('abc_DEF-123');
    expect(challengeOf(request('rebound.two-factor='))).toBeNull();
    expect(challengeOf(request('other=1'))).toBeNull();
  });

  it('goes on to the second step keeping a safe redirect only', () => {
    const kept = twoFactorRedirect(challenge, '/app/demo/caseload');
    expect(kept.headers.get('location')).toBe('/sign-in/two-factor?redirectTo=%2Fapp%2Fdemo%2Fcaseload');
    expect(kept.headers.get('set-cookie')).toContain('rebound.two-factor=abc_DEF-123');
    const offSite = twoFactorRedirect(challenge, 'https://evil.example/');
    expect(offSite.headers.get('location')).not.toContain('evil.example');
  });
});
