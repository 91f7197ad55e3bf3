import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';

import type { Context } from '../graphql/context';
import type { Budget } from './budget';
import { estimateCharge, estimateNodes } from './cost';
import type { StoreSize } from './fieldWeights';

export interface LimitsOptions {
  /** Largest node estimate one operation may have. */
  maxNodes: number;
  /** The per-client budget of node estimate per minute, in memory or shared (undefined: no budget). */
  budget?: Budget;
  /** The store's size as last seen, for the fields whose work grows with it (default: unknown). */
  storeSize?: () => StoreSize;
}

/**
 * Refuses, after parsing and validation but before any resolver runs (so before any Cypher), an
 * operation whose node estimate exceeds `maxNodes` (QUERY_TOO_COSTLY, 400), or whose charge (the
 * node estimate plus the declared work of its fields, FIELD_WEIGHTS) exceeds what remains of the
 * client's budget for this minute (RATE_LIMITED, 429), and answers every request with RateLimit headers.
 */
export function limitsPlugin(options: LimitsOptions): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      let headers: Record<string, string> = {};
      return {
        async didResolveOperation({ schema, document, operation, request, contextValue }) {
          if (!operation) return;
          const cost = Math.max(1, estimateNodes(schema, document, operation, request.variables ?? {}));
          contextValue.stats.cost = cost;
          if (cost > options.maxNodes) {
            throw new GraphQLError(`This query could return up to ${cost} nodes; the limit is ${options.maxNodes}. Ask for smaller pages (first) or fewer nested lists.`, {
              extensions: { code: 'QUERY_TOO_COSTLY', cost, limit: options.maxNodes, http: { status: 400 } },
            });
          }
          if (!options.budget) return;
          // The budget charges the declared work of the fields too (FIELD_WEIGHTS: gaps rebuilds the
          // actor network), never more than a full minute's budget, so every query can run once.
          const charge = Math.min(options.budget.perMinute, Math.max(cost, estimateCharge(schema, document, operation, request.variables ?? {}, options.storeSize?.())));
          const taken = await options.budget.take(contextValue.clientId, charge);
          headers = {
            'ratelimit-limit': String(options.budget.perMinute),
            'ratelimit-remaining': String(taken.remaining),
            'ratelimit-reset': String(taken.resetSeconds),
          };
          if (!taken.allowed) {
            throw new GraphQLError(`Rate limit: this query costs ${charge} and ${taken.remaining} of your ${options.budget.perMinute} per minute remain; retry in ${taken.resetSeconds} s.`, {
              extensions: { code: 'RATE_LIMITED', cost: charge, retryAfterSeconds: taken.resetSeconds, http: { status: 429, headers: new Map([['retry-after', String(taken.resetSeconds)]]) } },
            });
          }
        },
        async willSendResponse({ response }) {
          for (const [k, v] of Object.entries(headers)) response.http.headers.set(k, v);
        },
      };
    },
  };
}
