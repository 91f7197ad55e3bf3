import { GraphQLError } from 'graphql';

/** The `extensions.code` values helixgraph answers with. */
export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  NOT_FOUND = 'NOT_FOUND',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  UNAVAILABLE = 'UNAVAILABLE',
  TIMEOUT = 'TIMEOUT',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
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

/** The database cannot be reached (down, restarting, network). Retry later. */
export class UnavailableError extends GraphQLError {
  constructor() {
    super('The database is unavailable; retry in a few seconds.', { extensions: { code: ErrorCode.UNAVAILABLE } });
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
