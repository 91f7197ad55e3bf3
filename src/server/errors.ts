import type { ApolloServerPlugin } from '@apollo/server';
import type { ErrorRequestHandler } from 'express';
import type { GraphQLFormattedError } from 'graphql';

import { ErrorCode } from '../errors';
import type { Context } from '../graphql/context';

/** Codes whose messages are written for clients and may be shown as they are. */
const PUBLIC_CODES = new Set<string>([
  ErrorCode.BAD_USER_INPUT,
  ErrorCode.NOT_FOUND,
  ErrorCode.UNAUTHENTICATED,
  ErrorCode.FORBIDDEN,
  ErrorCode.CONFLICT,
  ErrorCode.UNAVAILABLE,
  ErrorCode.TIMEOUT,
  ErrorCode.QUERY_TOO_LARGE,
  ErrorCode.PERSISTED_QUERY_NOT_IN_LIST,
  ErrorCode.QUERY_NOT_IN_SAFELIST,
  'QUERY_TOO_COSTLY',
  'RATE_LIMITED',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/** Whether an error's message is meant for clients (its code is one of ours or GraphQL's). */
export function isPublic(formatted: GraphQLFormattedError): boolean {
  return PUBLIC_CODES.has(String(formatted.extensions?.code ?? ErrorCode.INTERNAL_SERVER_ERROR));
}

/**
 * Apollo's formatError: errors meant for clients pass through (without stack traces in
 * production); anything else (a driver message, a bug) is answered as a plain
 * INTERNAL_SERVER_ERROR, so no Cypher, hostname or driver text reaches a client. The original is
 * logged with the request id by errorLoggingPlugin; the response carries that id in
 * `extensions.queryStats.requestId`.
 */
export function formatError(production: boolean) {
  return (formatted: GraphQLFormattedError): GraphQLFormattedError => {
    if (isPublic(formatted)) {
      if (!production) return formatted;
      const { stacktrace: _s, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    return {
      message: 'Internal server error; the server log has the details (quote the requestId).',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    };
  };
}

/** Logs every error that clients will only see masked, with the request id, never the caller's key. */
export function errorLoggingPlugin(
  log: (line: string, error: unknown, fields: { requestId: string }) => void = (l, e) => console.error(l, e),
): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue }) {
          for (const error of errors) {
            const code = String(error.extensions?.code ?? ErrorCode.INTERNAL_SERVER_ERROR);
            if (PUBLIC_CODES.has(code)) continue;
            log(`helixgraph: internal error (request ${contextValue.requestId}):`, error.originalError ?? error, { requestId: contextValue.requestId });
          }
        },
      };
    },
  };
}

/**
 * The answer to an error before GraphQL (a body too large, malformed JSON, a failure of the HTTP
 * layer): a JSON error, never an HTML page. Anything but the first two is logged.
 */
export function httpErrorAnswer(err: unknown): { status: number; body: { errors: Array<{ message: string; extensions: { code: string } }> } } {
  const e = err as { type?: string; status?: number; limit?: number };
  if (e.type === 'entity.too.large') {
    return { status: 413, body: { errors: [{ message: `The request body is larger than ${e.limit} bytes.`, extensions: { code: 'PAYLOAD_TOO_LARGE' } }] } };
  }
  if (e.type === 'entity.parse.failed') {
    return { status: 400, body: { errors: [{ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } }] } };
  }
  console.error('helixgraph: HTTP error:', err);
  return { status: e.status && e.status >= 400 && e.status < 500 ? e.status : 500, body: { errors: [{ message: 'The request could not be processed.', extensions: { code: 'BAD_REQUEST' } }] } };
}

/** Express errors before a route answers (a body too large, malformed JSON), as httpErrorAnswer. */
export const requestErrorHandler: ErrorRequestHandler = (err, _req, res, next) => {
  if (res.headersSent) return next(err);
  const { status, body } = httpErrorAnswer(err);
  res.status(status).json(body);
};
