/** Organization slugs appear in every URL (`/app/:org/...`), so they stay short, lowercase and unambiguous. */
export const SLUG_MIN_LENGTH = 3;
export const SLUG_MAX_LENGTH = 48;
const SLUG_PATTERN = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/;

/** Words that would collide with top-level routes or mislead users. */
export const RESERVED_SLUGS: ReadonlySet<string> = new Set([
  'admin',
  'api',
  'app',
  'auth',
  'dev',
  'graphql',
  'health',
  'new',
  'settings',
  'sign-in',
  'sign-up',
  'static',
  'www',
]);

export type SlugProblem = 'too_short' | 'too_long' | 'invalid_characters' | 'reserved';

export function slugProblem(slug: string): SlugProblem | null {
  if (slug.length < SLUG_MIN_LENGTH) return 'too_short';
  if (slug.length > SLUG_MAX_LENGTH) return 'too_long';
  if (!SLUG_PATTERN.test(slug) || slug.includes('--')) return 'invalid_characters';
  if (RESERVED_SLUGS.has(slug)) return 'reserved';
  return null;
}

/** Turns an organization name into a slug candidate: "Ana's Coaching & Co." → "anas-coaching-co". */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, SLUG_MAX_LENGTH)
    .replace(/-+$/g, '');
}
