import http from 'node:http';
import { createHash, randomUUID } from 'node:crypto';

import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import compression from 'compression';
import express from 'express';
import { GraphQLError, type GraphQLSchema } from 'graphql';

import { AnalyticsCache } from '../analytics/snapshot';
import type { ApiKey, Limits } from '../config';
import type { Executor } from '../db/executor';
import type { EvidenceLevel } from '../domain/model';
import { BOOKMARKS_HEADER, ErrorCode } from '../errors';
import { createContext, type Context } from '../graphql/context';
import type { MeasuresJobs } from '../jobs/measuresJob';
import { armor } from './armor';
import { authenticate, presentedKey } from './auth';
import { bookmarksPlugin, parseBookmarks } from './bookmarks';
import { CostBudget, type Budget } from './budget';
import { corsMiddleware } from './corsMiddleware';
import { errorLoggingPlugin, formatError, requestErrorHandler } from './errors';
import { exportRoute } from './export.route';
import { graphqlHttpHandler, isGraphqlPath } from './graphqlHttp';
import { MAX_JSON_DEPTH } from './jsonDepth';
import { jsonStatusPlugin } from './jsonStatusPlugin';
import { limitsPlugin } from './limitsPlugin';
import { notFoundHandler } from './notFoundHandler';
import type { Logger } from './logger';
import { createMetrics, metricsPlugin, metricsRoute, type Metrics } from './metricsPlugin';
import { requestLogPlugin } from './requestLogPlugin';
import { queryStatsPlugin } from './queryStatsPlugin';
import type { TrustedDocuments } from './trustedDocuments';
import { trustedDocumentsPlugin, type TrustedDocumentsMode } from './trustedDocumentsPlugin';
import { RedisBudget } from './redisBudget';
import { graphiqlRoute, webRoute } from './web.route';

export interface HttpServerOptions {
  schema: GraphQLSchema;
  db: Executor;
  production: boolean;
  introspection: boolean;
  /** Document, cost, budget and body limits (defaults: see config.ts). */
  limits?: Partial<Limits>;
  /** Database transaction timeout (ms): HTTP requests may last a little longer, never less. */
  queryTimeoutMs?: number;
  /** API keys and their roles. */
  apiKeys?: readonly ApiKey[];
  /** `key`: every request needs a valid key; `open`: reads are open to anyone. */
  readAccess?: 'open' | 'key';
  /** The evidence levels answers rest on when a request does not say (default: DEFAULT_EVIDENCE). */
  evidence?: readonly EvidenceLevel[];
  /** Serve GraphiQL at GET /graphql to browsers (default: outside production). */
  graphiql?: boolean;
  /** Where internal errors (and, with a JSON logger, every request) are logged (default: stderr, text). */
  logger?: Logger;
  /** Origins whose pages may call /graphql and /export (`*`: any; default: none). */
  corsOrigins?: readonly string[];
  /** Background recomputes of the network measures (absent: a recompute runs in its request). */
  jobs?: MeasuresJobs;
  /** The dashboards' registered documents, runnable by id; in `only` mode no other document runs. */
  trustedDocuments?: { documents: TrustedDocuments; mode: TrustedDocumentsMode };
  /** A Redis to share the per-client budget through with other API processes (default: in memory). */
  redisUrl?: string;
}

/** The limits used when the caller gives none (the same defaults as config.ts). */
export const DEFAULT_LIMITS: Limits = {
  maxDepth: 12,
  maxAliases: 15,
  maxDirectives: 10,
  maxTokens: 3000,
  maxNodes: 50_000,
  budgetPerMinute: 1_000_000,
  maxBodyBytes: 100_000,
};

export interface HelixServer {
  app: express.Express;
  httpServer: http.Server;
  apollo: ApolloServer<Context>;
  /** Starts listening; resolves with the bound port. */
  listen(port: number, host: string): Promise<number>;
  /** Stops accepting, lets in-flight requests finish, then closes. */
  stop(): Promise<void>;
}

/** How long /ready waits for Neo4j before it answers 503. */
export const READY_TIMEOUT_MS = 2_000;

/** helixgraph's GraphQL layer without its HTTP framework: Apollo and the context of one request. */
export interface GraphqlLayer {
  apollo: ApolloServer<Context>;
  metrics: Metrics;
  limits: Limits;
  /**
   * The context of one request, from its headers and the client's address: the caller (API key),
   * request id, client id for the budget, bookmarks (a 400 before any database work when
   * malformed), per-request loaders.
   */
  context(headers: http.IncomingHttpHeaders, remoteAddress: string | undefined): Promise<Context>;
  /** Stops Apollo (draining `httpServer` when one was given) and closes the budget. */
  stop(): Promise<void>;
}

/**
 * Starts Apollo with helixgraph's document limits, trusted documents, node estimate and budget,
 * error masking and plugins (query stats, bookmarks, metrics, logging, status codes), and returns
 * it with the request-context function. createHttpServer serves it at /graphql (graphqlHttp.ts); the
 * benchmark's ladder drives it from its own minimal node:http handler to measure what each layer costs. `httpServer`,
 * when given, is drained on stop.
 */
export async function createGraphqlLayer(options: HttpServerOptions, httpServer?: http.Server): Promise<GraphqlLayer> {
  const limits: Limits = { ...DEFAULT_LIMITS, ...options.limits };
  const guards = armor(limits);
  const budget = await createBudget(limits.budgetPerMinute, options.redisUrl, (line) => (options.logger ? options.logger.info(line) : console.error(`helixgraph: ${line}`)));
  const metrics = createMetrics();
  // The actor network and what derives from it, kept between requests until the graph changes.
  const analytics = new AnalyticsCache();
  const apollo = new ApolloServer<Context>({
    schema: options.schema,
    introspection: options.introspection,
    // Apollo's default, stated: a request without a preflight-forcing content type or header is
    // refused, so CORS (corsMiddleware) is the only way a page on another origin gets an answer.
    csrfPrevention: true,
    // Automatic persisted queries (clients register a document by sending it once with its hash)
    // stay on, as Apollo's default, unless only trusted documents may run: then every document a
    // client could register is already in the manifest, and an unknown hash is answered
    // PERSISTED_QUERY_NOT_IN_LIST rather than inviting the client to send a text that is refused.
    persistedQueries: options.trustedDocuments?.mode === 'only' ? false : undefined,
    // The CLI owns SIGINT/SIGTERM and stops HTTP, the driver and Neo4j in order.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: !options.production,
    hideSchemaDetailsFromClientErrors: options.production,
    formatError: formatError(options.production),
    validationRules: guards.validationRules,
    // graphql-js stops parsing past this many tokens: GRAPHQL_PARSE_FAILED, before validation.
    parseOptions: { maxTokens: limits.maxTokens },
    plugins: [
      ...(httpServer ? [ApolloServerPluginDrainHttpServer({ httpServer })] : []),
      ...(options.trustedDocuments ? [trustedDocumentsPlugin(options.trustedDocuments.documents, options.trustedDocuments.mode)] : []),
      // helixgraph sets no cache hints; Apollo's default cache-control plugin would still wrap
      // every field resolver to compute them (measured: a few % of a 100-node page's CPU).
      ApolloServerPluginCacheControlDisabled(),
      ...guards.plugins,
      limitsPlugin({ maxNodes: limits.maxNodes, budget, storeSize: () => ({ nodes: analytics.lastNodes }) }),
      errorLoggingPlugin(options.logger ? (line, error, fields) => options.logger!.error(line.replace(/^helixgraph: /, ''), error, fields) : undefined),
      ...(options.logger?.format === 'json' ? [requestLogPlugin(options.logger)] : []),
      queryStatsPlugin(),
      bookmarksPlugin(),
      metricsPlugin(metrics),
      jsonStatusPlugin(),
    ],
  });
  await apollo.start();
  const context = async (headers: http.IncomingHttpHeaders, remoteAddress: string | undefined): Promise<Context> => {
    const caller = authenticate(presentedKey(headers), options.apiKeys ?? []);
    if (options.readAccess === 'key' && caller.role === 'anonymous') {
      throw new GraphQLError('This server needs an API key for every request (send Authorization: Bearer <key>).', {
        extensions: { code: ErrorCode.UNAUTHENTICATED, http: { status: 401 } },
      });
    }
    const requested = headers['x-request-id'];
    const requestId = typeof requested === 'string' && /^[\w.-]{1,64}$/.test(requested) ? requested : randomUUID();
    const key = presentedKey(headers);
    const clientId = caller.role !== 'anonymous' && key ? `key:${createHash('sha256').update(key).digest('hex').slice(0, 16)}` : `ip:${remoteAddress ?? 'unknown'}`;
    // Refused with a 400 before any database work when malformed.
    const bookmarks = parseBookmarks(headers[BOOKMARKS_HEADER]);
    return createContext(options.db, requestId, caller, clientId, options.evidence, bookmarks, options.jobs, analytics);
  };
  return {
    apollo,
    metrics,
    limits,
    context,
    stop: async () => {
      await apollo.stop();
      await budget?.close?.();
    },
  };
}

/**
 * The HTTP server: GraphQL at /graphql (Apollo, driven straight from the node:http request handler:
 * graphqlHttp.ts), and on Express everything else: liveness at /health, readiness at /ready (200
 * only while Neo4j answers), /metrics, /export, GraphiQL, the explorer.
 */
export async function createHttpServer(options: HttpServerOptions): Promise<HelixServer> {
  const app = express();
  app.disable('x-powered-by');
  // Brotli (quality 4, the library's default for dynamic answers) or gzip, as the client accepts,
  // for every answer above 1 KB: GraphQL JSON, exports, the explorer's assets.
  app.use(compression());
  // POST and GET /graphql are served without Express (its router, body parser and integration
  // cost a third of a small query's throughput, see the README's ladder); every other request,
  // and GraphiQL for browsers, goes to the Express app.
  const httpServer = http.createServer();
  // A request may take the database timeout plus a margin; the socket is never cut first.
  httpServer.requestTimeout = (options.queryTimeoutMs ?? 15_000) + 15_000;
  httpServer.headersTimeout = 20_000;
  const layer = await createGraphqlLayer(options, httpServer);
  const { apollo, metrics, limits, context } = layer;

  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/ready', async (_req, res) => {
    // A probe needs an answer in time: a Neo4j that accepts connections but does not answer yet
    // (warming up after a restart, paused) makes /ready answer 503 after READY_TIMEOUT_MS.
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<'late'>((resolve) => {
      timer = setTimeout(() => resolve('late'), READY_TIMEOUT_MS);
    });
    const ping = options.db.ping().then(() => 'up' as const);
    ping.catch(() => {}); // a ping that fails after the deadline has nobody left to tell
    try {
      if ((await Promise.race([ping, late])) === 'late') {
        res.status(503).json({ status: 'not ready', neo4j: 'not answering', reason: `Neo4j did not answer within ${READY_TIMEOUT_MS / 1000} s` });
      } else {
        res.json({ status: 'ready', neo4j: 'up' });
      }
    } catch {
      res.status(503).json({ status: 'not ready', neo4j: 'down', reason: 'Neo4j does not answer' });
    } finally {
      clearTimeout(timer);
    }
  });
  // Prometheus metrics; behind a key when reads are (they name the operations clients send).
  app.get('/metrics', (req, res, next) => {
    if (options.readAccess === 'key' && authenticate(presentedKey(req.headers), options.apiKeys ?? []).role === 'anonymous') {
      res.status(401).json({ error: { code: ErrorCode.UNAUTHENTICATED, message: 'This server needs an API key for /metrics (send Authorization: Bearer <key>).' } });
      return;
    }
    metricsRoute(metrics)(req, res, next);
  });
  app.use(['/graphql', '/export'], corsMiddleware(options.corsOrigins ?? []));
  // /graphql itself, not the paths under it (Apollo would answer those too).
  // /graphql itself is graphqlHttp's (below); the paths under it answer 404 here (after CORS, as before).
  app.use('/graphql', (req, res, next) => (req.path === '/' ? next() : notFoundHandler(req, res, next)));
  const graphiql = options.graphiql ?? !options.production;
  if (graphiql) app.get('/graphql', graphiqlRoute());
  app.get('/export', exportRoute({ db: options.db, apiKeys: options.apiKeys, readAccess: options.readAccess }));
  // The explorer web page at / (dist/web; a page saying how to build it when it is missing).
  app.use(webRoute());
  // Any other path: a JSON 404, never Express's HTML page.
  app.use(notFoundHandler);
  // Bodies too large or not JSON: a JSON error, never Express's HTML page.
  app.use(requestErrorHandler);

  const graphql = graphqlHttpHandler({
    apollo,
    context: (req) => context(req.headers, req.socket.remoteAddress),
    maxBodyBytes: limits.maxBodyBytes,
    maxJsonDepth: MAX_JSON_DEPTH,
    corsOrigins: options.corsOrigins ?? [],
    graphiql: graphiql ? app : undefined,
  });
  httpServer.on('request', (req, res) => (isGraphqlPath(req.url) ? graphql(req, res) : app(req, res)));

  return {
    app,
    httpServer,
    apollo,
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, () => {
          httpServer.off('error', reject);
          const address = httpServer.address();
          resolve(typeof address === 'object' && address ? address.port : port);
        });
      }),
    stop: () => layer.stop(),
  };
}

/**
 * The per-client budget: none when `perMinute` is 0, shared through the Redis of `redisUrl` when
 * there is one (waiting up to 2 s for it; a Redis that does not answer leaves each process on its
 * own budget until it does, see RedisBudget), in this process's memory otherwise.
 */
async function createBudget(perMinute: number, redisUrl: string | undefined, log: (line: string) => void): Promise<Budget | undefined> {
  if (perMinute <= 0) return undefined;
  if (!redisUrl) return new CostBudget(perMinute);
  const shared = new RedisBudget({ perMinute, url: redisUrl, log });
  await shared.connect();
  return shared;
}
