import { phraseAround, type EmailText } from './email-text.js';

/**
 * Company and role names in a pasted email. Each pattern finds a candidate with a confidence; the most
 * confident wins and, between equals, the one met first. Names are read from capitalised words, which is how
 * companies and job titles are written in every language we see.
 */

export interface NameSuggestion {
  value: string;
  phrase: string;
}

interface Candidate {
  value: string;
  confidence: number;
  start: number;
  end: number;
}

// ───────────────────────────── words ─────────────────────────────

/**
 * A capitalised word. A full stop belongs to it only inside it ("S/4.x") or in a known abbreviation
 * ("Co.", "Pvt.", "S.A."), so "at Kestrel Capital. Having considered…" stops at "Capital".
 */
const ABBREVIATION = String.raw`(?:Co|Inc|Ltd|Pvt|Pty|Corp|Bros|St|Mt)\.|(?:\p{Lu}\.){2,}`;
const CAPITALISED = String.raw`(?:${ABBREVIATION}|[\p{Lu}](?:[\p{L}\p{M}\d'+#/\-]|\.(?=[\p{L}\d]))*)`;
/** Small words that join the capitalised parts of one name: "Harrowgate & Pell", "University of Eastmoor". */
const JOINER = String.raw`(?:&|and|of|for|the|de|do|da|dos|das|du|der|von|van|und|e|y)`;
/** Up to seven capitalised words, joined by spaces and small words, never across a line break. */
const NAME = String.raw`${CAPITALISED}(?:[ ]+(?:${JOINER}[ ]+)?${CAPITALISED}){0,6}`;

/** Last words of job titles. A capitalised phrase ending in one is a role, not a company. */
const JOB_TITLE_ENDINGS = new Set(
  `engineer developer designer manager analyst accountant lead director coordinator specialist consultant adviser
  advisor officer executive associate assistant administrator scientist researcher architect librarian controller
  agent secretary strategist writer editor nurse teacher intern representative technician programmer tester
  recruiter clerk owner marketer buyer planner paralegal lawyer solicitor counsel physician doctor therapist
  pharmacist chef driver operator supervisor trainee apprentice fellow lecturer professor producer copywriter
  auditor economist statistician surveyor partner president founder co-founder cofounder ceo cto cfo coo cmo vp
  generalist receptionist cashier instructor trainer coach mechanic electrician worker head principal
  underwriter actuary investigator attendant steward manager/director`
    .split(/\s+/)
    .filter(Boolean),
);

const TITLE_PREFIX = /^(?:head|director|vp|vice president|chief)\s+of\b|^(?:vp|ceo|cto|cfo|coo|svp|evp)\b/i;

export function looksLikeJobTitle(name: string): boolean {
  const words = name
    .toLowerCase()
    .replace(/[(),.]/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  return words.length > 0 && (JOB_TITLE_ENDINGS.has(words[words.length - 1]) || TITLE_PREFIX.test(name));
}

/** Words that name a department, not a company ("Talent Acquisition", "Pessoas & Cultura", "Personal"). */
const DEPARTMENT_WORDS = new Set(
  `hr human resources people culture talent acquisition recruiting recruitment recrutamento hiring careers career
  team department personal personalabteilung rh recursos humanos pessoas cultura gente gestão graduate it & and
  e de the das die der o a leadership interview panel`
    .split(/\s+/)
    .filter(Boolean),
);

/** Legal forms, left out of the suggested name: "Nordwerk Systems GmbH" is suggested as "Nordwerk Systems". */
const LEGAL_FORM = new RegExp(
  String.raw`(?:,?\s+(?:GmbH(?:\s*&\s*Co\.?\s*KG)?|AG|SE|KG|LLP|LLC|Ltd\.?|Limited|Inc\.?|Incorporated|Corp\.?|` +
    String.raw`Corporation|plc|PLC|S\.?\s?A\.?|Lda\.?|Ltda\.?|Pvt\.?\s*Ltd\.?|Pty\.?\s*Ltd\.?|B\.?V\.?|N\.?V\.?|` +
    String.raw`S\.?L\.?|S\.?r\.?l\.?|S\.?p\.?A\.?|SAS|SARL|Sp\.?\s?z\s?o\.?\s?o\.?|s\.?r\.?o\.?|Oy|AB|ASA?|ApS))+$`,
);

export function hasLegalForm(name: string): boolean {
  return LEGAL_FORM.test(name.trim());
}

/** Leading and trailing department words go ("The Mosaic Labs Recruiting Team" → "Mosaic Labs"). */
function withoutDepartmentWords(name: string): string {
  const words = name.split(/\s+/).filter(Boolean);
  while (words.length && DEPARTMENT_WORDS.has(words[0].toLowerCase())) words.shift();
  while (words.length && DEPARTMENT_WORDS.has(words[words.length - 1].toLowerCase())) words.pop();
  return words.join(' ');
}

/** Capitalised words that open sentences and greetings rather than name a company. */
const NOT_A_COMPANY = new Set(
  `i we you our your my this that these it unfortunately thank thanks dear hi hello hey regards best kind
  please sorry monday tuesday wednesday thursday friday saturday sunday january february march april may june
  july august september october november december christmas easter board panel`
    .split(/\s+/)
    .filter(Boolean),
);

function cleanCompany(raw: string): string | null {
  const name = withoutDepartmentWords(
    raw
      .replace(LEGAL_FORM, '')
      .replace(/[\s.,;:!]+$/, '')
      .trim(),
  );
  if (!name || looksLikeJobTitle(name)) return null;
  if (name.split(/\s+/).every((word) => NOT_A_COMPANY.has(word.toLowerCase()))) return null;
  return name;
}

/** "(m/f/d)", "(Req #48213)", "(ref. RSE-2291)" and trailing punctuation are not part of a role. */
function cleanRole(raw: string): string | null {
  const role = raw
    .replace(/\s*\((?:[mfwdx](?:\/[mfwdx])+|all genders|req[^)]*|ref[^)]*|#[^)]*)\)/gi, '')
    .replace(/[\s.,;:!-]+$/, '')
    .trim();
  return role.length >= 2 && !NOT_A_COMPANY.has(role.toLowerCase()) ? role : null;
}

// ───────────────────────────── matching ─────────────────────────────

interface NamePattern {
  /** The name is the named group `name`. */
  pattern: RegExp;
  confidence: number;
}

function* candidatesFrom(
  text: string,
  patterns: readonly NamePattern[],
  clean: (raw: string) => string | null,
  accept: (after: string) => boolean = () => true,
) {
  for (const { pattern, confidence } of patterns) {
    for (const match of text.matchAll(pattern)) {
      const raw = match.groups?.name;
      if (!raw) continue;
      const start = match.index + match[0].lastIndexOf(raw);
      if (!accept(text.slice(start + raw.length, start + raw.length + 80))) continue;
      const value = clean(raw);
      if (value) yield { value, confidence, start, end: start + raw.length };
    }
  }
}

function best(candidates: Iterable<Candidate>): Candidate | null {
  let chosen: Candidate | null = null;
  for (const candidate of candidates) {
    if (
      !chosen ||
      candidate.confidence > chosen.confidence ||
      (candidate.confidence === chosen.confidence && candidate.start < chosen.start)
    ) {
      chosen = candidate;
    }
  }
  return chosen;
}

const ROLE_WORDS = String.raw`(?:position|role|post|vacancy|opening|opportunity|job|programme|program|scheme|spot|traineeship|internship|apprenticeship)`;

// ───────────────────────────── company ─────────────────────────────

const COMPANY_PATTERNS: readonly NamePattern[] = [
  // An agency recruiter names the employer: "my client, Drayton Logistics," / "heard back from Fenwick & Rowe about".
  { pattern: new RegExp(String.raw`\b(?:my|our) client,?[ ]+\(?(?<name>${NAME})`, 'gu'), confidence: 100 },
  {
    pattern: new RegExp(
      String.raw`\b(?:heard back|heard|feedback|word|news|an update|a response) from[ ]+(?<name>${NAME})[ ]+(?:about|on|regarding|re|for)\b`,
      'gu',
    ),
    confidence: 100,
  },
  // "Thank you for your interest in Mosaic Labs", "… in working at Greyfriars College", "Greetings from Suncrest".
  {
    pattern: new RegExp(
      String.raw`\binterest(?:ed)? in[ ]+(?:joining[ ]+|working[ ]+(?:at|for|with)[ ]+)?(?:the[ ]+)?(?<name>${NAME})`,
      'gu',
    ),
    confidence: 90,
  },
  { pattern: new RegExp(String.raw`\b[Gg]reetings from[ ]+(?<name>${NAME})`, 'gu'), confidence: 90 },
  {
    pattern: new RegExp(
      String.raw`\b(?:[Aa]pplying|[Aa]pplied|[Aa]pplication|[Aa]pply) (?:to|with)[ ]+(?:the[ ]+)?(?<name>${NAME})`,
      'gu',
    ),
    confidence: 85,
  },
  {
    pattern: new RegExp(
      String.raw`\b(?:here at|working (?:at|for)|joining|career at|careers at)[ ]+(?<name>${NAME})`,
      'gu',
    ),
    confidence: 85,
  },
  // "the Business Analyst position at Corvane Insurance", "the position of Marketing Director with Pemberton & Lowe".
  {
    pattern: new RegExp(
      String.raw`\b${ROLE_WORDS}(?:[ ]+(?:of|as)[ ]+[^.\n]{1,60}?)?[ ]+(?:at|with)[ ]+(?:the[ ]+)?(?<name>${NAME})`,
      'gu',
    ),
    confidence: 80,
  },
  // "The Mosaic Labs Recruiting Team", "Das Wunderkraut Team".
  { pattern: new RegExp(String.raw`(?<name>${NAME})[ ]+[Tt]eam\b`, 'gu'), confidence: 70 },
  // Any other "at Halcyon Bank" or "@ Brightloom".
  { pattern: new RegExp(String.raw`(?:\bat|@)[ ]+(?<name>${NAME})`, 'gu'), confidence: 60 },
];

const SIGNATURE_CONFIDENCE = 50;
/** A signature line with a legal form ("Harrowgate & Pell LLP") is as good as being told. */
const LEGAL_SIGNATURE_CONFIDENCE = 95;

/** Agency recruiters talk about "the client": their own signature names the agency, not the employer. */
const AGENCY_WORDING =
  /\b(?:my|our) client\b|\bthe client (?:has|have|had|came|decided|gave|said|feels|felt|is|was|won't|will not|didn't|did not)\b/i;

/**
 * Company from the signature: the lowest line that names one. Lines split as "Title, Company",
 * "Dept | Company", "Name @ Company", keeping the last part that is neither a department nor a title
 * ("Recruitment Consultant, Apex People Solutions").
 */
function* signatureCompanies(email: EmailText): Generator<Candidate> {
  for (const line of [...email.signature].reverse()) {
    const atSign = line.text.match(/@\s*(?<name>\S.*)$/);
    const parts = atSign?.groups?.name
      ? [atSign.groups.name]
      : line.text.split(/\s*[,|/\u2013\u2014]\s*|\s+-\s+|\s+at\s+/);
    for (const part of parts.reverse()) {
      const value = cleanCompany(part);
      if (!value) continue;
      const start = line.start + line.text.lastIndexOf(part);
      const confidence = hasLegalForm(part) ? LEGAL_SIGNATURE_CONFIDENCE : SIGNATURE_CONFIDENCE;
      yield { value, confidence, start, end: start + part.length };
      return;
    }
  }
}

/** "the Werkstudent (m/w/d) HR position": capitalised words followed by a role word name a role, not a company. */
const FOLLOWED_BY_ROLE_WORD = new RegExp(
  String.raw`^[ ]*(?:\([^)\n]*\)[ ]*)?(?:[\p{Lu}][\p{L}\p{M}\-]*[ ]+){0,3}${ROLE_WORDS}\b`,
  'u',
);

export function suggestCompany(email: EmailText): NameSuggestion | null {
  const agency = AGENCY_WORDING.test(email.plain.slice(0, email.signatureStart));
  const notARole = (after: string) => !FOLLOWED_BY_ROLE_WORD.test(after);
  const fromText = [...candidatesFrom(email.plain, COMPANY_PATTERNS, cleanCompany, notARole)].filter(
    (candidate) => !(agency && candidate.start >= email.signatureStart && candidate.start < email.quoteStart),
  );
  const fromSignature = agency ? [] : [...signatureCompanies(email)];
  const chosen = best([...fromText, ...fromSignature]);
  return chosen ? { value: chosen.value, phrase: phraseAround(email, chosen.start, chosen.end) } : null;
}

// ───────────────────────────── role ─────────────────────────────

const GENDER_NOTE = String.raw`(?:[ ]*\((?:[mfwdx](?:/[mfwdx])+|all genders)\))?`;
/** A job title: capitalised words, "of"/"and"/"&" between them, maybe a "(m/w/d)" inside ("Werkstudent (m/w/d) HR"). */
const ROLE = String.raw`${CAPITALISED}${GENDER_NOTE}(?:[ ]+(?:(?:of|and|&|for|in)[ ]+)?${CAPITALISED}${GENDER_NOTE}){0,6}`;

const ROLE_PATTERNS: readonly NamePattern[] = [
  // "the Junior Accountant position", "our Data Scientist role", "the Graduate Analyst programme".
  {
    pattern: new RegExp(
      String.raw`\b(?:[Tt]he|[Oo]ur|[Tt]his|[Yy]our|[Ff]or|[Aa]n?)[ ]+(?<name>${ROLE})[ ]+${ROLE_WORDS}\b`,
      'gu',
    ),
    confidence: 100,
  },
  // "the post of Head of Finance", "the position as Controller (m/f/d)".
  {
    pattern: new RegExp(
      String.raw`\b${ROLE_WORDS}[ ]+(?:of|as)[ ]+(?:an?[ ]+|the[ ]+)?(?<name>${ROLE}${GENDER_NOTE})`,
      'gu',
    ),
    confidence: 95,
  },
  // 'the position "UX Researcher"', '"UX Researcher" role'.
  { pattern: new RegExp(String.raw`\b${ROLE_WORDS}[ ]+"(?<name>[^"\n]{2,60})"`, 'gu'), confidence: 90 },
  { pattern: new RegExp(String.raw`"(?<name>[^"\n]{2,60})"[ ]+${ROLE_WORDS}\b`, 'gu'), confidence: 90 },
];

/** Needs a job-title ending, because "application for Mosaic Labs" would read the same. */
const TITLED_ROLE_PATTERNS: readonly NamePattern[] = [
  // "Your application as Data Engineer", "Your application for Frontend Developer at Mosaic Labs".
  {
    pattern: new RegExp(
      String.raw`\b(?:[Aa]pplication|[Aa]pplying|[Aa]pplied|[Ii]nterview(?:ing|ed)?|[Cc]andidacy)[ ]+(?:as|for)[ ]+(?:an?[ ]+)?(?<name>${ROLE}${GENDER_NOTE})`,
      'gu',
    ),
    confidence: 85,
  },
  // Last resort in the body: "Quick update on Staff Engineer".
  {
    pattern: new RegExp(
      String.raw`\b(?:on|about|regarding|including)[ ]+(?<name>${ROLE})(?![ ]*[\p{L}])`,
      'gu',
    ),
    confidence: 40,
  },
];

const HEADING =
  /^(?:(?:subject|betreff|assunto)\s*:\s*)?(?:(?:re|fwd?|aw|wg)\s*:\s*)+|^(?:subject|betreff|assunto)\s*:\s*/i;
const HEADING_NOISE =
  /^(?:your |an? )?(?:application|candidacy|update|interview invitation|invitation|regarding your application|update on your application|your application (?:for|to)(?: the)?|thank you for applying(?: to .*)?|we've received your application)$/i;
const HEADING_CONFIDENCE = 70;

/**
 * Subject-like lines: "Subject: Mobile Engineer – update", "Re: Senior Product Designer application",
 * "Regarding your application: Supply Chain Analyst". Split on dashes and colons, drop the generic parts,
 * keep a part that reads as a job title.
 */
function* headingRoles(email: EmailText): Generator<Candidate> {
  let offset = 0;
  for (const raw of email.plain.slice(0, email.signatureStart).split('\n')) {
    const lineStart = offset;
    offset += raw.length + 1;
    const prefix = raw.match(HEADING);
    if (!prefix) continue;
    const rest = raw.slice(prefix[0].length);
    let partOffset = lineStart + prefix[0].length;
    for (const part of rest.split(/(\s+[-\u2013\u2014|]\s+|:\s+)/)) {
      const partStart = partOffset;
      partOffset += part.length;
      const words = part
        .replace(/\s*\([^)]*\)\s*/g, ' ')
        .replace(/\s+(?:application|candidacy|update|position|role)$/i, '')
        .replace(/^(?:your application for|application for)\s+(?:the\s+)?/i, '')
        .replace(/\s+at\s+.*$/, '')
        .trim();
      if (!words || HEADING_NOISE.test(words) || !looksLikeJobTitle(words)) continue;
      if (!new RegExp(`^${ROLE}$`, 'u').test(words)) continue;
      const start = partStart + part.indexOf(words.split(' ')[0]);
      yield { value: words, confidence: HEADING_CONFIDENCE, start, end: start + words.length };
    }
  }
}

export function suggestRole(email: EmailText): NameSuggestion | null {
  const body =
    email.plain.slice(0, email.signatureStart) + ' '.repeat(email.quoteStart - email.signatureStart);
  const searchable = body + email.plain.slice(email.quoteStart);
  const titled = (raw: string) => {
    const role = cleanRole(raw);
    return role && looksLikeJobTitle(role) ? role : null;
  };
  const chosen = best([
    ...candidatesFrom(searchable, ROLE_PATTERNS, cleanRole),
    ...candidatesFrom(searchable, TITLED_ROLE_PATTERNS, titled),
    ...headingRoles(email),
  ]);
  return chosen ? { value: chosen.value, phrase: phraseAround(email, chosen.start, chosen.end) } : null;
}
