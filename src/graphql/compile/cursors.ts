import { BadInputError } from '../../errors';

/**
 * Keyset cursors: a cursor names the position of an item in its list's order (its sort key and
 * id), not its offset, so a page starts after that item however many items were added or removed
 * before it while a client paged. Opaque to clients (base64url of `hg2:` and JSON).
 */

/** Longest cursor accepted (a relationship cursor holds a name, an id and a relationship id). */
const MAX_CURSOR = 1024;

/** A position in a relationship list: [type, case-folded name, id, relationship element id]. */
export type RelationPosition = [string, string, string, string];

/** A position in a root list ordered by `sort`: the item's sort key (null sorts last) and id. */
export interface ListPosition {
  sort: string;
  descending: boolean;
  key: string | number | null;
  id: string;
}

function encode(value: unknown): string {
  return Buffer.from(`hg2:${JSON.stringify(value)}`, 'utf8').toString('base64url');
}

function decode(cursor: string, argument: string): unknown {
  const refuse = () => new BadInputError(argument, cursor.length > 40 ? `${cursor.slice(0, 40)}…` : cursor, 'is not a cursor returned by this API (use pageInfo.endCursor)');
  if (typeof cursor !== 'string' || cursor.length === 0 || cursor.length > MAX_CURSOR || !/^[A-Za-z0-9_-]+$/.test(cursor)) throw refuse();
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!text.startsWith('hg2:') || encode(safeParse(text.slice(4))) !== cursor) throw refuse();
  return JSON.parse(text.slice(4));
}

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return Symbol('invalid');
  }
}

export function encodeRelationCursor(position: RelationPosition): string {
  return encode(position);
}

/** The position a relationship cursor names; BAD_USER_INPUT naming `argument` for anything else. */
export function decodeRelationCursor(cursor: string, argument = 'after'): RelationPosition {
  const value = decode(cursor, argument);
  if (!Array.isArray(value) || value.length !== 4 || !value.every((x) => typeof x === 'string')) {
    throw new BadInputError(argument, cursor, 'is not a cursor of a relationship list (use pageInfo.endCursor of this field)');
  }
  return value as RelationPosition;
}

export function encodeListCursor(position: ListPosition): string {
  return encode([position.sort, position.descending, position.key, position.id]);
}

/**
 * The position a list cursor names. A cursor of the same list in another order is refused: its
 * position means nothing there.
 */
export function decodeListCursor(cursor: string, sort: string, descending: boolean, argument = 'after'): ListPosition {
  const value = decode(cursor, argument);
  const ok =
    Array.isArray(value) &&
    value.length === 4 &&
    typeof value[0] === 'string' &&
    typeof value[1] === 'boolean' &&
    (value[2] === null || typeof value[2] === 'string' || typeof value[2] === 'number') &&
    typeof value[3] === 'string';
  if (!ok) throw new BadInputError(argument, cursor, 'is not a cursor of a list (use pageInfo.endCursor of this field)');
  if (value[0] !== sort || value[1] !== descending) {
    throw new BadInputError(argument, cursor, `is a cursor of this list sorted by ${value[0]} ${value[1] ? 'DESC' : 'ASC'}; ask with the same orderBy, or start again without after`);
  }
  return { sort, descending, key: value[2] as ListPosition['key'], id: value[3] as string };
}
