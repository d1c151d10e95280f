import { describe, expect, it } from '@jest/globals';
import { formatDate, isValidTimeZone } from './format';

describe('formatDate', () => {
  // 23:30 UTC on 31 December is already New Year's Day in Berlin and still New Year's Eve in New York.
  const lateOnNewYearsEve = '2024-12-31T23:30:00Z';

  it.each([
    ['UTC', 'en-GB', '31 Dec 2024'],
    ['Europe/Berlin', 'en-GB', '1 Jan 2025'],
    ['America/New_York', 'en-US', 'Dec 31, 2024'],
    ['America/Sao_Paulo', 'pt-BR', '31 de dez. de 2024'],
    ['Europe/Berlin', 'de-DE', '01.01.2025'],
  ])('shows the day in the viewer’s zone (%s, %s)', (timeZone, locale, expected) => {
    expect(formatDate(lateOnNewYearsEve, timeZone, locale)).toBe(expected);
  });

  it('can show the time of day in the viewer’s zone', () => {
    expect(
      formatDate('2025-03-10T14:05:00Z', 'Europe/Lisbon', 'en-GB', { dateStyle: 'long', timeStyle: 'short' }),
    ).toBe('10 March 2025 at 14:05');
  });

  it('falls back to UTC for an unknown time zone instead of failing the page', () => {
    expect(formatDate(lateOnNewYearsEve, 'Mars/Olympus_Mons', 'en-GB')).toBe('31 Dec 2024');
  });

  it('rejects a value that is not a date', () => {
    expect(() => formatDate('yesterday', 'UTC', 'en-GB')).toThrow(RangeError);
  });
});

describe('isValidTimeZone', () => {
  it.each([
    ['Europe/Berlin', true],
    ['UTC', true],
    ['Mars/Olympus_Mons', false],
    ['', false],
  ])('%s → %s', (timeZone, expected) => {
    expect(isValidTimeZone(timeZone)).toBe(expected);
  });
});
