import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestHandler } from 'express';
import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';

import type { Context } from '../graphql/context';

/** Operation names kept as label values; past this many distinct names, a request counts as `other`. */
export const MAX_OPERATION_NAMES = 200;
const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

/** The Prometheus metrics of one server, in a registry of its own (several servers may share a process). */
export interface Metrics {
  registry: Registry;
  requests: Counter<'operation' | 'outcome'>;
  duration: Histogram<'operation' | 'outcome'>;
  roundTrips: Histogram<'operation'>;
  errors: Counter<'code'>;
  /** The label a request's operation name gets: the name, `anonymous`, or `other`. */
  operationLabel(name: string | null | undefined): string;
}

/**
 * Builds the metrics: GraphQL requests and their latency by operation and outcome, Neo4j round
 * trips per request, errors by code, and the process metrics prom-client collects (CPU, memory,
 * event-loop lag, GC). Operation names come from clients, so they are label values only when they
 * are well formed and among the first MAX_OPERATION_NAMES seen: a client cannot blow up the
 * number of series.
 */
export function createMetrics(): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'helixgraph_' });
  const requests = new Counter({
    name: 'helixgraph_graphql_requests_total',
    help: 'GraphQL requests answered, by operation name and outcome (ok: no error; error: any error).',
    labelNames: ['operation', 'outcome'] as const,
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'helixgraph_graphql_request_duration_seconds',
    help: 'Time from the start of a GraphQL request to its response, by operation name and outcome.',
    labelNames: ['operation', 'outcome'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [registry],
  });
  const roundTrips = new Histogram({
    name: 'helixgraph_neo4j_round_trips',
    help: 'Cypher statements sent to Neo4j to answer one GraphQL request, by operation name.',
    labelNames: ['operation'] as const,
    buckets: [0, 1, 2, 3, 4, 6, 8, 12, 20, 50],
    registers: [registry],
  });
  const errors = new Counter({
    name: 'helixgraph_graphql_errors_total',
    help: 'GraphQL errors answered, by extensions.code (INTERNAL_SERVER_ERROR for unexpected ones).',
    labelNames: ['code'] as const,
    registers: [registry],
  });
  const seen = new Set<string>();
  const operationLabel = (name: string | null | undefined) => {
    if (!name) return 'anonymous';
    if (!OPERATION_NAME.test(name)) return 'other';
    if (!seen.has(name)) {
      if (seen.size >= MAX_OPERATION_NAMES) return 'other';
      seen.add(name);
    }
    return name;
  };
  return { registry, requests, duration, roundTrips, errors, operationLabel };
}

/** Records every GraphQL request in `metrics`: count, latency, round trips and error codes. */
export function metricsPlugin(metrics: Metrics): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse({ response, contextValue, operationName, errors }) {
          const operation = metrics.operationLabel(operationName);
          // The answered (formatted) errors carry the public code; request-level errors may have none yet.
          const found = (response.body.kind === 'single' ? response.body.singleResult.errors : undefined) ?? errors ?? [];
          const outcome = found.length > 0 ? 'error' : 'ok';
          const seconds = Number(process.hrtime.bigint() - started) / 1e9;
          metrics.requests.inc({ operation, outcome });
          metrics.duration.observe({ operation, outcome }, seconds);
          metrics.roundTrips.observe({ operation }, contextValue?.stats?.roundTrips ?? 0);
          for (const e of found) {
            const code = (e.extensions as { code?: unknown } | undefined)?.code;
            metrics.errors.inc({ code: typeof code === 'string' && /^[A-Z_]{1,64}$/.test(code) ? code : 'INTERNAL_SERVER_ERROR' });
          }
        },
      };
    },
  };
}

/** GET /metrics: the registry in Prometheus' text format. */
export function metricsRoute(metrics: Metrics): RequestHandler {
  return async (_req, res, next) => {
    try {
      res.set('Content-Type', metrics.registry.contentType);
      res.set('Cache-Control', 'no-store');
      res.send(await metrics.registry.metrics());
    } catch (err) {
      next(err);
    }
  };
}
