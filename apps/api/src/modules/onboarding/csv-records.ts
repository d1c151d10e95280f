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
