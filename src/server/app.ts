import http from 'node:http';
import { randomUUID } from 'node:crypto';

import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { GraphQLError, type GraphQLSchema } from 'graphql';

import type { ApiKey } from '../config';
import type { Executor } from '../db/executor';
import { ErrorCode } from '../errors';
import { createContext, type Context } from '../graphql/context';
import { authenticate, presentedKey } from './auth';
import { formatError } from './errors';
import { queryStatsPlugin } from './queryStatsPlugin';

export interface HttpServerOptions {
  schema: GraphQLSchema;
  db: Executor;
  production: boolean;
  introspection: boolean;
  /** Largest request body accepted, e.g. '100kb'. */
  bodyLimit?: string;
  /** API keys and their roles. */
  apiKeys?: readonly ApiKey[];
  /** `key`: every request needs a valid key; `open`: reads are open to anyone. */
  readAccess?: 'open' | 'key';
}

export interface HelixServer {
  app: express.Express;
  httpServer: http.Server;
  apollo: ApolloServer<Context>;
  /** Starts listening; resolves with the bound port. */
  listen(port: number, host: string): Promise<number>;
  /** Stops accepting, lets in-flight requests finish, then closes. */
  stop(): Promise<void>;
}

/**
 * The HTTP server: GraphQL at /graphql (Apollo on Express), liveness at /health and readiness at
 * /ready (200 only while Neo4j answers).
 */
export async function createHttpServer(options: HttpServerOptions): Promise<HelixServer> {
  const app = express();
  app.disable('x-powered-by');
  const httpServer = http.createServer(app);
  const apollo = new ApolloServer<Context>({
    schema: options.schema,
    introspection: options.introspection,
    // The CLI owns SIGINT/SIGTERM and stops HTTP, the driver and Neo4j in order.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: !options.production,
    hideSchemaDetailsFromClientErrors: options.production,
    formatError: formatError(options.production),
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), queryStatsPlugin()],
  });
  await apollo.start();

  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/ready', async (_req, res) => {
    try {
      await options.db.ping();
      res.json({ status: 'ready', neo4j: 'up' });
    } catch {
      res.status(503).json({ status: 'not ready', neo4j: 'down', reason: 'Neo4j does not answer' });
    }
  });
  app.use(
    '/graphql',
    express.json({ limit: options.bodyLimit ?? '100kb' }),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const caller = authenticate(presentedKey(req.headers), options.apiKeys ?? []);
        if (options.readAccess === 'key' && caller.role === 'anonymous') {
          throw new GraphQLError('This server needs an API key for every request (send Authorization: Bearer <key>).', {
            extensions: { code: ErrorCode.UNAUTHENTICATED, http: { status: 401 } },
          });
        }
        const requestId = (req.headers['x-request-id'] as string | undefined)?.slice(0, 64) ?? randomUUID();
        return createContext(options.db, requestId, caller);
      },
    }),
  );

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
    stop: () => apollo.stop(),
  };
}
