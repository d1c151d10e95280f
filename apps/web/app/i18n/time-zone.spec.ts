import { describe, expect, it } from '@jest/globals';
import { timeZoneOf } from './time-zone';

const withCookie = (cookie?: string) =>
  new Request('http://127.0.0.1/', { headers: cookie === undefined ? {} : { cookie } });

describe('timeZoneOf', () => {
  it.each([
    ['tz=Europe%2FBerlin', 'Europe/Berlin'],
    ['a=1; tz=America%2FSao_Paulo; b=2', 'America/Sao_Paulo'],
    ['tz=Not%2FAZone', 'UTC'],
    ['tz=%E0%A4%A', 'UTC'],
    ['xtz=Europe%2FBerlin', 'UTC'],
    ['', 'UTC'],
    [undefined, 'UTC'],
  ])('%s → %s', (cookie, zone) => {
    expect(timeZoneOf(withCookie(cookie))).toBe(zone);
  });
});
