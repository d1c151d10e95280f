import { Type } from '@nestjs/common';
import { Field, Int, ObjectType } from '@nestjs/graphql';
import { BadUserInputError } from './errors.js';

export const MAX_PAGE_SIZE = 100;

@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** A Relay-style connection type for `Item`, named `<Item>Connection`. */
export function ConnectionType<T>(item: Type<T>, name: string): Type<Connection<T>> {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field()
    cursor!: string;

    @Field(() => item)
    node!: T;
  }

  @ObjectType(`${name}Connection`, { isAbstract: false })
  class ConnectionClass {
    @Field(() => [Edge])
    edges!: Edge[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int)
    totalCount!: number;
  }
  return ConnectionClass as Type<Connection<T>>;
}

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
  throw new BadUserInputError([{ path: field, message: 'This cursor is not one the API gave out.' }]);
}

export function pageSize(first: number, field = 'first'): number {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw new BadUserInputError([{ path: field, message: `Ask for between 1 and ${MAX_PAGE_SIZE} items.` }]);
  }
  return first;
}

/**
 * The keyset column to select alongside each row: `created_at` as text with its full microsecond
 * precision (a JavaScript Date would round it to milliseconds and repeat rows made in one transaction).
 */
export function cursorColumn(alias: string): string {
  return `to_char(${alias}.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS "cursorAt"`;
}

/** Builds the connection from `limit + 1` rows fetched in order, each with its `cursorAt` sort key. */
export function toConnection<T extends { id: string; cursorAt: string }>(
  rows: T[],
  limit: number,
  totalCount: number,
): Connection<T> {
  const page = rows.slice(0, limit);
  const edges = page.map((node) => ({
    cursor: encodeCursor({ key: node.cursorAt, id: node.id }),
    node,
  }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > limit, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount,
  };
}
