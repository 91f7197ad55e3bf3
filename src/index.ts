import type { GraphQLSchema } from 'graphql';

import { recomputeAfterImport } from './analytics/service';
import type { Config } from './config';
import { openDatabase, type Database } from './db/database';
import type { Executor } from './db/executor';
import { applyMigrations } from './db/migrations';
import { AnalyticsRepository } from './db/repositories/analytics.repository';
import { GdsRepository } from './db/repositories/gds.repository';
import { MeasuresJobs, RECOMPUTE_TIMEOUT_MS } from './jobs/measuresJob';
import { NodeRepository } from './db/repositories/node.repository';
import { buildHelixSchema } from './graphql/schema';
import { importJsonFile, type ImportSummary } from './ingest/importer';
import { fromRoot } from './paths';
import { createHttpServer, type HelixServer, type HttpServerOptions } from './server/app';
import { jsonLogger, textLogger, type Logger } from './server/logger';
import { loadTrustedDocuments } from './server/trustedDocuments';

/** The bundled founding dataset, loaded into an empty database at start-up. */
export const FOUNDING_DATASET = fromRoot('data', 'founding.json');

export interface Helixgraph {
  db: Database;
  server: HelixServer;
  /** http://host:port/graphql */
  url: string;
  port: number;
  /** What loading the founding dataset did, when it was loaded by this start. */
  loaded?: ImportSummary;
  /** Stops HTTP (draining in-flight requests), closes the driver, stops the embedded Neo4j. */
  stop(): Promise<void>;
}

type Log = (line: string) => void;

/** The HTTP server could not listen; its message is the one line shown to the user. */
export class ListenError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ListenError';
  }
}

/** Says in one line why PORT/HOST could not be bound, and what to change. */
function listenError(err: unknown, port: number, host: string): ListenError {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'EADDRINUSE') return new ListenError(`port ${port} on ${host} is already in use (PORT=${port}): stop the program using it or set PORT to a free port (0 = any free port)`);
  if (code === 'EACCES') return new ListenError(`not allowed to listen on port ${port} (PORT=${port}): choose a port above 1023`);
  if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
    return new ListenError(`cannot listen on HOST=${host}: it is not an address of this machine (use 127.0.0.1, 0.0.0.0 or one of its addresses)`);
  }
  return new ListenError(`cannot listen on ${host}:${port}: ${(err as Error).message}`);
}

/** The HTTP server's options as the configuration sets them (also the benchmark ladder's). */
export function httpServerOptions(config: Config, schema: GraphQLSchema, db: Executor, logger: Logger, trustedDocuments?: HttpServerOptions['trustedDocuments']): HttpServerOptions {
  return {
    schema,
    db,
    production: config.production,
    introspection: config.introspection,
    apiKeys: config.apiKeys,
    readAccess: config.readAccess,
    evidence: config.evidence,
    logger,
    graphiql: config.graphiql,
    corsOrigins: config.corsOrigins,
    trustedDocuments,
    redisUrl: config.redisUrl,
    limits: config.limits,
    queryTimeoutMs: config.queryTimeoutMs,
  };
}

/**
 * Boots helixgraph: config → database (embedded or external) → migrations → founding dataset
 * when the database is empty → schema → HTTP server.
 */
export async function startHelixgraph(config: Config, output: Log | Logger = () => {}): Promise<Helixgraph> {
  // HELIXGRAPH_LOG_FORMAT=json: every line (start-up, requests, errors) as one JSON record on stdout.
  const logger: Logger = typeof output === 'function' ? (config.logFormat === 'json' ? jsonLogger() : textLogger(output)) : output;
  const log: Log = (line) => logger.info(line);
  // The schema needs no database: a bad trusted-document manifest stops start-up before Neo4j starts.
  const schema = await buildHelixSchema();
  const { files, mode } = config.trustedDocuments;
  const trustedDocuments = files.length > 0 ? loadTrustedDocuments(files, schema, config.limits) : undefined;
  if (trustedDocuments) log(`trusted documents: ${trustedDocuments.size} from ${files.length} manifest${files.length > 1 ? 's' : ''}${mode === 'only' ? ', and no other document runs' : ''}`);
  log(config.neo4j.mode === 'embedded' ? `starting embedded Neo4j (data in ${config.neo4j.dataDir})…` : `connecting to ${config.neo4j.uri}…`);
  const db = await openDatabase(config);
  try {
    log(`Neo4j is up at ${db.uri}`);
    const applied = await applyMigrations(db.executor);
    if (applied.length > 0) log(`applied migrations: ${applied.join(', ')}`);
    let loaded: ImportSummary | undefined;
    if (config.loadDataset && (await new NodeRepository(db.executor).isEmpty())) {
      log('the database is empty: loading the founding dataset…');
      // A one-off batch, not a request: it may take longer than a request's timeout on a busy machine.
      loaded = await importJsonFile(db.executor.withTimeout(Math.max(config.queryTimeoutMs, 120_000)), FOUNDING_DATASET, { change: { by: 'helixgraph', comment: 'the founding dataset, loaded into an empty database at start-up' } });
      log(`loaded ${loaded.nodes.created} nodes, ${loaded.links.created} links and ${loaded.sources.created} sources in ${loaded.seconds.toFixed(1)} s`);
    }
    if (loaded) await recomputeAfterImport(new AnalyticsRepository(db.executor), log, config.evidence, new GdsRepository(db.executor));
    // Recomputes run in a worker thread with a driver of their own, off the request path.
    const n = config.neo4j;
    const jobs = new MeasuresJobs(
      { uri: db.uri, user: n.mode === 'external' ? n.user : undefined, password: n.mode === 'external' ? n.password : undefined, database: n.database, timeoutMs: RECOMPUTE_TIMEOUT_MS },
      db.executor,
    );
    const server = await createHttpServer({ ...httpServerOptions(config, schema, db.executor, logger, trustedDocuments ? { documents: trustedDocuments, mode } : undefined), jobs });
    const port = await server.listen(config.port, config.host).catch(async (err: unknown) => {
      await server.stop().catch(() => {});
      throw listenError(err, config.port, config.host);
    });
    const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
    return {
      db,
      server,
      port,
      url: `http://${host}:${port}/graphql`,
      loaded,
      stop: async () => {
        await server.stop();
        await jobs.close();
        log('HTTP server stopped');
        await db.close();
        log(db.embedded ? 'driver closed, Neo4j stopped' : 'driver closed');
      },
    };
  } catch (err) {
    await db.close();
    throw err;
  }
}
