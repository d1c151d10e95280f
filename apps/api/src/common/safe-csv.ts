import { stringify } from 'csv-stringify/sync';

/** The first characters that make a spreadsheet read a cell as a formula (OWASP's CSV injection list). */
const FORMULA_TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r']);

/**
 * A cell a spreadsheet shows as text: one that starts like a formula gets a leading apostrophe, the
 * prefix OWASP recommends, which Excel, LibreOffice and Google Sheets all read as "this is text".
 */
export function neutraliseCell(value: string): string {
  return value.length > 0 && FORMULA_TRIGGERS.has(value[0]) ? `'${value}` : value;
}

export type CsvCell = string | number | boolean | null | undefined;

/**
 * Every CSV the product writes goes through here: a byte-order mark so that spreadsheets read the
 * file as UTF-8 (names in any script survive a double-click), a header row, and text cells neutralised.
 * Numbers are written as numbers: a count is never a formula.
 */
export function safeCsv(columns: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return stringify(
    rows.map((row) => row.map((cell) => cell ?? '')),
    {
      bom: true,
      header: true,
      columns: columns.map((column) => neutraliseCell(column)),
      cast: { string: neutraliseCell },
    },
  );
}
