import { recomputeAfterImport } from './analytics/service';
import type { Config } from './config';
import { openDatabase, type Database } from './db/database';
import { applyMigrations } from './db/migrations';
import { AnalyticsRepository } from './db/repositories/analytics.repository';
import { NodeRepository } from './db/repositories/node.repository';
import { buildHelixSchema } from './graphql/schema';
import { importJsonFile, type ImportSummary } from './ingest/importer';
import { fromRoot } from './paths';
import { createHttpServer, type HelixServer } from './server/app';

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

/**
 * Boots helixgraph: config → database (embedded or external) → migrations → founding dataset
 * when the database is empty → schema → HTTP server.
 */
export async function startHelixgraph(config: Config, log: Log = () => {}): Promise<Helixgraph> {
  log(config.neo4j.mode === 'embedded' ? `starting embedded Neo4j (data in ${config.neo4j.dataDir})…` : `connecting to ${config.neo4j.uri}…`);
  const db = await openDatabase(config);
  try {
    log(`Neo4j is up at ${db.uri}`);
    const applied = await applyMigrations(db.executor);
    if (applied.length > 0) log(`applied migrations: ${applied.join(', ')}`);
    let loaded: ImportSummary | undefined;
    if (config.loadDataset && (await new NodeRepository(db.executor).isEmpty())) {
      log('the database is empty: loading the founding dataset…');
      loaded = await importJsonFile(db.executor, FOUNDING_DATASET);
      log(`loaded ${loaded.nodes.created} nodes, ${loaded.links.created} links and ${loaded.sources.created} sources in ${loaded.seconds.toFixed(1)} s`);
    }
    if (loaded) await recomputeAfterImport(new AnalyticsRepository(db.executor), log, config.evidence);
    const schema = await buildHelixSchema();
    const server = await createHttpServer({
      schema,
      db: db.executor,
      production: config.production,
      introspection: config.introspection,
      apiKeys: config.apiKeys,
      readAccess: config.readAccess,
      evidence: config.evidence,
      limits: config.limits,
      queryTimeoutMs: config.queryTimeoutMs,
    });
    const port = await server.listen(config.port, config.host);
    const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
    return {
      db,
      server,
      port,
      url: `http://${host}:${port}/graphql`,
      loaded,
      stop: async () => {
        await server.stop();
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
