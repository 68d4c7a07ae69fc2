import { ClassType, Field, ObjectType } from 'type-graphql';
import { isCalendarDate } from './clock';
import { fieldError, invalidInput } from './errors';
import { message } from './messages';
import { isId } from './ids';

export const MAX_PAGE_SIZE = 100;

@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

/** Validates a requested page size against the global cap. */
export function pageSize(first: number): number {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw invalidInput([fieldError('first', 'INVALID_FORMAT', message('field.pageSize', { max: MAX_PAGE_SIZE }))]);
  }
  return first;
}

/** Opaque keyset cursors: base64url JSON of the sort key values. */
export function encodeCursor(key: unknown[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function decodeCursor(cursor: string, arity: number): unknown[] {
  try {
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(key) && key.length === arity) return key;
  } catch {
    // fall through to the input error
  }
  throw invalidCursor();
}

/**
 * An instant as `timeCursor` writes it, in years PostgreSQL can store: JavaScript also parses
 * `+275760-09-13T00:00:00Z`, which the database would refuse with an internal error.
 */
const CURSOR_INSTANT = /^[1-9]\d{3}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** A cursor of (timestamp, id), the key of every "newest first" list; anything else is refused. */
export function decodeTimeCursor(cursor: string): [at: string, id: string] {
  const [at, id] = decodeCursor(cursor, 2);
  if (typeof at !== 'string' || !CURSOR_INSTANT.test(at) || Number.isNaN(Date.parse(at)) || !isId(id))
    throw invalidCursor();
  return [at, id];
}

/** A cursor of (calendar date, id), the key of lists ordered by a due or meeting date. */
export function decodeDateCursor(cursor: string): [date: string, id: string] {
  const [date, id] = decodeCursor(cursor, 2);
  if (typeof date !== 'string' || !isCalendarDate(date) || date < '1000' || !isId(id)) throw invalidCursor();
  return [date, id];
}

export const timeCursor = (at: Date, id: string): string => encodeCursor([at.toISOString(), id]);

export const invalidCursor = () =>
  invalidInput([fieldError('after', 'INVALID_FORMAT', message('field.cursorInvalid'))]);

export interface Page<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
}

/** Builds a page from rows fetched with limit first+1 (the extra row signals a next page). */
export function toPage<T>(rows: T[], first: number, cursorOf: (row: T) => string): Page<T> {
  const nodes = rows.slice(0, first);
  const edges = nodes.map((node) => ({ cursor: cursorOf(node), node }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
  };
}

/** Declares the GraphQL Connection/Edge pair for a node type. */
export function Connection<T extends object>(node: ClassType<T>) {
  @ObjectType(`${node.name}Edge`)
  class Edge {
    @Field()
    cursor!: string;

    @Field(() => node)
    node!: T;
  }

  // Not a schema type by itself: each `@ObjectType() class XConnection extends Connection(X)` is.
  @ObjectType(`${node.name}ConnectionBase`)
  abstract class ConnectionType {
    @Field(() => [Edge])
    edges!: Edge[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;
  }
  return ConnectionType;
}
