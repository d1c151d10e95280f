import { describe, expect, it } from '@jest/globals';
import { auditFilterOf, filterFormOf, filterSearch, startOfDayIn } from './audit-filter';

describe('audit log filter', () => {
  it.each([
    ['2026-12-04', 'UTC', '2026-12-04T00:00:00.000Z'],
    ['2026-12-04', 'Europe/Berlin', '2026-12-03T23:00:00.000Z'],
    ['2026-07-04', 'Europe/Berlin', '2026-07-03T22:00:00.000Z'],
    ['2026-03-29', 'Europe/Berlin', '2026-03-28T23:00:00.000Z'],
    ['2026-03-30', 'Europe/Berlin', '2026-03-29T22:00:00.000Z'],
    ['2026-12-04', 'America/Sao_Paulo', '2026-12-04T03:00:00.000Z'],
    ['2026-12-04', 'Asia/Kolkata', '2026-12-03T18:30:00.000Z'],
  ])('starts %s in %s at %s', (day, zone, expected) => {
    expect(startOfDayIn(day, zone)).toBe(expected);
  });

  it('refuses days that do not exist', () => {
    expect(startOfDayIn('2026-02-30', 'UTC')).toBeNull();
    expect(startOfDayIn('04/12/2026', 'UTC')).toBeNull();
  });

  it('reads the form from the address, dropping what is not a known value', () => {
    const url = new URL(
      'http://x/?action=MEMBER_ROLE_CHANGED&actor=nope&from=2026-12-01&to=yesterday&after=abc',
    );
    expect(filterFormOf(url)).toEqual({
      action: 'MEMBER_ROLE_CHANGED',
      actor: '',
      from: '2026-12-01',
      to: '',
    });
    expect(filterFormOf(new URL('http://x/?action=DROP_TABLES'))).toMatchObject({ action: '' });
  });

  it('takes in the whole last day, in the reader’s time zone', () => {
    const form = {
      action: '',
      actor: '11111111-1111-4111-8111-111111111111',
      from: '2026-12-01',
      to: '2026-12-04',
    };
    expect(auditFilterOf(form, 'Europe/Berlin')).toEqual({
      actorId: '11111111-1111-4111-8111-111111111111',
      from: '2026-11-30T23:00:00.000Z',
      to: '2026-12-04T23:00:00.000Z',
    });
    expect(auditFilterOf({ action: '', actor: '', from: '', to: '' }, 'UTC')).toEqual({});
  });

  it('writes the same filter back into an address, with the page', () => {
    expect(filterSearch({ action: 'CLIENT_DELETED', actor: '', from: '', to: '2026-12-04' }, 'c1')).toBe(
      '?action=CLIENT_DELETED&to=2026-12-04&after=c1',
    );
    expect(filterSearch({ action: '', actor: '', from: '', to: '' })).toBe('');
  });
});
