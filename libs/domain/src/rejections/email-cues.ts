import type { EmailText } from './email-text.js';

/** A list of wordings that say one thing ("the role is filled", "this is an automated message"). */
export type Cues = readonly RegExp[];

export interface Hit {
  start: number;
  end: number;
}

/** The earliest match of any of the cues. */
export function firstHit(text: string, cues: Cues): Hit | null {
  let first: Hit | null = null;
  for (const cue of cues) {
    const match = cue.exec(text);
    if (match && (!first || match.index < first.start))
      first = { start: match.index, end: match.index + match[0].length };
  }
  return first;
}

/** What the employer wrote: the text above any quoted earlier message (which is usually the client's own). */
export function writtenByEmployer(email: EmailText): string {
  return email.plain.slice(0, email.quoteStart);
}
