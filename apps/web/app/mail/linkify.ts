/** A piece of plain text: either words, or a link to show as one. */
export interface TextPart {
  text: string;
  href?: string;
}

const URL_PATTERN = /https?:\/\/[^\s<>"']+/g;
/** Punctuation that ends a sentence rather than the URL ("…at https://x.test/a."). */
const TRAILING = /[.,;:!?)\]]+$/;

/** Splits plain text into text and http(s) links, so a page can render the links clickable. */
export function linkify(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    const url = match[0].replace(TRAILING, '');
    const start = match.index;
    if (start > last) parts.push({ text: text.slice(last, start) });
    parts.push({ text: url, href: url });
    last = start + url.length;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return parts;
}
