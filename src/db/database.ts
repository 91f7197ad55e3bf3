import neo4j, { type Driver } from 'neo4j-driver';

import { DEFAULT_DB_RETRY_MS, type Config } from '../config';
import { loadCypher, type CypherRegistry } from './cypher';
import { startEmbeddedNeo4j, type RunningNeo4j } from './embedded';
import { Executor } from './executor';

export interface Database {
  executor: Executor;
  driver: Driver;
  /** The Bolt URI in use (embedded or external). */
  uri: string;
  /** The embedded Neo4j, when this process started one. */
  embedded?: RunningNeo4j;
  /** Closes the driver and stops the embedded Neo4j (if any). */
  close(): Promise<void>;
}

/**
 * Creates a driver with helixgraph's settings: plain JS numbers, bounded retries and timeouts.
 * `retryMs` bounds the driver's retries of a failed transaction (HELIXGRAPH_DB_RETRY_MS).
 */
export function createDriver(uri: string, user?: string, password?: string, retryMs = DEFAULT_DB_RETRY_MS): Driver {
  const auth = user ? neo4j.auth.basic(user, password ?? '') : undefined;
  return neo4j.driver(uri, auth, {
    disableLosslessIntegers: true,
    maxTransactionRetryTime: retryMs,
    connectionAcquisitionTimeout: 10_000,
    connectionTimeout: 5_000,
    maxConnectionPoolSize: 100,
    logging: { level: 'error', logger: (_level, message) => console.error(`neo4j-driver: ${message}`) },
  });
}

/** Waits until Neo4j accepts a query, retrying for up to `timeoutMs`. */
export async function waitForNeo4j(driver: Driver, database: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await driver.executeQuery('RETURN 1', {}, { database });
      return;
    } catch (err) {
      if (Date.now() > deadline) throw err;
      await new Promise((r) => setTimeout(r, 500));
    }
  }
}

/**
 * Opens the database the configuration names: the external Neo4j of NEO4J_URI, or an embedded
 * Neo4j started here. Resolves once a query succeeds.
 */
export async function openDatabase(config: Config, cypher: CypherRegistry = loadCypher()): Promise<Database> {
  const n = config.neo4j;
  let embedded: RunningNeo4j | undefined;
  let uri: string;
  let driver: Driver;
  if (n.mode === 'external') {
    uri = n.uri;
    driver = createDriver(uri, n.user, n.password, config.dbRetryMs);
  } else {
    embedded = await startEmbeddedNeo4j({
      dataDir: n.dataDir,
      boltPort: n.boltPort,
      pageCacheBytes: n.pageCacheBytes,
      heapBytes: n.heapBytes,
    });
    uri = embedded.uri;
    driver = createDriver(uri, undefined, undefined, config.dbRetryMs);
  }
  try {
    await waitForNeo4j(driver, n.database, n.mode === 'external' ? 60_000 : 30_000);
  } catch (err) {
    await driver.close();
    await embedded?.stop();
    throw new Error(`Neo4j at ${uri} did not answer: ${(err as Error).message}`);
  }
  const executor = new Executor(driver, cypher, { database: n.database, timeoutMs: config.queryTimeoutMs, retryMs: config.dbRetryMs });
  return {
    executor,
    driver,
    uri,
    embedded,
    close: async () => {
      await driver.close();
      await embedded?.stop();
    },
  };
}
