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
  underwriter actuary investigator attendant steward manager/director dispatcher baker negotiator merchandiser
  housekeeper practitioner organiser organizer superintendent handler technologist operative porter courier carer
  bartender barista cook caretaker cleaner gardener machinist welder fitter plumber photographer videographer
  illustrator animator translator interpreter tutor paramedic midwife dentist hygienist pilot`
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
  e de the das die der o a leadership interview panel early management trustees committee`
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
    ` ${raw}`
      .replace(/,?\s+Co\.,?\s*Ltd\.?$/, '')
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
      String.raw`\b(?:[Hh]eard back|[Hh]eard|[Ff]eedback(?:'s in)?|[Ww]ord|[Nn]ews|[Uu]pdate|[Rr]esponse) from[ ]+(?<name>${NAME})(?=[ ]+(?:about|on|regarding|re|for)\b|[ ]*[:.,;!\u2014\u2013-]|[ ]*\n)`,
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
  // An agency's "Pennant Foods have come back on the Category Buyer role".
  {
    pattern: new RegExp(
      String.raw`(?<name>${NAME})[ ]+(?:have|has|had)[ ]+(?:come back|got back|gone with|hired|offered|decided|just|now|confirmed)\b`,
      'gu',
    ),
    confidence: 80,
  },
  // "Thank you for coming to Oakfield Secondary School".
  {
    pattern: new RegExp(String.raw`\b(?:coming|came|come)[ ]+(?:in[ ]+)?to[ ]+(?<name>${NAME})`, 'gu'),
    confidence: 70,
  },
  // A one-line sign-off: "… so we'll pass. — Tess, Fernhill", "Thanks. Tom, Lumen Labs".
  {
    pattern: new RegExp(
      String.raw`(?:^|[.!?][ ]+|[\u2014\u2013][ ]*)(?:[Cc]hef[ ]+)?\p{Lu}[\p{L}'-]+,[ ]*(?<name>${NAME})[ ]*$`,
      'gmu',
    ),
    confidence: 55,
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
  /\b(?:my|our) client\b(?![ ]+(?:engagement|base|work|projects?|services?|teams?))|\bthe client (?:has|have|had|came|decided|gave|said|feels|felt|is|was|won't|will not|didn't|did not)\b/i;

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
      : line.text.replace(/,?\s+Co\.,\s*Ltd\.?$/, '').split(/\s*[,|/\u2013\u2014]\s*|\s+-\s+|\s+at\s+/);
    for (const raw of parts.reverse()) {
      // "For: Crestfield Microfinance Bank", "On behalf of Tembo Insurance".
      const part = raw.replace(/^(?:for|on behalf of)\s*:?\s+/i, '');
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

/** "— ari @ sprocket", "— nora, kettle & crumb": a lower-case writer signs with a lower-case company. */
const LOWERCASE_SIGN_OFF = new RegExp(
  String.raw`(?:@[ ]*|[\u2014\u2013][ ]*\p{Ll}+,[ ]*)(?<name>\p{Ll}[\p{Ll}\d&' ]{1,40}?)[ ]*$`,
  'gmu',
);
const LOWERCASE_SIGN_OFF_CONFIDENCE = 55;

const titleCase = (text: string) =>
  text.replace(/(^|[ ])(\p{Ll})/gu, (_all, space: string, letter: string) => space + letter.toUpperCase());

function cleanLowercaseCompany(raw: string): string | null {
  const name = cleanCompany(titleCase(raw.trim()));
  return name && !/^(?:And|The|Team)$/.test(name) ? name : null;
}

/**
 * "From: Talent <jobs@cobblehealth.com>" when the client pastes the headers: the sender's domain names the
 * employer, unless it belongs to a mail provider or an applicant tracking system. A capitalised name in the
 * email that spells the domain ("Cobble Health") is as good as being told; otherwise the domain itself is a
 * weak guess.
 */
const SENDER = /^(?:from|von|de)\s*:.*?[\w.+-]+@(?<domain>[\w-]+(?:\.[\w-]+)+)/gim;
const NOT_AN_EMPLOYER_DOMAIN =
  /^(?:gmail|googlemail|outlook|hotmail|live|yahoo|icloud|me|aol|proton|protonmail|gmx|web|mail|example|greenhouse|greenhouse-mail|lever|hire|myworkday|workday|myworkdayjobs|smartrecruiters|workablemail|workable|teamtailor|personio|icims|taleo|bamboohr|ashbyhq|ashby|recruitee|jazzhr|jobvite|successfactors|breezy|pinpointhq|gupy|linkedin|indeed|talentportal|notifications?|email|mg|mailgun|sendgrid)$/i;
const SENDER_NAME_CONFIDENCE = 95;
const SENDER_DOMAIN_CONFIDENCE = 30;
const compact = (text: string) => text.toLowerCase().replace(/[^\p{L}\d]/gu, '');

function* senderCompanies(email: EmailText): Generator<Candidate> {
  for (const match of email.plain.matchAll(SENDER)) {
    const labels = match.groups?.domain.toLowerCase().split('.') ?? [];
    // "jobs.acme.co.uk" → "acme": the label before the public suffix.
    const meaningful = labels.filter(
      (label) =>
        !/^(?:com|co|org|net|io|ai|uk|de|br|pt|in|au|nz|ca|us|eu|gov|edu|ac|jobs|careers|mail|email|hr|recruiting|talent|www)$/.test(
          label,
        ),
    );
    const label = meaningful[meaningful.length - 1];
    if (!label || NOT_AN_EMPLOYER_DOMAIN.test(label)) continue;
    const spelled = new RegExp(String.raw`(?<name>${NAME})`, 'gu');
    for (const named of email.plain.matchAll(spelled)) {
      const value = named.groups?.name ? cleanCompany(named.groups.name) : null;
      if (value && compact(value) === label) {
        yield {
          value,
          confidence: SENDER_NAME_CONFIDENCE,
          start: named.index,
          end: named.index + named[0].length,
        };
        return;
      }
    }
    const start = (match.index ?? 0) + match[0].lastIndexOf(label);
    const value = cleanCompany(titleCase(label.replace(/-/g, ' ')));
    if (value) yield { value, confidence: SENDER_DOMAIN_CONFIDENCE, start, end: start + label.length };
    return;
  }
}

export function suggestCompany(email: EmailText): NameSuggestion | null {
  const agency = AGENCY_WORDING.test(email.plain.slice(0, email.signatureStart));
  const notARole = (after: string) => !FOLLOWED_BY_ROLE_WORD.test(after);
  const fromText = [...candidatesFrom(email.plain, COMPANY_PATTERNS, cleanCompany, notARole)].filter(
    (candidate) => !(agency && candidate.start >= email.signatureStart && candidate.start < email.quoteStart),
  );
  const fromSignature = agency ? [] : [...signatureCompanies(email)];
  const lowercase = [
    ...candidatesFrom(
      email.plain.slice(0, email.quoteStart),
      [{ pattern: LOWERCASE_SIGN_OFF, confidence: LOWERCASE_SIGN_OFF_CONFIDENCE }],
      cleanLowercaseCompany,
    ),
  ];
  const chosen = best([...fromText, ...fromSignature, ...lowercase, ...senderCompanies(email)]);
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
      String.raw`\b(?:[Tt]he|[Oo]ur|[Tt]his|[Yy]our|[Ff]or|[Aa]n?)[ ]+(?<name>${ROLE})(?:[ ]*\([^)\n]{1,20}\))?[ ]+${ROLE_WORDS}\b`,
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
  // "the QA Officer interview", "the Product Designer process", "applying to Instructional Coach at …".
  {
    pattern: new RegExp(
      String.raw`\b(?:[Tt]he|[Oo]ur|[Tt]his|[Yy]our)[ ]+(?<name>${ROLE})[ ]+(?:process|search|interviews?|loop|hire|recruitment|panel|submittal)\b`,
      'gu',
    ),
    confidence: 80,
  },
  {
    pattern: new RegExp(
      String.raw`\b(?:[Aa]pplying|[Aa]pplied|[Aa]pplication) to[ ]+(?<name>${ROLE})[ ]+at\b`,
      'gu',
    ),
    confidence: 85,
  },
  // "instead of hiring a Data Analyst", "our search for a Chief Financial Officer".
  {
    pattern: new RegExp(
      String.raw`\b(?:hiring|hire|recruiting|recruit|search for|looking for)[ ]+(?:an?[ ]+)(?<name>${ROLE})`,
      'gu',
    ),
    confidence: 45,
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

/** "the level designer role", "the sales ops analyst spot": lower-case writers write titles in lower case. */
const LOWERCASE_ROLE = new RegExp(
  String.raw`\b(?:the|this|our)[ ]+(?<name>\p{Ll}[\p{Ll}-]+(?:[ ]+\p{Ll}[\p{Ll}-]+){0,3})[ ]+(?:role|position|job|spot|gig|opening)\b`,
  'gu',
);
const LOWERCASE_ROLE_CONFIDENCE = 30;

function cleanLowercaseRole(raw: string): string | null {
  const role = titleCase(raw.trim());
  return looksLikeJobTitle(role) ? role : null;
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
    ...candidatesFrom(
      body,
      [{ pattern: LOWERCASE_ROLE, confidence: LOWERCASE_ROLE_CONFIDENCE }],
      cleanLowercaseRole,
    ),
  ]);
  return chosen ? { value: chosen.value, phrase: phraseAround(email, chosen.start, chosen.end) } : null;
}
