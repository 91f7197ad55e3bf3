/**
 * Benchmark of the network measures (issue 4): the compute time of every measure on the founding
 * dataset and on generated ecosystems (src/ingest/generate.ts, deterministic), exact betweenness
 * against the sampled estimate (time and the error actually made versus the error stated), and,
 * with --neo4j, a full recompute through an embedded Neo4j (read, compute, write back).
 *
 *   npx tsc -p bench && node dist/bench/analytics.js [--sizes 1000,5000,10000] [--exact-max 10000] [--neo4j 10000]
 *   node dist/bench/analytics.js --sizes 0 --engines 10000 [--heap 2g] [--only GDS|HELIXGRAPH]
 *
 * --engines N imports N generated actors into an embedded Neo4j with Graph Data Science and times
 * a recompute with each engine phase by phase (projection and read, each measure with the engine
 * that ran it, write-back), then the API's latency for a lookup by id, idle and while a recompute
 * runs as a background job (sequential requests; p50, p99, max).
 *
 * Figures are CPU milliseconds of this process (user + system), which a busy shared machine inflates
 * far less than wall-clock time; the last column also gives the wall clock. Each is the median of
 * --runs runs (default 3). Nothing here asserts speed: it prints tables for the notes.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { betweenness } from '../src/analytics/centrality';
import { networkDataFromDataset } from '../src/analytics/dataset';
import { computeMeasures, type MeasuresSummary } from '../src/analytics/measures';
import { DEFAULT_PROJECTION, projectActorNetwork } from '../src/analytics/projection';
import { AnalyticsService } from '../src/analytics/service';
import { loadConfig } from '../src/config';
import { GdsRepository } from '../src/db/repositories/gds.repository';
import { startHelixgraph } from '../src/index';
import { EVIDENCE_LEVELS } from '../src/domain/model';
import { openDatabase } from '../src/db/database';
import { applyMigrations } from '../src/db/migrations';
import { AnalyticsRepository } from '../src/db/repositories/analytics.repository';
import type { Dataset } from '../src/ingest/dataset';
import { bulkImport } from '../src/ingest/bulk';
import { generateBatches, generateDataset } from '../src/ingest/generate';
import { importDataset } from '../src/ingest/importer';
import { fromRoot } from '../src/paths';

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

const sizes = option('--sizes', '1000,5000,10000').split(',').map(Number).filter((n) => n > 0);
const exactMax = Number(option('--exact-max', '10000'));
const runs = Number(option('--runs', '3'));
const neo4jSize = process.argv.includes('--neo4j') ? Number(option('--neo4j', '10000')) : 0;
const enginesSize = process.argv.includes('--engines') ? Number(option('--engines', '10000')) : 0;
const heap = option('--heap', '2g');
/** --only GDS (or HELIXGRAPH): time one engine (at 100,000 actors helixgraph's alone takes minutes). */
const engineList = (process.argv.includes('--only') ? [option('--only', 'GDS')] : ['HELIXGRAPH', 'GDS']) as Array<'HELIXGRAPH' | 'GDS'>;

/** CPU milliseconds (user + system) since `since`. */
const cpuMs = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const line = (cells: Array<string | number>) => console.log(`| ${cells.join(' | ')} |`);

/** Runs computeMeasures `runs` times and returns the median time of each measure. */
function timeMeasures(dataset: Dataset, exactUpTo: number): { summary: MeasuresSummary; medians: Record<string, number>; projectMs: number } {
  const started = process.cpuUsage();
  const data = networkDataFromDataset(dataset);
  const network = projectActorNetwork(data.actors, data.ties, data.affiliations, DEFAULT_PROJECTION);
  const projectMs = cpuMs(started);
  const samples: Record<string, number[]> = {};
  let summary!: MeasuresSummary;
  for (let r = 0; r < runs; r++) {
    summary = computeMeasures(network, { exactUpTo }).summary;
    for (const t of summary.timings) (samples[t.measure] ??= []).push(t.cpuMs);
    (samples.total ??= []).push(summary.computeCpuMs);
    (samples.wall ??= []).push(summary.computeMs);
  }
  return { summary, projectMs, medians: Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, median(v)])) };
}

function report(name: string, dataset: Dataset, exactUpTo: number): void {
  const { summary: s, medians: m, projectMs } = timeMeasures(dataset, exactUpTo);
  const mode = s.betweennessExact ? 'exact' : `${s.pivots} pivots ±${s.errorBound.toFixed(3)} (se ${s.maxStandardError.toExponential(1)})`;
  line([
    name,
    s.actors,
    s.ties,
    s.arcs,
    Math.round(projectMs),
    m.degree,
    `${m.betweenness} (${mode})`,
    m.closeness,
    m.pagerank,
    `${m.communities} (${s.communities})`,
    m.burt,
    m.gouldFernandez,
    m.total,
    m.wall,
  ]);
}

/** Exact against sampled betweenness on one graph: time, and the largest error actually made. */
function compareBetweenness(dataset: Dataset, pivots: number): void {
  const data = networkDataFromDataset(dataset);
  const { graph } = projectActorNetwork(data.actors, data.ties, data.affiliations);
  let t = process.cpuUsage();
  const exact = betweenness(graph, { exactUpTo: Infinity });
  const exactMs = cpuMs(t);
  t = process.cpuUsage();
  const sampled = betweenness(graph, { exactUpTo: 0, pivots });
  const sampledMs = cpuMs(t);
  let worst = 0;
  let top = 0;
  for (const node of graph.nodes()) {
    worst = Math.max(worst, Math.abs(sampled.values[node] - exact.values[node]));
    top = Math.max(top, exact.values[node]);
  }
  line([graph.order, Math.round(exactMs), pivots, Math.round(sampledMs), worst.toExponential(2), sampled.maxStandardError.toExponential(2), sampled.errorBound.toFixed(4), top.toFixed(4)]);
}

async function endToEnd(size: number): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'helixgraph-bench-'));
  const config = loadConfig({ NEO4J_DATA_DIR: path.join(dir, 'data'), NEO4J_EMBEDDED_PORT: '0', NEO4J_HEAP: '1g', NEO4J_PAGECACHE: '256m', HELIXGRAPH_QUERY_TIMEOUT_MS: '120000' });
  const db = await openDatabase(config);
  try {
    await applyMigrations(db.executor);
    const dataset = generateDataset({ actors: size, seed: 1 });
    let t = performance.now();
    await importDataset(db.executor, dataset, `generated-${size}.json`, { batchSize: 5000 });
    console.log(`imported ${dataset.nodes.length} nodes and ${dataset.links.length} links in ${Math.round(performance.now() - t)} ms`);
    // The generated graph is synthetic throughout: its measures are computed on every level.
    const service = () => new AnalyticsService(new AnalyticsRepository(db.executor), EVIDENCE_LEVELS, new GdsRepository(db.executor));
    for (let r = 0; r < runs; r++) {
      t = performance.now();
      const run = await service().recompute();
      console.log(
        `recompute ${r + 1}: ${run.actors} actors, ${run.ties} ties; read ${run.readMs} ms, compute ${run.computeMs} ms (${run.computeCpuMs} cpu ms), write ${run.writeMs} ms, total ${run.totalMs} ms (betweenness ${run.betweennessExact ? 'exact' : `${run.pivots} pivots`})`,
      );
    }
    t = performance.now();
    const exact = await service().recompute({ exactUpTo: Infinity });
    console.log(`recompute with exact betweenness and closeness: compute ${exact.computeMs} ms (${exact.computeCpuMs} cpu ms), total ${exact.totalMs} ms (${Math.round(performance.now() - t)} ms wall)`);
  } finally {
    await db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** p50, p99 and max of `xs` (milliseconds). */
function spread(xs: number[]): string {
  const s = [...xs].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))].toFixed(1);
  return `p50 ${at(0.5)} ms, p99 ${at(0.99)} ms, max ${s[s.length - 1].toFixed(1)} ms (${s.length} requests)`;
}

/** Both engines on one store, phase by phase, then the API's latency idle and during a background recompute. */
async function engines(size: number): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'helixgraph-bench-'));
  const editor = 'bench-editor-key-0123456789abcdef';
  const config = loadConfig({
    NEO4J_DATA_DIR: path.join(dir, 'data'),
    NEO4J_EMBEDDED_PORT: '0',
    NEO4J_HEAP: heap,
    NEO4J_PAGECACHE: '256m',
    HELIXGRAPH_QUERY_TIMEOUT_MS: '600000',
    HELIXGRAPH_LOAD_DATASET: 'false',
    HELIXGRAPH_EVIDENCE: 'ALL',
    HELIXGRAPH_API_KEYS: `editor:${editor}`,
    HELIXGRAPH_RATE_LIMIT: '0',
    PORT: '0',
  });
  // Above 10,000 actors the store is written by Neo4j's offline importer before Neo4j starts (as
  // `helixgraph generate --bulk` does; the Cypher importer takes about 6,000 rows/s here).
  const bulk = size > 10_000;
  let enterpriseId: string | undefined;
  let t = performance.now();
  if (bulk) {
    function* batches(): Generator<Dataset> {
      for (const piece of generateBatches({ actors: size, seed: 1, batchSize: 20_000 })) {
        enterpriseId ??= piece.nodes.find((n) => n.label === 'Enterprise')?.id;
        yield piece;
      }
    }
    const loaded = await bulkImport(batches(), `generated:${size}:1`, { dataDir: path.join(dir, 'data'), heapBytes: 4 * 1024 ** 3 });
    console.log(`loaded ${loaded.nodes} nodes and ${loaded.links} links with the offline importer in ${Math.round(loaded.seconds)} s`);
  }
  const app = await startHelixgraph(config);
  const db = app.db;
  try {
    if (!bulk) {
      const dataset = generateDataset({ actors: size, seed: 1 });
      t = performance.now();
      await importDataset(db.executor, dataset, `generated-${size}.json`, { batchSize: 5000 });
      enterpriseId = dataset.nodes.find((n) => n.label === 'Enterprise')!.id;
      console.log(`imported ${dataset.nodes.length} nodes and ${dataset.links.length} links in ${Math.round(performance.now() - t)} ms`);
    }
    console.log(`load ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
    const gds = new GdsRepository(db.executor);
    console.log(`GDS: ${(await gds.version()) ?? 'absent'}\n`);
    line(['engine', 'actors', 'ties', 'read + project', ...['degree', 'betweenness', 'closeness', 'pagerank', 'communities', 'burt', 'gouldFernandez'], 'write', 'total wall', 'modularity']);
    line(Array(13).fill('---'));
    for (const engine of engineList) {
      const run = await new AnalyticsService(new AnalyticsRepository(db.executor), EVIDENCE_LEVELS, gds).recompute({ engine });
      const cell = (m: string) => {
        const x = run.timings.find((y) => y.measure === m);
        return x ? `${x.ms} ${x.engine === 'GDS' ? 'GDS' : 'ours'}${run.betweennessExact || !['betweenness', 'closeness'].includes(m) ? '' : ` (${run.pivots} pivots)`}` : '–';
      };
      line([engine, run.actors, run.ties, run.readMs, ...['degree', 'betweenness', 'closeness', 'pagerank', 'communities', 'burt', 'gouldFernandez'].map(cell), run.writeMs, run.totalMs, run.modularity.toFixed(4)]);
    }
    const post = async (query: string, key?: string) => {
      const started = performance.now();
      const res = await fetch(app.url, { method: 'POST', headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) }, body: JSON.stringify({ query }) });
      const body = (await res.json()) as { data?: any; errors?: unknown[] };
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      return { ms: performance.now() - started, data: body.data };
    };
    const lookup = `{ node(id: "${enterpriseId}") { id } }`;
    for (let i = 0; i < 20; i++) await post(lookup);
    const idle: number[] = [];
    for (let i = 0; i < 200; i++) idle.push((await post(lookup)).ms);
    console.log(`\nlookup by id, idle: ${spread(idle)}`);
    for (const engine of engineList) {
      await post(`mutation { startMeasuresRecompute(engine: ${engine}) { id } }`, editor);
      const during: number[] = [];
      t = performance.now();
      for (;;) {
        during.push((await post(lookup)).ms);
        const { data } = await post('{ measuresJob { state } }');
        if (data.measuresJob.state !== 'RUNNING') break;
      }
      console.log(`lookup by id during a background recompute (${engine}, ${Math.round(performance.now() - t)} ms): ${spread(during)}`);
    }
    console.log(`load ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  } finally {
    await app.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  console.log(`node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? '?'}, load ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}; median of ${runs} runs, CPU ms unless said`);
  console.log('\nAll measures (default options: exact betweenness up to 5,000 actors, 500 pivots above)\n');
  line(['graph', 'actors', 'ties', 'arcs', 'project', 'degree', 'betweenness', 'closeness', 'pagerank', 'louvain (communities)', 'burt', 'gould–fernandez', 'all measures', 'wall clock']);
  line(Array(14).fill('---'));
  if (sizes.length === 0 && enginesSize > 0) {
    console.log(`\nGDS and helixgraph engines through an embedded Neo4j (heap ${heap}), generated ${enginesSize} actors, wall-clock ms\n`);
    return engines(enginesSize);
  }
  const founding = JSON.parse(fs.readFileSync(fromRoot('data', 'founding.json'), 'utf8')) as Dataset;
  report('founding', founding, 5000);
  const generated = new Map(sizes.map((n) => [n, generateDataset({ actors: n, seed: 1 })]));
  for (const [n, dataset] of generated) report(`generated ${n}`, dataset, 5000);
  for (const [n, dataset] of generated) if (n > 5000 && n <= exactMax) report(`generated ${n}, exact`, dataset, Infinity);

  console.log('\nBetweenness: exact against 500 sampled pivots (error = largest |estimate − exact| over all actors)\n');
  line(['actors', 'exact cpu ms', 'pivots', 'sampled cpu ms', 'largest error', 'stated max s.e.', 'stated bound (95%)', 'largest exact value']);
  line(Array(8).fill('---'));
  for (const [n, dataset] of generated) if (n <= exactMax) compareBetweenness(dataset, 500);

  if (enginesSize > 0) {
    console.log(`\nGDS and helixgraph engines through an embedded Neo4j (heap ${heap}), generated ${enginesSize} actors, wall-clock ms\n`);
    await engines(enginesSize);
  }

  if (neo4jSize > 0) {
    console.log(`\nEnd to end through an embedded Neo4j, generated ${neo4jSize} actors\n`);
    await endToEnd(neo4jSize);
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
