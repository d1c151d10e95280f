import type { RequestTransaction } from '../database/request-transaction.js';
import { BadUserInputError } from './errors.js';
import { inputProblem } from './input-problem-messages.js';
import type { Connection } from './pagination.js';

export const MAX_PAGE_SIZE = 100;

/**
 * Keyset cursors over (sort key, id): stable while rows are added, cheap with an index. The key is the
 * sort column as text (a timestamp with its full precision, a lowercased name, a date).
 */
export interface KeysetCursor {
  key: string;
  id: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function encodeCursor(cursor: KeysetCursor): string {
  return Buffer.from(JSON.stringify([cursor.key, cursor.id])).toString('base64url');
}

export function decodeCursor(after: string | null | undefined, field = 'after'): KeysetCursor | null {
  if (!after) return null;
  try {
    const [key, id] = JSON.parse(Buffer.from(after, 'base64url').toString('utf8')) as unknown[];
    if (typeof key === 'string' && typeof id === 'string' && UUID.test(id)) return { key, id };
  } catch {
    // fall through to the error below
  }
  throw new BadUserInputError([inputProblem(field, 'INVALID_CURSOR')]);
}

export function pageSize(first: number, field = 'first'): number {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw new BadUserInputError([inputProblem(field, 'OUT_OF_RANGE', { min: 1, max: MAX_PAGE_SIZE })]);
  }
  return first;
}

/** An edge whose cursor is encoded only when asked for: most pages read `pageInfo.endCursor` alone. */
class KeysetEdge<Node> {
  constructor(
    readonly node: Node,
    private readonly at: KeysetCursor,
  ) {}

  get cursor(): string {
    return encodeCursor(this.at);
  }
}

/**
 * Builds the connection from `limit + 1` rows fetched in order, each with its `cursorAt` sort key; each
 * node is the row as `present` makes it.
 */
export function toConnection<Row extends { id: string; cursorAt: string }, Node = Row>(
  rows: Row[],
  limit: number,
  totalCount: number,
  present: (row: Row) => Node = (row) => row as unknown as Node,
): Connection<Node> {
  const page = rows.slice(0, limit);
  const edges = page.map((row) => new KeysetEdge(present(row), { key: row.cursorAt, id: row.id }));
  const last = page.at(-1);
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > limit,
      endCursor: last ? encodeCursor({ key: last.cursorAt, id: last.id }) : null,
    },
    totalCount,
  };
}

/** The order of a list: by a sort key, then by id between equal keys, both the same direction. */
export interface KeysetOrder {
  /** The sort key over the list's aliases, e.g. `n.created_at` or `lower(c.name)`. */
  key: string;
  /** What the key holds; its cursor text follows from it. */
  type: 'timestamptz' | 'date' | 'text';
  /** The id column, e.g. `n.id`. */
  id: string;
  direction: 'ASC' | 'DESC';
}

/** Newest first by `created_at`: the order of most lists. */
export const newestFirst = (alias: string): KeysetOrder => ({
  key: `${alias}.created_at`,
  type: 'timestamptz',
  id: `${alias}.id`,
  direction: 'DESC',
});

/**
 * The key as cursor text: a timestamp with its full microsecond precision in UTC (a JavaScript Date would
 * round it to milliseconds and repeat rows made in one transaction), a date as YYYY-MM-DD, text as it is.
 */
function cursorText(order: KeysetOrder): string {
  if (order.type === 'timestamptz')
    return `to_char(${order.key} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
  if (order.type === 'date') return `to_char(${order.key}, 'YYYY-MM-DD')`;
  return order.key;
}

export interface KeysetList {
  /** The columns of a row; the cursor key is added as `cursorAt`. */
  columns: string;
  /** `<tables> WHERE <conditions>`: every row of the list, as `totalCount` counts them. */
  from: string;
  /** The parameters `from` refers to. */
  params: readonly unknown[];
  order: KeysetOrder;
  first: number;
  after: string | null | undefined;
}

/**
 * One page of a list by keyset: the rows after the cursor in the list's order (one more than asked, to
 * know whether another page follows) and the list's total count, as a connection.
 */
export async function keysetPage<Row extends { id: string }, Node = Row>(
  db: RequestTransaction,
  list: KeysetList,
  present?: (row: Row & { cursorAt: string }) => Node,
): Promise<Connection<Node>> {
  const limit = pageSize(list.first);
  const cursor = decodeCursor(list.after);
  const { order } = list;
  const params = [...list.params];
  let page = list.from;
  if (cursor) {
    params.push(cursor.key, cursor.id);
    const comparison = order.direction === 'DESC' ? '<' : '>';
    page += ` AND (${order.key}, ${order.id}) ${comparison} ($${params.length - 1}::${order.type}, $${params.length}::uuid)`;
  }
  params.push(limit + 1);
  const manager = await db.manager();
  const rows: (Row & { cursorAt: string })[] = await manager.query(
    `SELECT ${list.columns}, ${cursorText(order)} AS "cursorAt" FROM ${page}
      ORDER BY ${order.key} ${order.direction}, ${order.id} ${order.direction} LIMIT $${params.length}`,
    params,
  );
  const [{ count }]: { count: number }[] = await manager.query(
    `SELECT count(*)::int AS count FROM ${list.from}`,
    list.params as unknown[],
  );
  return toConnection(rows, limit, count, present);
}
