/**
 * Words of an email as features for the reason classifier: lower-cased unigrams and bigrams of the content
 * words, negated words marked ("not a reflection" → "not_reflection"), numbers collapsed, each with its
 * offsets so the words behind a suggestion can be quoted.
 */

export interface Token {
  /** "another candidate", "filled", "not_reflection" */
  term: string;
  /** Offsets of the words behind the term in the text that was tokenised. */
  start: number;
  end: number;
}

/** Words that carry no reason in any class; removing them keeps bigrams like "internal candidate" adjacent. */
const STOP_WORDS = new Set(
  'a an the of to for and or in on at by with as is are was were be been being this that these those it its we our us you your i me my he she they them their his her has have had do does did will would shall should can could may might so than then there here from into about which who whom what when where while also just very really'.split(
    ' ',
  ),
);

/** Words after which the next few words are read as negated ("not a reflection" → "not_reflection"). */
const NEGATIONS = new Set(['not', 'no', 'never', "n't", 'nothing', 'without', 'nor']);
const NEGATION_REACH = 3;

const WORD = /[\p{L}\p{N}]+(?:'[\p{L}]+)?/gu;

/** Lower-cased words with offsets, "n't" split off so that "didn't" and "did not" read the same. */
function words(text: string): Token[] {
  const out: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const raw = match[0].toLowerCase();
    const start = match.index;
    if (raw.endsWith("n't")) {
      out.push({ term: raw.slice(0, -3), start, end: start + raw.length - 3 });
      out.push({ term: "n't", start: start + raw.length - 3, end: start + raw.length });
    } else {
      out.push({ term: raw, start, end: start + raw.length });
    }
  }
  return out;
}

/** Unigrams and bigrams of the content words, negated words marked, numbers collapsed. */
export function tokenise(text: string): Token[] {
  const content: Token[] = [];
  let negatedFor = 0;
  for (const word of words(text)) {
    if (NEGATIONS.has(word.term)) {
      negatedFor = NEGATION_REACH;
      continue;
    }
    if (STOP_WORDS.has(word.term)) continue;
    const term = /^\d/.test(word.term) ? '<number>' : word.term;
    content.push({ ...word, term: negatedFor > 0 ? `not_${term}` : term });
    if (negatedFor > 0) negatedFor -= 1;
  }
  const tokens = [...content];
  for (let index = 1; index < content.length; index += 1) {
    const [first, second] = [content[index - 1], content[index]];
    tokens.push({ term: `${first.term} ${second.term}`, start: first.start, end: second.end });
  }
  return tokens;
}
