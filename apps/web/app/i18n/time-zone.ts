import { isValidTimeZone } from './format';

/**
 * The viewer's time zone travels in a `tz` cookie that the page sets from the browser
 * (`timeZoneCookieScript`), so the server renders dates the way the person reads a clock. Until the
 * browser has sent it once, and for anything that is not a real zone, dates are shown in UTC.
 */
export const TIME_ZONE_COOKIE = 'tz';

export function timeZoneOf(request: Request): string {
  for (const part of (request.headers.get('cookie') ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name !== TIME_ZONE_COOKIE) continue;
    try {
      const zone = decodeURIComponent(value.join('='));
      if (zone && isValidTimeZone(zone)) return zone;
    } catch {
      // A garbled cookie is no time zone.
    }
  }
  return 'UTC';
}

/** Inline script for the document head: remembers the browser's time zone for the next requests. */
export const timeZoneCookieScript = `try{document.cookie='${TIME_ZONE_COOKIE}='+encodeURIComponent(Intl.DateTimeFormat().resolvedOptions().timeZone)+';path=/;max-age=31536000;samesite=lax'}catch(e){}`;
