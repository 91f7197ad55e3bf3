/**
 * The benchmark: helixgraph, the raw-Cypher floor and @neo4j/graphql over one Neo4j and one
 * generated dataset, measured in one run. See bench/run.ts for the command and README
 * "Performance" for how to read the results.
 */
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { getNamedType, isObjectType, isInterfaceType, parse, type GraphQLSchema, type SelectionSetNode, type GraphQLNamedType } from 'graphql';
import neo4j, { type Driver } from 'neo4j-driver';

import { createDriver } from '../src/db/database';
import { startEmbeddedNeo4j, type RunningNeo4j } from '../src/db/embedded';
import { Executor } from '../src/db/executor';
import { loadCypher } from '../src/db/cypher';
import { applyMigrations } from '../src/db/migrations';
import { buildHelixSchema } from '../src/graphql/schema';
import { bulkImport, type BulkImportSummary } from '../src/ingest/bulk';
import { generateBatches, planDataset } from '../src/ingest/generate';
import { importRecords, type StreamImportSummary } from '../src/ingest/stream';
import { fromRoot } from '../src/paths';
import { firstDifference } from './compare';
import { runLadder, type LadderResult } from './ladder/runLadder';
import { interleavedLatency, jsonPost, latencyStats, throughput, type LatencyStats, type Send, type ThroughputStats } from './load';
import { captureHelixgraph, capturingDriver, profileDbHits, type Statement } from './profile';
import { benchQueries, targetsFor, type BenchQuery } from './queries';
import { loadFloorStatements, startFloorServer } from './servers/floor';
import { forkServer } from './servers/fork';
import { startHelixgraphServer } from './servers/helixgraph';
import { startNeo4jGraphqlServer } from './servers/neo4jGraphql';
import type { BenchServer } from './servers/types';

export type Impl = 'helixgraph' | 'floor' | 'neo4j-graphql';
export const IMPLS: Impl[] = ['helixgraph', 'floor', 'neo4j-graphql'];

export interface BenchOptions {
  /** Seconds instead of minutes: a few requests per query, no scale section. */
  quick: boolean;
  actors: number;
  seed: number;
  /** Use this Neo4j (it must hold the migrations); else start an embedded one on a cached data dir. */
  uri?: string;
  /** Run each server in a child process (the full benchmark) rather than in this process. */
  childProcesses: boolean;
  /** Sizes for the scale section (lookup and page latency); each needs its own generated store. */
  scaleSizes: number[];
  /** Generate a missing scale store (can take long) rather than skip it. */
  generateScale: boolean;
  /** The layer ladder (bench/ladder/): with the rest (default), alone (`only`: no other section), or not at all. */
  ladder?: 'with' | 'only' | 'skip';
  /** Seconds of load per rung and round (default 3). */
  ladderSeconds?: number;
  log: (line: string) => void;
}

export interface QueryMeasure {
  key: string;
  title: string;
  agree: Record<Impl, boolean | null>;
  mismatch?: string;
  latency: Partial<Record<Impl, LatencyStats>>;
  throughput: Partial<Record<Impl, ThroughputStats>>;
  roundTrips: Partial<Record<Impl, number>>;
  dbHits: Partial<Record<Impl, number>>;
  depth: number;
  unsupported?: string;
  skipped?: string;
}

/** How a store was loaded by Neo4j's offline importer (`helixgraph generate --bulk`). */
export interface BulkFigures {
  /** Generate + validate + CSV + Neo4j's importer. */
  rowsPerSecond: number;
  /** Neo4j's importer alone (JVM start included). */
  importRowsPerSecond: number;
  seconds: number;
  /** Building constraints and indexes on the loaded data, after start-up. */
  indexSeconds: number;
}

export interface ScaleMeasure {
  actors: number;
  bulk: BulkFigures | null;
  rows: number | null;
  lookup: Partial<Record<'helixgraph' | 'floor', LatencyStats>>;
  page: Partial<Record<'helixgraph' | 'floor', LatencyStats>>;
  skipped?: string;
}

export interface BenchResult {
  when: string;
  machine: { cpu: string; cores: number; ramGiB: number; loadAvgStart: number[]; loadAvgEnd?: number[] };
  versions: Record<string, string>;
  actors: number;
  seed: number;
  /**
   * The benchmark's store (loaded in bulk) and the rate of the Cypher importer (`helixgraph import`,
   * the streaming importer) measured on the same generated records in a scratch store.
   */
  dataset: { rows: number | null; importRowsPerSecond: number | null; importWriteRowsPerSecond: number | null; bulk: BulkFigures | null; built: string };
  neo4jGraphql: string;
  queries: QueryMeasure[];
  scale: ScaleMeasure[];
  memory: { apiRssMiB: number | null; neo4jGraphqlRssMiB: number | null; floorRssMiB: number | null; neo4jRssMiB: number | null };
  settings: { warmup: number; rounds: number; concurrency: number; throughputMs: number };
  /** What each layer between the floor and helixgraph costs (absent when not run). */
  ladder?: LadderResult;
}

const CONCURRENCY = 32;

function rssMiB(pid: number | undefined): number | null {
  if (!pid || pid < 0) return null;
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Math.round(Number(m[1]) / 1024) : null;
  } catch {
    return null;
  }
}

function pkgVersion(name: string): string {
  try {
    return JSON.parse(fs.readFileSync(fromRoot('node_modules', ...name.split('/'), 'package.json'), 'utf8')).version;
  } catch {
    return 'missing';
  }
}

/** Where a generated store of `actors` actors is kept between runs (git-ignored). */
export function storeDir(actors: number, seed: number): string {
  return fromRoot('bench', 'results', 'tmp', `data-${actors}-${seed}`);
}

const PLUGIN_DIR = fromRoot('bench', 'neo4j-plugins', 'lib');
const apocAvailable = () => fs.existsSync(PLUGIN_DIR) && fs.readdirSync(PLUGIN_DIR).some((f) => /^apoc-core-.*\.jar$/.test(f));

async function startNeo4j(dir: string, withPlugins: boolean): Promise<RunningNeo4j> {
  return startEmbeddedNeo4j({
    dataDir: path.join(dir, 'data'),
    boltPort: 0,
    pageCacheBytes: 2 * 1024 ** 3,
    heapBytes: 2 * 1024 ** 3,
    pluginDir: withPlugins ? PLUGIN_DIR : undefined,
    logFile: path.join(dir, 'neo4j.log'),
  });
}

interface StoreInfo {
  /** Stores built before bulk loading existed went through the Cypher importer. */
  summary?: StreamImportSummary | null;
  bulk?: BulkImportSummary & { indexSeconds: number };
  built: string;
}

function bulkFigures(info: StoreInfo): BulkFigures | null {
  const b = info.bulk;
  return b ? { rowsPerSecond: b.rowsPerSecond, importRowsPerSecond: b.importRowsPerSecond, seconds: b.seconds, indexSeconds: b.indexSeconds } : null;
}

/**
 * The Cypher importer's rate (the path of `helixgraph import` and of imports into a running
 * database) on the generated records: a scratch store, loaded and removed.
 */
async function measureCypherImport(actors: number, seed: number, log: (l: string) => void): Promise<StreamImportSummary> {
  const dir = fromRoot('bench', 'results', 'tmp', `cypher-import-${actors}-${seed}`);
  fs.rmSync(dir, { recursive: true, force: true });
  log(`measuring the Cypher importer on ${actors} generated actors in a scratch store…`);
  const neo = await startNeo4j(dir, false);
  const driver = createDriver(neo.uri);
  try {
    const db = new Executor(driver, loadCypher(), { database: 'neo4j', timeoutMs: 600_000 });
    await applyMigrations(db);
    return await loadGenerated(db, actors, seed, log);
  } finally {
    await driver.close();
    await neo.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Generates `actors` actors into the database at `uri` through the streaming importer. */
export async function loadGenerated(db: Executor, actors: number, seed: number, log: (l: string) => void): Promise<StreamImportSummary> {
  const started = Date.now();
  let last = 0;
  const summary = await importRecords(db, generateBatches({ actors, seed, batchSize: 20_000 }), `generated:${actors}:${seed}`, {
    onBatch: (s) => {
      if (Date.now() - last > 15_000) {
        last = Date.now();
        log(`  … ${s.rows} rows, ${s.rowsPerSecond} rows/s`);
      }
    },
  });
  log(`  imported ${summary.rows} rows in ${((Date.now() - started) / 1000).toFixed(1)} s: ${summary.rowsPerSecond} rows/s end to end, ${summary.writeRowsPerSecond} rows/s writing`);
  return summary;
}

/** Opens (building it first when missing) the cached store of a size; returns its Neo4j and build info. */
async function openStore(actors: number, seed: number, withPlugins: boolean, build: boolean, log: (l: string) => void): Promise<{ neo: RunningNeo4j; info: StoreInfo } | null> {
  const dir = storeDir(actors, seed);
  const marker = path.join(dir, 'complete.json');
  if (!fs.existsSync(marker)) {
    if (!build) return null;
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir, { recursive: true });
    log(`generating ${actors} actors (seed ${seed}) into ${dir} with Neo4j's offline importer…`);
    const bulk = await bulkImport(generateBatches({ actors, seed, batchSize: 20_000 }), `generated:${actors}:${seed}`, {
      dataDir: path.join(dir, 'data'),
      heapBytes: 4 * 1024 ** 3,
      log,
    });
    log(`  ${bulk.rows} rows in ${bulk.seconds.toFixed(1)} s: ${bulk.rowsPerSecond} rows/s end to end, ${bulk.importRowsPerSecond} rows/s in Neo4j's importer`);
    const neo = await startNeo4j(dir, withPlugins);
    const driver = createDriver(neo.uri);
    const db = new Executor(driver, loadCypher(), { database: 'neo4j', timeoutMs: 600_000 });
    try {
      // The migrations create the constraints and indexes (and fill sortName) on the loaded data.
      const t = process.hrtime.bigint();
      await applyMigrations(db);
      const indexSeconds = Number(process.hrtime.bigint() - t) / 1e9;
      log(`  migrations (constraints, indexes) on the loaded data in ${indexSeconds.toFixed(1)} s`);
      const info: StoreInfo = { bulk: { ...bulk, indexSeconds }, built: new Date().toISOString() };
      fs.writeFileSync(marker, JSON.stringify(info, null, 2));
      await driver.close();
      return { neo, info };
    } catch (err) {
      await driver.close();
      await neo.stop();
      throw err;
    }
  }
  const info = JSON.parse(fs.readFileSync(marker, 'utf8')) as StoreInfo;
  const neo = await startNeo4j(dir, withPlugins);
  return { neo, info };
}

/** Types that wrap an entity fetched with it (pagination, relationship, hit), not a level of their own. */
const WRAPPERS = /Connection$|Edge$|^PageInfo$|^Link$|^SearchHit$|^NeighbourhoodNode$|^NeighbourhoodLink$|^Path$|^ShortestPaths$/;

/** The selection depth of a helixgraph query: nesting of fields that return objects, wrappers not counted. */
export function selectionDepth(schema: GraphQLSchema, query: string): number {
  const walk = (set: SelectionSetNode | undefined, type: GraphQLNamedType): number => {
    if (!set) return 0;
    let max = 0;
    for (const sel of set.selections) {
      if (sel.kind === 'InlineFragment') {
        const cond = sel.typeCondition ? schema.getType(sel.typeCondition.name.value)! : type;
        max = Math.max(max, walk(sel.selectionSet, cond));
      } else if (sel.kind === 'Field') {
        if (!(isObjectType(type) || isInterfaceType(type))) continue;
        const field = type.getFields()[sel.name.value];
        if (!field) continue;
        const named = getNamedType(field.type);
        if (!sel.selectionSet) continue;
        const own = WRAPPERS.test(named.name) ? 0 : 1;
        max = Math.max(max, own + walk(sel.selectionSet, named));
      }
    }
    return max;
  };
  const doc = parse(query);
  const op = doc.definitions.find((d) => d.kind === 'OperationDefinition');
  return op && op.kind === 'OperationDefinition' ? walk(op.selectionSet, schema.getQueryType()!) : 0;
}

interface Started {
  servers: Record<Impl, BenchServer | null>;
  compat: string;
  children: ChildProcess[];
}

async function startServers(uri: string, children: boolean, checkCompat: boolean, log: (l: string) => void): Promise<Started> {
  const servers: Record<Impl, BenchServer | null> = { helixgraph: null, floor: null, 'neo4j-graphql': null };
  const procs: ChildProcess[] = [];
  let compat = '';
  if (children) {
    for (const kind of IMPLS) {
      try {
        const { server, child } = await forkServer(kind, uri, kind === 'neo4j-graphql' && checkCompat ? ['--check-compat'] : []);
        servers[kind] = server;
        procs.push(child);
        if (kind === 'neo4j-graphql') compat = server.compat ?? '';
      } catch (err) {
        if (kind !== 'neo4j-graphql') throw err;
        compat = `could not start: ${(err as Error).message}`;
        log(`@neo4j/graphql ${compat}`);
      }
    }
  } else {
    servers.helixgraph = await startHelixgraphServer({ uri });
    servers.floor = await startFloorServer({ uri });
    try {
      const s = await startNeo4jGraphqlServer({ uri, checkCompat });
      servers['neo4j-graphql'] = s;
      compat = s.compat;
    } catch (err) {
      compat = `could not start: ${(err as Error).message}`;
      log(`@neo4j/graphql ${compat}`);
    }
  }
  return { servers, compat, children: procs };
}

function sendFor(q: BenchQuery, impl: Impl, servers: Record<Impl, BenchServer | null>): Send | null {
  const s = servers[impl];
  if (!s) return null;
  if (impl === 'helixgraph') return jsonPost(s.url, q.helixgraph);
  if (impl === 'floor') return jsonPost(`${s.url}/${q.floor.name}`, q.floor.params);
  if ('unsupported' in q.neo4jGraphql) return null;
  return jsonPost(s.url, q.neo4jGraphql);
}

function normalized(q: BenchQuery, impl: Impl, body: any): unknown {
  if (impl === 'helixgraph') return q.normalize.helixgraph(body.data);
  if (impl === 'floor') return q.normalize.floor(body.rows);
  return q.normalize.neo4jGraphql!(body.data);
}

/** Runs the whole benchmark and returns its measures (rendered by `renderMarkdown`). */
export async function runBenchmark(options: BenchOptions): Promise<BenchResult> {
  const log = options.log;
  const quick = options.quick;
  const settings = quick
    ? { warmup: 2, rounds: 5, concurrency: 4, throughputMs: 300 }
    : { warmup: 20, rounds: 150, concurrency: CONCURRENCY, throughputMs: 4000 };
  const result: BenchResult = {
    when: new Date().toISOString(),
    machine: { cpu: os.cpus()[0]?.model ?? 'unknown', cores: os.cpus().length, ramGiB: Math.round(os.totalmem() / 1024 ** 3), loadAvgStart: os.loadavg().map((x) => Math.round(x * 10) / 10) },
    versions: {
      node: process.version,
      neo4j: /<neo4j\.version>([^<]+)</.exec(fs.readFileSync(fromRoot('neo4j', 'pom.xml'), 'utf8'))?.[1] ?? '?',
      'neo4j-driver': pkgVersion('neo4j-driver'),
      '@neo4j/graphql': pkgVersion('@neo4j/graphql'),
      '@apollo/server': pkgVersion('@apollo/server'),
      'type-graphql': pkgVersion('type-graphql'),
      graphql: pkgVersion('graphql'),
      apoc: apocAvailable() ? fs.readdirSync(PLUGIN_DIR).find((f) => f.startsWith('apoc-core'))!.replace(/^apoc-core-|-core\.jar$|\.jar$/g, '') : 'not installed',
    },
    actors: options.actors,
    seed: options.seed,
    dataset: { rows: null, importRowsPerSecond: null, importWriteRowsPerSecond: null, bulk: null, built: '' },
    neo4jGraphql: '',
    queries: [],
    scale: [],
    memory: { apiRssMiB: null, neo4jGraphqlRssMiB: null, floorRssMiB: null, neo4jRssMiB: null },
    settings,
  };

  let neo: RunningNeo4j | undefined;
  let uri = options.uri;
  if (!uri) {
    if (options.ladder !== 'only') {
      // First, alone on the machine: the Cypher importer's rate on the same records.
      const cypherImport = await measureCypherImport(options.actors, options.seed, log);
      result.dataset.importRowsPerSecond = cypherImport.rowsPerSecond;
      result.dataset.importWriteRowsPerSecond = cypherImport.writeRowsPerSecond;
    }
    const store = await openStore(options.actors, options.seed, apocAvailable(), true, log);
    neo = store!.neo;
    uri = neo.uri;
    const info = store!.info;
    result.dataset = { ...result.dataset, rows: info.bulk?.rows ?? info.summary?.rows ?? null, bulk: bulkFigures(info), built: info.built };
  }
  const driver = createDriver(uri);
  let started: Started | undefined;
  const profilers: Array<{ stop(): Promise<void> }> = [];
  try {
    if (options.uri) {
      // Someone else's database (the test suite's): bring our generated records, remove them after.
      const db = new Executor(driver, loadCypher(), { database: 'neo4j', timeoutMs: 600_000 });
      await applyMigrations(db);
      const s = await loadGenerated(db, options.actors, options.seed, log);
      result.dataset = { rows: s.rows, importRowsPerSecond: s.rowsPerSecond, importWriteRowsPerSecond: s.writeRowsPerSecond, bulk: null, built: result.when };
    }
    if (options.ladder !== 'only') {
      started = await startServers(uri, options.childProcesses, !options.uri && apocAvailable(), log);
      result.neo4jGraphql = started.compat;
      const { servers } = started;

      // In-process instances used only to capture what each implementation sends to Neo4j.
      const helixProfiler = options.childProcesses ? await startHelixgraphServer({ uri }) : (servers.helixgraph as Awaited<ReturnType<typeof startHelixgraphServer>>);
      if (options.childProcesses) profilers.push(helixProfiler);
      const sink = { on: false, statements: [] as Statement[] };
      let ngqlProfiler: BenchServer | null = null;
      if (servers['neo4j-graphql']) {
        ngqlProfiler = await startNeo4jGraphqlServer({ uri, driver: capturingDriver(driver, sink) });
        profilers.push(ngqlProfiler);
      }

      const schema = await buildHelixSchema();
      const queryFields = new Set(Object.keys(schema.getQueryType()!.getFields()));
      const floorStatements = loadFloorStatements();
      const queries = benchQueries(targetsFor(planDataset(options.actors)));

      for (const q of queries) {
        const m: QueryMeasure = {
          key: q.key,
          title: q.title,
          agree: { helixgraph: null, floor: null, 'neo4j-graphql': null },
          latency: {},
          throughput: {},
          roundTrips: { floor: 1 },
          dbHits: {},
          depth: 0,
          unsupported: 'unsupported' in q.neo4jGraphql ? q.neo4jGraphql.unsupported : undefined,
        };
        result.queries.push(m);
        const missing = (q.needs ?? []).filter((f) => !queryFields.has(f));
        if (missing.length > 0) {
          m.skipped = `helixgraph has no ${missing.join(', ')} query yet`;
          log(`${q.key}: skipped (${m.skipped})`);
          continue;
        }
        m.depth = selectionDepth(schema, q.helixgraph.query);
        const sends: Partial<Record<Impl, Send>> = {};
        for (const impl of IMPLS) {
          const s = sendFor(q, impl, servers);
          if (s) sends[impl] = s;
        }

        // 1. Same answers first.
        const floorAnswer = normalized(q, 'floor', await sends.floor!());
        for (const impl of IMPLS) {
          if (!sends[impl]) continue;
          const body = await sends[impl]!();
          const answer = normalized(q, impl, body);
          const diff = firstDifference(answer, floorAnswer);
          m.agree[impl] = diff === '';
          if (diff) m.mismatch = `${impl} vs floor: ${diff}`;
          if (impl === 'helixgraph') m.roundTrips.helixgraph = body.extensions?.queryStats?.roundTrips;
        }
        log(`${q.key}: answers ${IMPLS.filter((i) => sends[i]).map((i) => `${i} ${m.agree[i] ? 'agree' : 'DIFFER'}`).join(', ')}${m.mismatch ? ` (${m.mismatch})` : ''}`);

        // 2. Statements and dbHits.
        const captured = await captureHelixgraph(() => jsonPost(helixProfiler.url, q.helixgraph)());
        m.dbHits.helixgraph = await profileDbHits(driver, captured.statements);
        if (!options.childProcesses) m.roundTrips.helixgraph = captured.statements.length;
        m.dbHits.floor = await profileDbHits(driver, [{ text: floorStatements.get(q.floor.name)!, params: q.floor.params }]);
        if (ngqlProfiler && !('unsupported' in q.neo4jGraphql)) {
          await jsonPost(ngqlProfiler.url, q.neo4jGraphql)(); // its first request also checks the Neo4j version
          sink.statements = [];
          sink.on = true;
          await jsonPost(ngqlProfiler.url, q.neo4jGraphql)();
          sink.on = false;
          m.roundTrips['neo4j-graphql'] = sink.statements.length;
          m.dbHits['neo4j-graphql'] = await profileDbHits(driver, sink.statements);
        }

        // 3. Warm-up, latency at concurrency 1 (interleaved), throughput at concurrency 32.
        for (const impl of IMPLS) for (let i = 0; i < settings.warmup && sends[impl]; i++) await sends[impl]!();
        const samples = await interleavedLatency(sends as Record<string, Send>, settings.rounds, quick ? 5_000 : 45_000);
        for (const impl of IMPLS) if (samples[impl]) m.latency[impl] = latencyStats(samples[impl]);
        for (const impl of IMPLS) {
          if (!sends[impl]) continue;
          m.throughput[impl] = await throughput(sends[impl]!, settings.concurrency, settings.throughputMs, quick ? 200 : 50_000);
        }
        const l = (i: Impl) => (m.latency[i] ? `${m.latency[i]!.p50.toFixed(1)} ms` : '–');
        const t = (i: Impl) => (m.throughput[i] ? `${m.throughput[i]!.rps.toFixed(0)}/s${m.throughput[i]!.errors ? ` (${m.throughput[i]!.errors} errors)` : ''}` : '–');
        log(`${q.key}: p50 ${IMPLS.map((i) => `${i} ${l(i)}`).join(', ')}; c=${settings.concurrency} ${IMPLS.map((i) => `${i} ${t(i)}`).join(', ')}`);
      }

      result.memory = {
        apiRssMiB: rssMiB(servers.helixgraph?.pid),
        floorRssMiB: options.childProcesses ? rssMiB(servers.floor?.pid) : null,
        neo4jGraphqlRssMiB: options.childProcesses ? rssMiB(servers['neo4j-graphql']?.pid) : null,
        neo4jRssMiB: rssMiB(neo?.pid),
      };
    }
    if (options.ladder !== 'skip') {
      const [node, page] = benchQueries(targetsFor(planDataset(options.actors)));
      result.ladder = await runLadder({
        uri,
        settings: quick
          ? { childProcesses: false, secondsPerRung: 0.25, rounds: 1, concurrency: settings.concurrency, latencyRounds: { node: 5, page: 3 }, warmupSeconds: 0.1, profileSeconds: 0 }
          : { childProcesses: options.childProcesses, secondsPerRung: options.ladderSeconds ?? 3, rounds: 2, concurrency: CONCURRENCY, latencyRounds: { node: 200, page: 60 }, warmupSeconds: 1, profileSeconds: 5 },
        queries: { node, page },
        profileDir: fromRoot('bench', 'results', 'profiles'),
        root: fromRoot(),
        log,
      });
    }
  } finally {
    for (const p of profilers) await p.stop().catch(() => {});
    if (started) for (const s of Object.values(started.servers)) await s?.stop().catch(() => {});
    await driver.close();
    await neo?.stop();
    if (options.uri) {
      const cleanup = createDriver(options.uri);
      try {
        // Remove the generated records in slices (each a small transaction).
        for (;;) {
          const r = await cleanup.executeQuery('MATCH (n:Entity) WHERE n.id STARTS WITH "gen:" WITH n LIMIT 5000 DETACH DELETE n RETURN count(*) AS c', {}, { database: 'neo4j' });
          if (neo4j.integer.toNumber(r.records[0].get('c')) === 0) break;
        }
      } finally {
        await cleanup.close();
      }
    }
  }

  if (!quick && options.ladder !== 'only') {
    for (const size of options.scaleSizes) result.scale.push(await measureScale(size, options, log));
  }
  result.machine.loadAvgEnd = os.loadavg().map((x) => Math.round(x * 10) / 10);
  return result;
}

/** Lookup and page latency (helixgraph and floor, concurrency 1) on the store of one size. */
async function measureScale(actors: number, options: BenchOptions, log: (l: string) => void): Promise<ScaleMeasure> {
  const measure: ScaleMeasure = { actors, bulk: null, rows: null, lookup: {}, page: {} };
  const store = await openStore(actors, options.seed, false, options.generateScale || actors === options.actors, log).catch((err: Error) => {
    measure.skipped = `store could not be built: ${err.message}`;
    return null;
  });
  if (!store) {
    measure.skipped ??= `no generated store of ${actors} actors (build it with \`npm run bench -- --scale-generate\`)`;
    log(`scale ${actors}: skipped (${measure.skipped})`);
    return measure;
  }
  measure.rows = store.info.bulk?.rows ?? store.info.summary?.rows ?? null;
  measure.bulk = bulkFigures(store.info);
  let helix: Awaited<ReturnType<typeof startHelixgraphServer>> | undefined;
  let floor: BenchServer | undefined;
  try {
    helix = await startHelixgraphServer({ uri: store.neo.uri });
    floor = await startFloorServer({ uri: store.neo.uri });
    const [node, page] = benchQueries(targetsFor(planDataset(actors)));
    for (const [q, into] of [
      [node, measure.lookup],
      [page, measure.page],
    ] as const) {
      const sends = { helixgraph: jsonPost(helix.url, q.helixgraph), floor: jsonPost(`${floor.url}/${q.floor.name}`, q.floor.params) };
      for (let i = 0; i < 10; i++) for (const s of Object.values(sends)) await s();
      const samples = await interleavedLatency(sends, 100, 60_000);
      into.helixgraph = latencyStats(samples.helixgraph);
      into.floor = latencyStats(samples.floor);
    }
    log(`scale ${actors}: lookup p50 ${measure.lookup.helixgraph!.p50.toFixed(1)} ms (floor ${measure.lookup.floor!.p50.toFixed(1)}), page p50 ${measure.page.helixgraph!.p50.toFixed(1)} ms (floor ${measure.page.floor!.p50.toFixed(1)})`);
  } finally {
    await helix?.stop();
    await floor?.stop();
    await store.neo.stop();
  }
  return measure;
}

export { type Driver };
