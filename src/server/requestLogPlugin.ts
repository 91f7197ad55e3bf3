import type { ApolloServerPlugin } from '@apollo/server';

import type { Context } from '../graphql/context';
import type { Logger } from './logger';

/**
 * One log record per GraphQL request: its request id (the one the response carries in
 * `extensions.queryStats.requestId`), operation name, outcome, the error codes, the time taken and
 * the Neo4j round trips. Never the document's variables or the caller's key.
 */
export function requestLogPlugin(logger: Logger): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse({ response, contextValue, operationName }) {
          const errors = (response.body.kind === 'single' ? response.body.singleResult.errors : undefined) ?? [];
          logger.info('graphql request', {
            requestId: contextValue?.requestId,
            operation: operationName ?? null,
            outcome: errors.length > 0 ? 'error' : 'ok',
            codes: [...new Set(errors.map((e) => String(e.extensions?.code ?? 'INTERNAL_SERVER_ERROR')))],
            ms: Math.round(Number(process.hrtime.bigint() - started) / 1e5) / 10,
            roundTrips: contextValue?.stats?.roundTrips ?? 0,
          });
        },
      };
    },
  };
}
