import { formatDate } from '~/i18n/format';
import { defaultLocale } from '~/i18n/i18n';

/**
 * A calendar day (YYYY-MM-DD, no time of day) as the viewer reads dates. It names the same day in every
 * time zone, so it is formatted in UTC where it was written.
 */
export function formatDay(day: string, dateStyle: 'medium' | 'short' = 'medium'): string {
  return formatDate(`${day}T00:00:00Z`, 'UTC', defaultLocale, { dateStyle });
}

/** A moment (UTC timestamp) in the viewer's time zone. */
export function formatMoment(iso: string, timeZone: string, withTime = false): string {
  return formatDate(iso, timeZone, defaultLocale, withTime ? { timeStyle: 'short' } : {});
}

/** 0.42 → "42". */
export function percent(share: number): string {
  return String(Math.round(share * 100));
}
