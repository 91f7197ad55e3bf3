/**
 * `node dist/bench/dbhits.js [--actors N]` — the benchmark's dbHits column alone, in seconds: on
 * the cached generated store (built by `npm run bench`), each query's statements as helixgraph
 * sends them and the floor's statement, run under PROFILE. dbHits do not depend on the machine's
 * load, so this can be run while the machine is busy, when timings cannot.
 */
import { createDriver } from '../src/db/database';
import { startEmbeddedNeo4j } from '../src/db/embedded';
import { jsonPost } from './load';
import { captureHelixgraph, profileDbHits } from './profile';
import { benchQueries, targetsFor } from './queries';
import { loadFloorStatements } from './servers/floor';
import { startHelixgraphServer } from './servers/helixgraph';
import { storeDir } from './harness';
import { planDataset } from '../src/ingest/generate';
import path from 'node:path';

async function main(argv: string[]): Promise<void> {
  const i = argv.indexOf('--actors');
  const actors = i >= 0 ? Number(argv[i + 1]) : 10_000;
  const neo = await startEmbeddedNeo4j({ dataDir: path.join(storeDir(actors, 1), 'data'), boltPort: 0, pageCacheBytes: 512 * 1024 ** 2, heapBytes: 2 * 1024 ** 3 });
  const driver = createDriver(neo.uri);
  const server = await startHelixgraphServer({ uri: neo.uri });
  const floor = loadFloorStatements();
  try {
    console.log('| query | statements helixgraph | dbHits helixgraph | dbHits floor | ÷ floor |');
    console.log('|---|---|---|---|---|');
    for (const q of benchQueries(targetsFor(planDataset(actors)))) {
      // Twice first: the first call plans the statements (and warms the page cache).
      await jsonPost(server.url, q.helixgraph)();
      const captured = await captureHelixgraph(() => jsonPost(server.url, q.helixgraph)());
      const ours = await profileDbHits(driver, captured.statements);
      const theirs = await profileDbHits(driver, [{ text: floor.get(q.floor.name)!, params: q.floor.params }]);
      console.log(`| ${q.title} | ${captured.statements.length} | ${ours.toLocaleString('en')} | ${theirs.toLocaleString('en')} | ${(ours / theirs).toFixed(2)}× |`);
    }
  } finally {
    await server.stop();
    await driver.close();
    await neo.stop();
  }
}

main(process.argv.slice(2)).catch((err: unknown) => {
  console.error('dbhits: failed:', err);
  process.exit(1);
});
