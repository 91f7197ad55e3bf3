import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';

import { BadInputError } from '../errors';

export const DEFAULT_FIRST = 20;
export const MAX_FIRST = 100;
/** The deepest offset a cursor may point at; deeper pages should narrow their filters. */
export const MAX_OFFSET = 1_000_000;

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: `How many items to return, 1 to ${MAX_FIRST} (default ${DEFAULT_FIRST}).` })
  first?: number;

  @Field(() => String, { nullable: true, description: 'Return the items after this cursor (an `endCursor` from a previous page).' })
  after?: string;
}

/** A validated page request: where to start and how many to return. */
export interface Page {
  offset: number;
  limit: number;
}

/** Encodes the position after item `offset` as an opaque cursor. */
export function encodeCursor(offset: number): string {
  return Buffer.from(`hg1:${offset}`, 'utf8').toString('base64url');
}

/** Decodes a cursor made by encodeCursor; throws BAD_USER_INPUT naming `argument` otherwise. */
export function decodeCursor(cursor: string, argument = 'after'): number {
  const text = cursor.length <= 64 ? Buffer.from(cursor, 'base64url').toString('utf8') : '';
  const m = /^hg1:(\d{1,7})$/.exec(text);
  const offset = m ? Number(m[1]) : NaN;
  if (!Number.isInteger(offset) || offset < 0 || offset > MAX_OFFSET || encodeCursor(offset) !== cursor) {
    throw new BadInputError(argument, cursor, 'is not a cursor returned by this API (use pageInfo.endCursor)');
  }
  return offset;
}

/**
 * Validates `first`/`after` before any database work: `first` must be 1..MAX_FIRST, `after` a cursor
 * this API made. Returns the offset of the first item and the page size.
 */
export function toPage(args: { first?: number | null; after?: string | null }, max = MAX_FIRST): Page {
  const first = args.first ?? DEFAULT_FIRST;
  if (!Number.isInteger(first) || first < 1 || first > max) {
    throw new BadInputError('first', args.first, `must be an integer from 1 to ${max}`);
  }
  const offset = args.after === undefined || args.after === null ? 0 : decodeCursor(args.after) + 1;
  return { offset, limit: first };
}

@ObjectType({ simpleResolvers: true, description: 'Where a page sits in its list (Relay).' })
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => Boolean)
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true })
  startCursor!: string | null;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

/** The value a connection field resolves to; `totalCount` is only run when selected. */
export interface ConnectionValue<T> {
  edges: Array<{ cursor: string; node: T }>;
  nodes: T[];
  pageInfo: PageInfo;
  readonly totalCount: Promise<number> | number;
}

/**
 * Builds a connection from a page of items fetched with one extra item (limit + 1) to learn
 * whether another page follows, and a total that is computed only if the client asks for it.
 */
export function toConnection<T>(itemsPlusOne: T[], page: Page, total: () => Promise<number> | number): ConnectionValue<T> {
  const items = itemsPlusOne.slice(0, page.limit);
  const edges = items.map((node, i) => ({ cursor: encodeCursor(page.offset + i), node }));
  return {
    edges,
    nodes: items,
    pageInfo: {
      hasNextPage: itemsPlusOne.length > page.limit,
      hasPreviousPage: page.offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    // A getter: GraphQL reads it only when `totalCount` is selected, so the count query runs only then.
    get totalCount() {
      return total();
    },
  };
}

const connections = new Map<string, ClassType>();

/**
 * The Relay connection type for items of `itemType`, named `${name}Connection` with its
 * `${name}Edge`. Made once per name.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function Connection(itemType: () => any, name: string): ClassType {
  const existing = connections.get(name);
  if (existing) return existing;

  @ObjectType(`${name}Edge`, { simpleResolvers: true })
  class Edge {
    @Field(() => String)
    cursor!: string;

    @Field(itemType)
    node!: unknown;
  }

  @ObjectType(`${name}Connection`, { simpleResolvers: true, description: `A page of ${name} items (Relay cursor connection).` })
  class ConnectionType {
    @Field(() => [Edge])
    edges!: Edge[];

    @Field(() => [itemType()], { description: 'The items of this page (the same as edges.node).' })
    nodes!: unknown[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'How many items the whole list holds (computed only when selected).' })
    totalCount!: number;
  }

  connections.set(name, ConnectionType);
  return ConnectionType;
}
