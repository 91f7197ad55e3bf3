import { GraphQLError } from 'graphql';

/** The `extensions.code` values helixgraph answers with. */
export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  BAD_REQUEST = 'BAD_REQUEST',
  NOT_FOUND = 'NOT_FOUND',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  /** The write would undo or contradict a later recorded change (a restore): the message names it. */
  CONFLICT = 'CONFLICT',
  UNAVAILABLE = 'UNAVAILABLE',
  TIMEOUT = 'TIMEOUT',
  QUERY_TOO_LARGE = 'QUERY_TOO_LARGE',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
  /** A document id no trusted-document manifest has (the code of Apollo's GraphOS Router safelisting). */
  PERSISTED_QUERY_NOT_IN_LIST = 'PERSISTED_QUERY_NOT_IN_LIST',
  /** A document sent as text to a server that runs only its trusted documents (GraphOS Router's code). */
  QUERY_NOT_IN_SAFELIST = 'QUERY_NOT_IN_SAFELIST',
}

/**
 * A wrong argument: names the argument, the bad value and the rule, so the caller can fix the
 * request without reading our code. Raised before any database work.
 */
export class BadInputError extends GraphQLError {
  constructor(argument: string, value: unknown, rule: string) {
    super(`Argument "${argument}" ${rule}; got ${JSON.stringify(value)}.`, {
      extensions: { code: ErrorCode.BAD_USER_INPUT, argument },
    });
  }
}

/** The request header that carries a client's bookmarks (and the name errors about them use). */
export const BOOKMARKS_HEADER = 'x-helixgraph-bookmarks';

/**
 * Bookmarks a client sent that are not bookmarks: malformed (refused before any database work) or
 * not issued by this database (refused by Neo4j). A 400: sending them again fails again.
 */
export class BadBookmarksError extends GraphQLError {
  constructor(reason: string) {
    super(`Header ${BOOKMARKS_HEADER} ${reason}. Send back exactly the strings of a response's extensions.bookmarks, comma-separated, or no header.`, {
      extensions: { code: ErrorCode.BAD_REQUEST, header: BOOKMARKS_HEADER, http: { status: 400 } },
    });
  }
}

/** The database cannot be reached (down, restarting, network). Retry later. */
export class UnavailableError extends GraphQLError {
  constructor(message = 'The database is unavailable; retry in a few seconds.') {
    super(message, { extensions: { code: ErrorCode.UNAVAILABLE } });
  }
}

/**
 * The work needed more memory than the database allows one transaction (Neo4j's
 * db.memory.transaction.max): the same request will fail again; a smaller one may not.
 */
export class QueryTooLargeError extends GraphQLError {
  constructor() {
    super('The query needed more memory than the database allows one transaction; ask for less (smaller first, fewer hops or ids).', {
      extensions: { code: ErrorCode.QUERY_TOO_LARGE },
    });
  }
}

/** The database work took longer than the configured transaction timeout and was cancelled. */
export class TimeoutError extends GraphQLError {
  constructor() {
    super('The query took too long and was cancelled; narrow it (smaller first, fewer hops).', {
      extensions: { code: ErrorCode.TIMEOUT },
    });
  }
}
