/**
 * Runs one server under test in its own process, so the load generator and each server have an
 * event loop of their own: `node dist/bench/servers/child.js <helixgraph|floor|neo4j-graphql> <bolt uri>`.
 * Prints `BENCH_READY {"url":…,"compat":…}` once listening; stops on SIGTERM or when stdin closes.
 */
import { startFloorServer } from './floor';
import { startHelixgraphServer } from './helixgraph';
import { startNeo4jGraphqlServer } from './neo4jGraphql';
import type { BenchServer } from './types';

async function main(): Promise<void> {
  const [kind, uri] = process.argv.slice(2);
  let server: BenchServer & { compat?: string };
  if (kind === 'helixgraph') server = await startHelixgraphServer({ uri });
  else if (kind === 'floor') server = await startFloorServer({ uri });
  else if (kind === 'neo4j-graphql') server = await startNeo4jGraphqlServer({ uri, checkCompat: process.argv.includes('--check-compat') });
  else throw new Error(`unknown server kind ${kind}`);
  const stop = () => void server.stop().then(() => process.exit(0), () => process.exit(1));
  process.on('SIGTERM', stop);
  process.stdin.on('end', stop);
  process.stdin.resume();
  console.log(`BENCH_READY ${JSON.stringify({ url: server.url, compat: server.compat ?? null })}`);
}

main().catch((err: unknown) => {
  console.log(`BENCH_ERROR ${JSON.stringify({ message: (err as Error).message })}`);
  process.exit(2);
});
