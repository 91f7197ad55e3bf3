import { loadConfig, type Config } from '../../src/config';
import { startHelixgraph, type Helixgraph } from '../../src/index';
import type { BenchServer } from './types';

/**
 * helixgraph's configuration in the benchmark, on an existing Neo4j: production mode, no founding
 * dataset, no rate limit, every evidence level. The ladder's rungs that run helixgraph's GraphQL
 * layer without its HTTP server use the same.
 */
export function benchConfig(uri: string): Config {
  return loadConfig({
    NEO4J_URI: uri,
    PORT: '0',
    HELIXGRAPH_LOAD_DATASET: 'false',
    NODE_ENV: 'production',
    HELIXGRAPH_QUERY_TIMEOUT_MS: '60000',
    // No per-client cost budget: the load generator is one client, and the others have none.
    HELIXGRAPH_RATE_LIMIT: '0',
    // The benchmark's graphs are generated (evidence SYNTHETIC throughout), like the floor it is
    // compared with, which reads every record.
    HELIXGRAPH_EVIDENCE: 'ALL',
  });
}

/** helixgraph itself, as `npm start` runs it, on an existing Neo4j (no founding dataset loaded, no rate limit). */
export async function startHelixgraphServer(options: { uri: string }): Promise<BenchServer & { app: Helixgraph }> {
  const app = await startHelixgraph(benchConfig(options.uri));
  return { name: 'helixgraph', url: app.url, pid: process.pid, app, stop: () => app.stop() };
}
