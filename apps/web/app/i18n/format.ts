/**
 * Dates are stored and sent in UTC (ISO 8601) and shown in the viewer's time zone and language.
 * Everything goes through Intl so Portuguese and German need no code change.
 */

export type DateStyle = 'short' | 'medium' | 'long' | 'full';

export interface FormatDateOptions {
  /** Date part style; defaults to `medium` ("12 Mar 2025" / "Mar 12, 2025"). */
  dateStyle?: DateStyle;
  /** Also show the time of day, in this style. */
  timeStyle?: 'short' | 'medium';
}

const FALLBACK_TIME_ZONE = 'UTC';

/** True when Intl knows this IANA time zone name (e.g. `Europe/Berlin`). */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/**
 * Formats a UTC timestamp for a person in `timeZone`, in `locale`.
 * An unknown time zone falls back to UTC rather than breaking the page; an unparseable date throws,
 * because that is a bug in the data, not in the viewer's settings.
 */
export function formatDate(
  isoUtc: string,
  timeZone: string,
  locale: string,
  options: FormatDateOptions = {},
): string {
  const date = new Date(isoUtc);
  if (Number.isNaN(date.getTime())) throw new RangeError(`Not a valid date: ${JSON.stringify(isoUtc)}`);
  return new Intl.DateTimeFormat(locale, {
    dateStyle: options.dateStyle ?? 'medium',
    timeStyle: options.timeStyle,
    timeZone: isValidTimeZone(timeZone) ? timeZone : FALLBACK_TIME_ZONE,
  }).format(date);
}

/**
 * Formats a calendar day (`YYYY-MM-DD`, as the API sends due dates and the like). A day has no time zone:
 * it is shown as that same day everywhere.
 */
export function formatDay(day: string, locale: string, dateStyle: DateStyle = 'medium'): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new RangeError(`Not a calendar day: ${JSON.stringify(day)}`);
  return formatDate(`${day}T00:00:00.000Z`, 'UTC', locale, { dateStyle });
}
