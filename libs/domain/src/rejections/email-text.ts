/**
 * Reading a pasted email as text: a same-length normalised copy (so every match maps back to the exact
 * characters the client pasted), the quoted reply to ignore, the sign-off and signature block, and the
 * phrase around a match to show as "because it said: …".
 */

export interface TextLine {
  /** The line from the normalised copy, trimmed. */
  text: string;
  /** Offset of the trimmed line in the email. */
  start: number;
}

export interface EmailText {
  /** Exactly what was pasted. */
  original: string;
  /** Same length as `original`: curly quotes and odd spaces made plain, so patterns stay simple. */
  plain: string;
  /** Where a quoted earlier message starts ("On … wrote:", "> …"); the length of the text if none. */
  quoteStart: number;
  /** Where the signature block starts; `quoteStart` if no sign-off was found. */
  signatureStart: number;
  /** The short lines under the sign-off, without the person's own name and without legal footers. */
  signature: TextLine[];
}

/** One-for-one replacements, so offsets in `plain` are offsets in `original`. */
function normalise(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u2033\u00AB\u00BB]/g, '"')
    .replace(/[\u00A0\u2007\u202F\t\r]/g, ' ');
}

function linesOf(plain: string, from = 0, to = plain.length): TextLine[] {
  const lines: TextLine[] = [];
  let offset = from;
  for (const raw of plain.slice(from, to).split('\n')) {
    const lead = raw.length - raw.trimStart().length;
    lines.push({ text: raw.trim(), start: offset + lead });
    offset += raw.length + 1;
  }
  return lines;
}

const QUOTE_START =
  /^(?:>|-{2,}\s*original message|(?:on|am|em|le)\b.{0,120}\b(?:wrote|schrieb|escreveu|a écrit):$)/i;

/**
 * A forwarded email is the employer's words, not a quote: what follows "---------- Forwarded message" is read,
 * and a reply quoted inside it still ends it.
 */
function findQuoteStart(plain: string): number {
  const quote = linesOf(plain).find((line) => QUOTE_START.test(line.text));
  return quote ? quote.start : plain.length;
}

/** Closing formulas in the languages our clients' employers write in. */
const CLOSING_WORDS = new RegExp(
  '^(?:[-\u2013\u2014]+\\s*)?(?:' +
    [
      'best(?: regards| wishes)?',
      'kind(?:est)? regards',
      'warm(?:est)? regards',
      'with (?:kind|best|warm) (?:regards|wishes)',
      'regards',
      'many thanks',
      'thanks(?: again| & regards| and regards)?',
      'thank you',
      'cheers',
      'all the best',
      'warmly',
      'sincerely',
      'yours(?: sincerely| faithfully| truly)?',
      'speak soon',
      'talk soon',
      'good luck',
      'best of luck',
      'rooting for you',
      'appreciate your time',
      'wishing you',
      'i wish you',
      'looking forward',
      'xx',
      'friendly greetings',
      'um abraço',
      'abraços?',
      'obrigad[oa]',
      'atenciosamente',
      'cumprimentos',
      'saludos',
      'mit freundlichen grüßen',
      '(?:viele|liebe|beste|freundliche) grüße',
      'mfg',
    ].join('|') +
    ')\\b',
  'i',
);

const MAX_SIGN_OFF_WORDS = 8;
const MAX_SIGNATURE_LINE_WORDS = 8;

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** "Pvt. Ltd.", "Sp. z o.o.", "S.A.": a full stop that ends a company's legal form, not a sentence. */
const LEGAL_FORM_END = /(?:\b(?:Ltd|Inc|Co|Corp|Pvt|Pty|Bros)\.|\bo\.o\.|\bs\.r\.o\.|(?:\b[A-Za-z]\.){2,})$/;

/** A line that reads as a sentence (a footer, a disclaimer) rather than a name, a title or a company. */
function isSentence(text: string): boolean {
  if (wordCount(text) > MAX_SIGNATURE_LINE_WORDS) return true;
  return /[.!?]$/.test(text) && !LEGAL_FORM_END.test(text) && wordCount(text) > 3;
}

const AUTOMATION_LINE =
  /\b(?:automated|do not reply|don't reply|no-?reply|unmonitored|not monitored|sent (?:via|by|from)|powered by|privacy|unsubscribe)\b/i;

/** "Best regards,", "Um abraço,", "— Dana @ Parcelhop", "I wish you much success,". */
function isSignOff(text: string): boolean {
  if (!text || wordCount(text) > MAX_SIGN_OFF_WORDS) return false;
  return CLOSING_WORDS.test(text) || /^[-\u2013\u2014]{1,2}\s*\S/.test(text) || /,$/.test(text);
}

/** Words that say a signature line is a team, a department or a company rather than a person. */
const NOT_A_PERSON =
  /\b(?:team|recruit\w*|talent|careers?|hr|people|human|resources|acquisition|department|personal|rh|recrutamento|pessoas|hiring|group|ltd|gmbh|inc|llp|ag)\b/i;
const HONORIFIC = /^(?:dr|mr|mrs|ms|miss|prof)\.?$/i;

/** A bare person's name: up to three words (after Dr, Ms…), no separators, nothing that says team or company. */
export function looksLikePersonName(text: string): boolean {
  if (/[,|@/\u2013\u2014&]|\s-\s|\bat\b|\d/.test(text) || NOT_A_PERSON.test(text)) return false;
  const words = text.split(/\s+/).filter((word) => word && !HONORIFIC.test(word));
  return words.length >= 1 && words.length <= 3 && words.every((word) => /^[\p{L}'.-]+$/u.test(word));
}

interface SignatureBlock {
  start: number;
  lines: TextLine[];
}

/** Footers under a signature: disclaimers, "sent via …", "do not reply". At most this many are skipped. */
const MAX_FOOTER_LINES = 3;
/** A sign-off is looked for among this many lines above the end. */
const MAX_SIGNATURE_LINES = 6;
/** Without a sign-off, a last paragraph of at most this many short lines is taken as the signature. */
const MAX_BARE_SIGNATURE_LINES = 4;

const isFooter = (text: string) => isSentence(text) || AUTOMATION_LINE.test(text) || /^\*+/.test(text);

/**
 * The signature: the short lines under the last sign-off ("Best regards,", "Um abraço,", "— Dana …"), or the
 * last paragraph when it is made of short lines only. The first line is usually the person's name and is
 * dropped, unless the name already sat on the sign-off line ("xx Becca").
 */
function findSignature(plain: string, quoteStart: number): SignatureBlock {
  const none = { start: quoteStart, lines: [] };
  const lines = linesOf(plain, 0, quoteStart);
  let last = lines.length - 1;
  let footers = 0;
  while (last >= 0 && (!lines[last].text || (footers < MAX_FOOTER_LINES && isFooter(lines[last].text)))) {
    if (lines[last].text) footers += 1;
    last -= 1;
  }
  if (last < 0 || isSentence(lines[last].text)) return none;

  let signOff = -1;
  for (let index = last; index >= Math.max(0, last - MAX_SIGNATURE_LINES); index -= 1) {
    const text = lines[index].text;
    if (!text) continue;
    if (isSignOff(text)) {
      signOff = index;
      break;
    }
    if (isSentence(text)) break;
  }

  let block: TextLine[];
  let nameAlreadyGiven = false;
  if (signOff >= 0) {
    const signOffLine = lines[signOff];
    const rest = signOffLine.text
      .replace(CLOSING_WORDS, '')
      .replace(/^[\s,.!:;\-\u2013\u2014]+/, '')
      .trim();
    // "xx Becca", "— Dana @ Parcelhop": the writer signed on the sign-off line. "Wishing you the very best," did not.
    nameAlreadyGiven = rest.length > 0 && !/,$/.test(signOffLine.text);
    const restLine = { text: rest, start: signOffLine.start + signOffLine.text.length - rest.length };
    const restSaysMore = nameAlreadyGiven && !looksLikePersonName(rest);
    block = [...(restSaysMore ? [restLine] : []), ...lines.slice(signOff + 1, last + 1)];
  } else {
    // No sign-off: the last paragraph, when it is a few short lines under the body ("Priya\nKitewire").
    let first = last;
    while (first > 0 && lines[first - 1].text) first -= 1;
    block = lines.slice(first, last + 1);
    if (
      first === 0 ||
      block.length > MAX_BARE_SIGNATURE_LINES ||
      block.some((line) => isSentence(line.text))
    ) {
      return none;
    }
  }
  block = block.filter((line) => line.text && !isFooter(line.text));
  if (block.length === 0) return none;
  const start = block[0].start;
  // Under a bare sign-off, a first line that reads as a name is the writer, not the company.
  const withoutName = !nameAlreadyGiven && looksLikePersonName(block[0].text) ? block.slice(1) : block;
  return { start, lines: withoutName };
}

export function readEmail(original: string): EmailText {
  const plain = normalise(original);
  const quoteStart = findQuoteStart(plain);
  const signature = findSignature(plain, quoteStart);
  return { original, plain, quoteStart, signatureStart: signature.start, signature: signature.lines };
}

/** Blanks the given ranges (keeping line breaks), so later patterns cannot match inside them. */
export function blankOut(text: string, ranges: readonly { start: number; end: number }[]): string {
  const chars = text.split('');
  for (const { start, end } of ranges) {
    for (let index = start; index < end && index < chars.length; index += 1) {
      if (chars[index] !== '\n') chars[index] = ' ';
    }
  }
  return chars.join('');
}

/** Every match of a global pattern, as ranges. */
export function rangesOf(text: string, pattern: RegExp): { start: number; end: number }[] {
  const global = new RegExp(
    pattern.source,
    pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`,
  );
  return [...text.matchAll(global)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
  }));
}

const PHRASE_REACH = 100;

/** A clause ends at a full stop, a line break, a comma or a dash between spaces. */
function endsClauseBefore(plain: string, index: number): boolean {
  const previous = plain[index - 1];
  if (previous === undefined || /[.!?;:\n\u2014]/.test(previous)) return true;
  return previous === ' ' && /[,\-\u2013\u2014]/.test(plain[index - 2] ?? '');
}

function endsClauseAt(plain: string, index: number): boolean {
  const next = plain[index];
  if (next === undefined || /[.!?;:\n\u2014]/.test(next)) return true;
  if (next === ',' && plain[index + 1] === ' ') return true;
  return next === ' ' && /[-\u2013\u2014]/.test(plain[index + 1] ?? '') && plain[index + 2] === ' ';
}

/**
 * The clause around a match (from the previous comma or full stop to the next), cut to a readable length,
 * taken from the original text so the UI can quote it exactly.
 */
export function phraseAround(email: EmailText, start: number, end: number): string {
  const { plain, original } = email;
  let from = start;
  while (start - from < PHRASE_REACH && !endsClauseBefore(plain, from)) from -= 1;
  let to = end;
  while (to - end < PHRASE_REACH && !endsClauseAt(plain, to)) to += 1;
  // When the reach ran out before the clause did, do not start or stop in the middle of a word.
  if (!endsClauseBefore(plain, from)) while (from < start && /\S/.test(plain[from - 1] ?? ' ')) from += 1;
  if (!endsClauseAt(plain, to)) while (to > end && /\S/.test(plain[to] ?? ' ')) to -= 1;
  return original.slice(from, to).replace(/^[\s,;:\-\u2013\u2014*]+|[\s,;:\-\u2013\u2014*]+$/g, '');
}
