import type { ApolloServerPlugin } from '@apollo/server';

import type { Context } from '../graphql/context';

/**
 * Adds `extensions.queryStats = { roundTrips, requestId }` to every response: how many Cypher
 * statements answering it took. Benchmarks and the round-trip test read it; it reveals nothing
 * about the data.
 */
export function queryStatsPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single') return;
          response.body.singleResult.extensions = {
            ...response.body.singleResult.extensions,
            queryStats: { roundTrips: contextValue.stats.roundTrips, requestId: contextValue.requestId },
          };
        },
      };
    },
  };
}
