import { Readable } from 'node:stream';
import { parse } from 'csv-parse';

export interface CsvRecord {
  /** The record's last line in the file (1-based), as a person counts lines in a spreadsheet. */
  line: number;
  cells: string[];
}

/**
 * Streams the records of a CSV text, header first. Rows may have more or fewer cells than the header
 * (the row check reports what is missing); a byte-order mark and blank lines are skipped.
 */
export async function* csvRecords(content: string): AsyncGenerator<CsvRecord> {
  const parser = Readable.from([content]).pipe(
    parse({ bom: true, relax_column_count: true, skip_empty_lines: true, info: true, trim: false }),
  );
  for await (const { record, info } of parser as AsyncIterable<{
    record: string[];
    info: { lines: number };
  }>) {
    yield { line: info.lines, cells: record };
  }
}

/**
 * True for text that cannot be a spreadsheet's CSV: a NUL byte, or bytes that were not UTF-8 (decoded as
 * U+FFFD) or control characters in more than a few places. A PNG or a PDF renamed .csv is all of these.
 */
export function unreadableText(content: string): boolean {
  if (content.includes('\u0000')) return true;
  const sample = content.slice(0, 64 * 1024);
  let odd = 0;
  for (const char of sample) {
    const code = char.charCodeAt(0);
    if (char === '\uFFFD' || (code < 32 && char !== '\n' && char !== '\r' && char !== '\t')) odd += 1;
  }
  return odd > 8 && odd / sample.length > 0.001;
}
