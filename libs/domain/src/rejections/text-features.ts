/**
 * Words of an email as features for the reason classifier: lower-cased unigrams (and, by default, bigrams) of
 * the content words, negated words marked ("not a reflection" → "not_reflection"), numbers collapsed, each
 * with its offsets so the words behind a suggestion can be quoted. Which of these help is settled by
 * cross-validation on the development corpus (reason-cross-validation.ts).
 */

export interface Token {
  /** "another candidate", "filled", "not_reflection" */
  term: string;
  /** Offsets of the words behind the term in the text that was tokenised. */
  start: number;
  end: number;
}

export interface FeatureOptions {
  /** Pairs of neighbouring content words as well as single words. */
  bigrams: boolean;
  /** How many content words after "not", "no", "never"… are marked as negated; 0 marks none. */
  negationReach: number;
  /** Words reduced to a crude stem ("filled", "filling" → "fill"), so inflections share a weight. */
  stem: boolean;
  /** Drop function words ("the", "we", "have") before making bigrams. */
  dropStopWords: boolean;
  /**
   * Letter sequences of 3 up to this length inside each content word ("#fil", "ill", "lled#"), so unseen
   * inflections and compounds share weights with known words; 0 for none.
   */
  characterNgrams: number;
}

export const DEFAULT_FEATURE_OPTIONS: FeatureOptions = {
  bigrams: true,
  negationReach: 3,
  stem: false,
  dropStopWords: true,
  characterNgrams: 0,
};

/** Words that carry no reason in any class; removing them keeps bigrams like "internal candidate" adjacent. */
const STOP_WORDS = new Set(
  'a an the of to for and or in on at by with as is are was were be been being this that these those it its we our us you your i me my he she they them their his her has have had do does did will would shall should can could may might so than then there here from into about which who whom what when where while also just very really'.split(
    ' ',
  ),
);

/** Words after which the next few words are read as negated ("not a reflection" → "not_reflection"). */
const NEGATIONS = new Set(['not', 'no', 'never', "n't", 'nothing', 'without', 'nor']);

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

/**
 * A light suffix stripper (plural, -ing, -ed, -ly, -ment, -ation): enough for "filled/filling/fills" or
 * "communicate/communication" to meet, without a dictionary.
 */
export function stemOf(word: string): string {
  if (word.length <= 4 || /^\d/.test(word)) return word;
  const rules: readonly [RegExp, string][] = [
    [/'s$/, ''],
    [/ies$/, 'y'],
    [/(?:ations?|ating|ated|ates)$/, 'ate'],
    [/(?:ments?)$/, ''],
    [/(?:ingly|edly)$/, ''],
    [/ly$/, ''],
    [/ing$/, ''],
    [/ed$/, ''],
    [/(?<![su])s$/, ''],
  ];
  for (const [suffix, replacement] of rules) {
    if (!suffix.test(word)) continue;
    const stem = word.replace(suffix, replacement);
    if (stem.length < 3) return word;
    // "filled" → "fill", "planned" → "plan": a doubled last consonant left by -ed/-ing is undone once.
    return /([b-df-hj-np-tv-z])\1$/.test(stem) && !/(?:ll|ss|ff|zz)$/.test(stem) ? stem.slice(0, -1) : stem;
  }
  return word;
}

/** Unigrams and, by default, bigrams of the content words, negated words marked, numbers collapsed. */
export function tokenise(text: string, options: FeatureOptions = DEFAULT_FEATURE_OPTIONS): Token[] {
  const content: Token[] = [];
  let negatedFor = 0;
  for (const word of words(text)) {
    if (NEGATIONS.has(word.term)) {
      negatedFor = options.negationReach;
      continue;
    }
    if (options.dropStopWords && STOP_WORDS.has(word.term)) continue;
    const plain = /^\d/.test(word.term) ? '<number>' : options.stem ? stemOf(word.term) : word.term;
    content.push({ ...word, term: negatedFor > 0 ? `not_${plain}` : plain });
    if (negatedFor > 0) negatedFor -= 1;
  }
  const tokens = [...content];
  if (options.characterNgrams >= 3)
    for (const word of content) {
      if (word.term.startsWith('not_') || word.term === '<number>') continue;
      const padded = `#${word.term}#`;
      for (let length = 3; length <= options.characterNgrams; length += 1)
        for (let at = 0; at + length <= padded.length; at += 1)
          tokens.push({ term: `~${padded.slice(at, at + length)}`, start: word.start, end: word.end });
    }
  if (!options.bigrams) return tokens;
  for (let index = 1; index < content.length; index += 1) {
    const [first, second] = [content[index - 1], content[index]];
    tokens.push({ term: `${first.term} ${second.term}`, start: first.start, end: second.end });
  }
  return tokens;
}
