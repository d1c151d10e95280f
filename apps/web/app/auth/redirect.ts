/** Where to go after signing in when the link named nowhere (or somewhere we will not send people). */
export const DEFAULT_SIGNED_IN_PATH = '/app';

const THIS_SITE = 'http://this.site';

/**
 * A redirect target from a query string or form field, kept only when it is a path on this site:
 * `//evil.example` and `/\evil.example` are other hosts to a browser, and absolute URLs are refused.
 * The path comes back percent-encoded, as a `Location` header must be (it holds Latin-1 only).
 */
export function safeRedirect(target: unknown, fallback: string = DEFAULT_SIGNED_IN_PATH): string {
  if (typeof target !== 'string' || !target.startsWith('/') || target.startsWith('//')) return fallback;
  // Backslashes read as slashes in some browsers; control characters (tab, newline) are dropped by URL parsers.
  if ([...target].some((char) => char === '\\' || char.charCodeAt(0) < 0x20)) return fallback;
  if (!URL.canParse(target, THIS_SITE)) return fallback;
  const url = new URL(target, THIS_SITE);
  if (url.origin !== THIS_SITE) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}
