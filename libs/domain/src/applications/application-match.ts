/**
 * Which of a client's open applications a pasted email is about: the same company (legal forms, case and
 * punctuation aside) and, among those, the most similar role title.
 */

const LEGAL_FORMS = new Set(
  'ltd limited inc incorporated llc llp plc gmbh ag sa s.a. sarl bv nv co corp corporation company pty pvt lda ltda srl spa oy ab as aps kg'.split(
    ' ',
  ),
);
const ROLE_NOISE = new Set('the a an of for and & - – / ( ) role position job vacancy'.split(' '));

function words(text: string): string[] {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\p{L}\p{N}&.]+/gu, ' ')
    .split(/\s+/)
    .map((word) => word.replace(/^\.+|\.+$/g, ''))
    .filter(Boolean);
}

/** "Acme Ltd.", "ACME", "acme, inc" → "acme". */
export function companyKey(company: string): string {
  return words(company)
    .filter((word) => !LEGAL_FORMS.has(word))
    .join(' ');
}

/** Shared words over all words (Jaccard) of two role titles, 0 to 1. */
export function roleSimilarity(a: string, b: string): number {
  const left = new Set(words(a).filter((word) => !ROLE_NOISE.has(word)));
  const right = new Set(words(b).filter((word) => !ROLE_NOISE.has(word)));
  if (!left.size || !right.size) return 0;
  const shared = [...left].filter((word) => right.has(word)).length;
  return shared / (left.size + right.size - shared);
}

/** From this similarity on, two titles read as the same role ("Senior Data Analyst" / "Data Analyst"). */
export const SIMILAR_ROLE_MIN = 0.5;

export interface ApplicationMatch<T> {
  application: T;
  /** Same company and a similar role (or no role to compare): the one to propose first. */
  similarRole: boolean;
  similarity: number;
}

/** The open applications at the same company, the most similar role first. */
export function matchApplications<T extends { company: string; roleTitle: string }>(
  applications: readonly T[],
  company: string,
  roleTitle: string | null,
): ApplicationMatch<T>[] {
  const key = companyKey(company);
  if (!key) return [];
  return applications
    .filter((application) => companyKey(application.company) === key)
    .map((application) => {
      const similarity = roleTitle ? roleSimilarity(application.roleTitle, roleTitle) : 1;
      return { application, similarity, similarRole: similarity >= SIMILAR_ROLE_MIN };
    })
    .sort((a, b) => b.similarity - a.similarity);
}
