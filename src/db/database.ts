import neo4j, { type BookmarkManager, type Driver } from 'neo4j-driver';

import { DEFAULT_DB_RETRY_MS, type Config } from '../config';
import { loadCypher, type CypherRegistry } from './cypher';
import { startEmbeddedNeo4j, type RunningNeo4j } from './embedded';
import { Executor } from './executor';

export interface Database {
  executor: Executor;
  driver: Driver;
  /**
   * This process's bookmark manager: every session starts after every transaction this process
   * committed before it (causal consistency within a process, on any cluster member).
   */
  bookmarkManager: BookmarkManager;
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

/** A Neo4j that start-up could not reach or log in to; its message is the one line shown to the user. */
export class Neo4jUnreachableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'Neo4jUnreachableError';
  }
}

/**
 * Waits until Neo4j accepts a query, retrying for up to `timeoutMs` (each attempt bounded by the
 * time left); refused credentials and other client errors end the wait at once.
 */
export async function waitForNeo4j(driver: Driver, database: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await driver.executeQuery('RETURN 1', {}, { database, transactionConfig: { timeout: Math.max(1000, deadline - Date.now()) } });
      return;
    } catch (err) {
      const code = (err as { code?: string }).code ?? '';
      if (Date.now() > deadline || code.startsWith('Neo.ClientError.')) throw err;
      await new Promise((r) => setTimeout(r, 500));
    }
  }
}

/** The driver's reason in a few words: its "Caused by" part when it has one (ECONNREFUSED, ENOTFOUND). */
function shortReason(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  return (/Caused by: (.*)$/s.exec(message)?.[1] ?? message).split('\n')[0].trim();
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
  const waitMs = n.mode === 'external' ? config.neo4jWaitMs : 30_000;
  try {
    await waitForNeo4j(driver, n.database, waitMs);
  } catch (err) {
    await driver.close();
    await embedded?.stop();
    const code = (err as { code?: string }).code ?? '';
    if (n.mode === 'embedded') throw new Neo4jUnreachableError(`the embedded Neo4j at ${uri} did not answer within ${waitMs / 1000} s: ${shortReason(err)}`);
    if (code.startsWith('Neo.ClientError.Security.')) {
      throw new Neo4jUnreachableError(`Neo4j at NEO4J_URI=${uri} refused the credentials (${shortReason(err)}): check NEO4J_USER and NEO4J_PASSWORD`);
    }
    throw new Neo4jUnreachableError(
      `Neo4j at NEO4J_URI=${uri} did not answer within ${waitMs / 1000} s (${shortReason(err)}): ` +
        'check that it is running and that NEO4J_URI names it, raise HELIXGRAPH_NEO4J_WAIT_MS if it is still starting, or unset NEO4J_URI to use the embedded Neo4j',
    );
  }
  const bookmarkManager = neo4j.bookmarkManager();
  const executor = new Executor(driver, cypher, { database: n.database, timeoutMs: config.queryTimeoutMs, retryMs: config.dbRetryMs, bookmarkManager });
  return {
    executor,
    driver,
    bookmarkManager,
    uri,
    embedded,
    close: async () => {
      await driver.close();
      await embedded?.stop();
    },
  };
}
