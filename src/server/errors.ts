import type { GraphQLFormattedError } from 'graphql';

import { ErrorCode } from '../errors';

/** Codes whose messages are written for clients and may be shown as they are. */
const PUBLIC_CODES = new Set<string>([
  ErrorCode.BAD_USER_INPUT,
  ErrorCode.NOT_FOUND,
  ErrorCode.UNAUTHENTICATED,
  ErrorCode.FORBIDDEN,
  ErrorCode.UNAVAILABLE,
  ErrorCode.TIMEOUT,
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * Apollo's formatError: errors meant for clients pass through (without stack traces in
 * production); anything else (a driver message, a bug) is logged with the request id and answered
 * as a plain INTERNAL_SERVER_ERROR, so no Cypher, hostname or driver text reaches a client.
 */
export function formatError(production: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = String(formatted.extensions?.code ?? ErrorCode.INTERNAL_SERVER_ERROR);
    if (PUBLIC_CODES.has(code)) {
      if (!production) return formatted;
      const { stacktrace: _s, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    console.error('helixgraph: internal error:', (error as { originalError?: unknown })?.originalError ?? error);
    return {
      message: 'Internal server error; the server log has the details.',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    };
  };
}
