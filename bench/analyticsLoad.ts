/**
 * Many clients asking the analytics that read the whole actor network (issue 17's target: 50
 * concurrent clients asking gaps, coverage and suggestedLinks on a 100,000-actor store: no internal
 * error, the budget engages, API memory under 1 GB).
 *
 *   npx tsc -p bench && node dist/bench/analyticsLoad.js [--actors 100000] [--clients 50] [--seconds 60] [--rate-limit 1000000] [--query-timeout 15000]
 *
 * Loads N generated actors (src/ingest/generate.ts, seed 1) into a new embedded store with Neo4j's
 * offline importer (as `helixgraph generate --bulk` does; the Cypher importer took over 25 minutes
 * for 100,000 actors on this machine), starts
 * the API as its own process (`helixgraph start`, as `npm start` runs it, default budget unless
 * --rate-limit), and runs --clients closed-loop anonymous clients from this process for --seconds,
 * each asking gaps, coverage and suggestedLinks in turn; /health is asked once a second beside
 * them. All clients come from 127.0.0.1, so they share one budget, as 50 browsers behind one
 * address would. Prints the answers by outcome (data, each error code), latencies, /health's
 * latency and the API process's memory (RSS sampled every second, and after a full GC at the end).
 * Nothing here asserts anything: it prints figures for the notes.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { loadConfig } from '../src/config';
import { startHelixgraph } from '../src/index';
import { bulkImport } from '../src/ingest/bulk';
import type { Dataset } from '../src/ingest/dataset';
import { generateBatches } from '../src/ingest/generate';
import { startApiProcess } from './proof/apiProcess';
import { summarize } from './proof/stats';

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

const actors = Number(option('--actors', '100000'));
const clients = Number(option('--clients', '50'));
const seconds = Number(option('--seconds', '60'));
const rateLimit = option('--rate-limit', '1000000');
/** The API's request timeout (HELIXGRAPH_QUERY_TIMEOUT_MS): the default, 15 s, unless given. */
const queryTimeout = option('--query-timeout', '15000');

const MIB = 1024 ** 2;
const spread = (xs: number[]) => {
  if (xs.length === 0) return 'none';
  const { count, p50, p99, max } = summarize(xs);
  return `n ${count}, p50 ${p50.toFixed(0)} ms, p99 ${p99.toFixed(0)} ms, max ${max.toFixed(0)} ms`;
};
const load = () => os.loadavg().map((l) => l.toFixed(1)).join(' ');

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'helixgraph-analytics-load-'));
  let enterprise: string | undefined;
  function* batches(): Generator<Dataset> {
    for (const piece of generateBatches({ actors, seed: 1, batchSize: 20_000 })) {
      enterprise ??= piece.nodes.find((n) => n.label === 'Enterprise')?.id;
      yield piece;
    }
  }
  let t = performance.now();
  const bulk = await bulkImport(batches(), `generated:${actors}:1`, { dataDir: path.join(dir, 'data'), heapBytes: 4 * 1024 ** 3 });
  console.log(`loaded ${bulk.nodes} nodes and ${bulk.links} links with the offline importer in ${Math.round(bulk.seconds)} s; load ${load()}`);
  // Migrations (constraints, indexes) run on the loaded store as the API starts it.
  const store = await startHelixgraph(
    loadConfig({
      NEO4J_DATA_DIR: path.join(dir, 'data'),
      NEO4J_EMBEDDED_PORT: '0',
      NEO4J_HEAP: '3g',
      NEO4J_PAGECACHE: '1g',
      HELIXGRAPH_QUERY_TIMEOUT_MS: '600000',
      HELIXGRAPH_LOAD_DATASET: 'false',
      PORT: '0',
    }),
  );
  console.log(`Neo4j up and migrated in ${Math.round((performance.now() - t) / 1000)} s since the load began`);
  let api: Awaited<ReturnType<typeof startApiProcess>> | undefined;
  try {
    const logFile = path.join(dir, 'api.log');
    api = await startApiProcess({ NEO4J_URI: store.db.uri, PORT: '0', HELIXGRAPH_LOAD_DATASET: 'false', HELIXGRAPH_RATE_LIMIT: rateLimit, HELIXGRAPH_EVIDENCE: 'ALL', HELIXGRAPH_QUERY_TIMEOUT_MS: queryTimeout }, logFile);
    const queries = [
      { name: 'gaps', query: '{ gaps { unreachedVillages { village { id } } unreachedEnterprises { id } projectOnlyEnterprises { enterprise { id } } } }' },
      { name: 'coverage', query: '{ coverage(by: PROVINCE) { emptyCells cells { place { id } sector { id } counts { kind count } } } }' },
      { name: 'suggestedLinks', query: `{ suggestedLinks(for: "${enterprise}", first: 10) { score } }` },
    ];
    const outcomes = new Map<string, number>();
    const latency = new Map<string, number[]>(queries.map((q) => [q.name, []]));
    const count = (k: string) => outcomes.set(k, (outcomes.get(k) ?? 0) + 1);
    const post = async (query: string) => {
      const res = await fetch(api!.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
      return { status: res.status, body: (await res.json()) as { data?: unknown; errors?: Array<{ message: string; extensions?: { code?: string } }> } };
    };
    // The first gaps alone (reads and folds the network), then each question alone three times
    // from the kept snapshot (the first suggestedLinks runs Louvain), with /health asked every
    // 250 ms meanwhile: does the API keep answering while it folds and computes?
    const probe = (every: number) => {
      let on = true;
      const times: number[] = [];
      const failures: string[] = [];
      const done = (async () => {
        while (on) {
          const s = performance.now();
          try {
            await (await fetch(`${api!.base}/health`)).text();
            times.push(performance.now() - s);
          } catch (err) {
            failures.push(`${(err as Error).message} (${String((err as { cause?: unknown }).cause)})`);
          }
          await new Promise((r) => setTimeout(r, every));
        }
      })();
      return { times, failures, stop: async () => ((on = false), await done) };
    };
    const aloneStarted = Date.now();
    const aloneProbe = probe(250);
    t = performance.now();
    const first = await post(queries[0].query);
    console.log(`first gaps answer (reads and folds the network): ${Math.round(performance.now() - t)} ms, ${first.body.errors ? `errors ${JSON.stringify(first.body.errors).slice(0, 300)}` : 'data'}`);
    for (const q of queries) {
      const times: number[] = [];
      let bytes = 0;
      for (let i = 0; i < 3; i++) {
        const s = performance.now();
        const r = await post(q.query);
        times.push(performance.now() - s);
        bytes = JSON.stringify(r.body).length;
      }
      console.log(`${q.name} alone, 3 times: ${times.map((x) => Math.round(x)).join(', ')} ms; answer ${Math.round(bytes / 1024)} KiB`);
    }
    await aloneProbe.stop();
    console.log(`/health every 250 ms meanwhile: ${spread(aloneProbe.times)}; failed ${aloneProbe.failures.length}${aloneProbe.failures.length ? ` (${aloneProbe.failures[0]})` : ''}; API RSS max meanwhile ${Math.round(Math.max(0, ...api.memory.filter((m) => m.at >= aloneStarted).map((m) => m.rss)) / MIB)} MiB`);
    const rssBefore = api.memory.at(-1)?.rss ?? 0;
    const ends = Date.now() + seconds * 1000;
    const healthProbe = probe(1000);
    t = performance.now();
    const started = Date.now();
    await Promise.all(
      Array.from({ length: clients }, async (_, c) => {
        for (let i = c; Date.now() < ends; i++) {
          const q = queries[i % queries.length];
          const s = performance.now();
          try {
            const { status, body } = await post(q.query);
            const code = body.errors?.[0]?.extensions?.code;
            count(code ? `${q.name}: ${code} (HTTP ${status})` : `${q.name}: data`);
            if (!code) latency.get(q.name)!.push(performance.now() - s);
          } catch (err) {
            count(`${q.name}: no answer (${(err as Error).message})`);
          }
        }
      }),
    );
    await healthProbe.stop();
    const during = api.memory.filter((m) => m.at >= started);
    const afterGc = await api.collectGarbage();
    console.log(`\n${clients} clients, ${Math.round((performance.now() - t) / 1000)} s, ${actors} actors (budget ${rateLimit} a minute, request timeout ${queryTimeout} ms), load ${load()}\n`);
    console.log('| outcome | answers |\n|---|---|');
    for (const [k, n] of [...outcomes].sort()) console.log(`| ${k} | ${n} |`);
    console.log('');
    for (const [name, xs] of latency) console.log(`${name} with data: ${spread(xs)}`);
    console.log(`/health during the load: ${spread(healthProbe.times)}; failed ${healthProbe.failures.length}${healthProbe.failures.length ? ` (${healthProbe.failures[0]})` : ''}`);
    console.log(`API RSS: before ${Math.round(rssBefore / MIB)} MiB, max during ${Math.round(Math.max(...during.map((m) => m.rss)) / MIB)} MiB; after a full GC: heap ${Math.round(afterGc.heapUsed / MIB)} MiB, rss ${Math.round(afterGc.rss / MIB)} MiB`);
    const internal = fs.readFileSync(logFile, 'utf8').split('\n').filter((l) => /internal/i.test(l)).length;
    console.log(`lines the API logged as internal errors: ${internal}`);
  } catch (err) {
    const logFile = path.join(dir, 'api.log');
    if (fs.existsSync(logFile)) console.error(`the API's log, last lines:\n${fs.readFileSync(logFile, 'utf8').split('\n').slice(-40).join('\n')}`);
    throw err;
  } finally {
    await api?.stop();
    await store.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
