import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { StringDecoder } from 'node:string_decoder';
import { parse } from 'csv-parse';
import type { EntityManager } from 'typeorm';
import {
  looksLikeBinaryFile,
  MAX_IMPORT_BYTES,
  MAX_IMPORT_MEGABYTES,
  MAX_IMPORT_ROWS,
} from '@rebound/domain';
import { AppError, BadUserInputError } from '../../common/errors.js';

/** Rows stored per INSERT while an upload streams in: memory holds one batch, never the file. */
export const STAGE_BATCH_ROWS = 2_000;
/** The start of a file that is checked for the bytes of an image or another binary file. */
const SAMPLE_BYTES = 64 * 1024;

/** A file over the byte limit: refused as soon as the limit is passed (HTTP 413 at the upload endpoint). */
export class FileTooLargeError extends BadUserInputError {
  constructor(path: string) {
    super([
      {
        path,
        code: 'IMPORT_FILE_TOO_LARGE',
        params: { megabytes: MAX_IMPORT_MEGABYTES },
        message: `Files are at most ${MAX_IMPORT_MEGABYTES} MB.`,
      },
    ]);
  }
}

export interface StagedFile {
  headers: string[];
  rows: number;
}

interface StagedRow {
  ordinal: number;
  line: number;
  cells: string[];
}

const unreadable = (path: string) =>
  new BadUserInputError([
    {
      path,
      code: 'IMPORT_FILE_NOT_CSV',
      message:
        'This file is not a CSV: it looks like an image or another binary file. Save the sheet as CSV and upload that.',
    },
  ]);

/**
 * The bytes of an upload, counted and checked as they pass: more than the limit stops the upload there,
 * and a NUL byte anywhere or a binary-looking start refuses it before a row is parsed.
 */
async function* checkedBytes(
  source: AsyncIterable<Buffer | string> | Iterable<Buffer | string>,
  path: string,
): AsyncGenerator<Buffer> {
  let bytes = 0;
  let held: Buffer[] = [];
  let heldBytes = 0;
  const decoder = new StringDecoder('utf8');
  for await (const chunk of source) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    bytes += buffer.length;
    if (bytes > MAX_IMPORT_BYTES) throw new FileTooLargeError(path);
    if (buffer.includes(0)) throw unreadable(path);
    if (held.length || heldBytes < SAMPLE_BYTES) {
      held.push(buffer);
      heldBytes += buffer.length;
      if (heldBytes < SAMPLE_BYTES) continue;
      if (looksLikeBinaryFile(decoder.write(Buffer.concat(held)))) throw unreadable(path);
      yield* held;
      held = [];
      continue;
    }
    yield buffer;
  }
  if (held.length) {
    if (looksLikeBinaryFile(decoder.write(Buffer.concat(held)) + decoder.end())) throw unreadable(path);
    yield* held;
  }
}

/**
 * Streams a CSV into `candidate_import_rows`, header first (returned, not stored as a row): one batch of
 * rows in memory at a time, each batch one multi-row INSERT on the caller's transaction, so a refused
 * or broken file leaves nothing once the caller rolls back. `path` names the input in errors.
 */
export async function stageCsvRows(
  manager: EntityManager,
  orgId: string,
  importId: string,
  source: AsyncIterable<Buffer | string> | Iterable<Buffer | string>,
  path: string,
): Promise<StagedFile> {
  const parser = parse({ bom: true, relax_column_count: true, skip_empty_lines: true, info: true });
  const feeding = pipeline(Readable.from(checkedBytes(source, path)), parser);
  // Its failure surfaces through the parser below; this keeps it from being reported as unhandled.
  feeding.catch(() => undefined);
  let headers: string[] | null = null;
  let rows = 0;
  let batch: StagedRow[] = [];
  const flush = async () => {
    if (!batch.length) return;
    const rowsJson = JSON.stringify(batch);
    batch = [];
    await manager.query(
      `INSERT INTO candidate_import_rows (organization_id, import_id, ordinal, line, cells)
       SELECT $1, $2, r.ordinal, r.line, r.cells
         FROM jsonb_to_recordset($3::jsonb) AS r (ordinal integer, line integer, cells text[])`,
      [orgId, importId, rowsJson],
    );
  };
  try {
    for await (const { record, info } of parser as AsyncIterable<{
      record: string[];
      info: { lines: number };
    }>) {
      if (!headers) {
        headers = record.map((cell) => cell.trim());
        continue;
      }
      rows += 1;
      if (rows > MAX_IMPORT_ROWS) {
        throw new BadUserInputError([
          {
            path,
            code: 'IMPORT_FILE_TOO_MANY_ROWS',
            params: { limit: MAX_IMPORT_ROWS },
            message: `Import at most ${MAX_IMPORT_ROWS.toLocaleString('en')} candidates at a time.`,
          },
        ]);
      }
      batch.push({ ordinal: rows, line: info.lines, cells: record });
      if (batch.length === STAGE_BATCH_ROWS) await flush();
    }
    await flush();
    await feeding;
  } catch (error) {
    parser.destroy();
    if (error instanceof AppError) throw error;
    const line = (error as { lines?: number; code?: string }).lines;
    if (!(error as { code?: string }).code?.startsWith('CSV_')) throw error;
    // The parser's own message quotes the offending bytes: say where, never what.
    throw new BadUserInputError([
      line
        ? {
            path,
            code: 'IMPORT_FILE_BAD_LINE',
            params: { line },
            message: `Line ${line} of the file cannot be read as CSV (a quote left open, or a stray quote). Fix it in the sheet and upload it again.`,
          }
        : {
            path,
            code: 'IMPORT_FILE_UNREADABLE',
            message: 'The file cannot be read as CSV. Save the sheet as CSV and upload it again.',
          },
    ]);
  }
  if (!headers || rows === 0) {
    throw new BadUserInputError([
      { path, code: 'IMPORT_FILE_EMPTY', message: 'The file needs a header row and at least one candidate.' },
    ]);
  }
  return { headers, rows };
}
