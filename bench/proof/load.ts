import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { loadCypher } from '../../src/db/cypher';
import { createDriver } from '../../src/db/database';
import { startEmbeddedNeo4j, type RunningNeo4j } from '../../src/db/embedded';
import { Executor } from '../../src/db/executor';
import { startApiProcess, type ApiProcess } from './apiProcess';
import { cpuSeconds } from './cpu';
import { parseFlags } from './flags';
import { mib, summarize, table, trend, type LatencySummary, type Trend } from './stats';
import { checkWrites, describeCheck, removePrefix, type WriteCheck } from './verify';
import { prepareCatalogue, READ_KINDS, runWorkload, warmUp, WriteLog, WRITE_KINDS, type Outcome } from './workload';

export interface LoadOptions {
  clients: number;
  seconds: number;
  /** Use this Neo4j (ids written are prefixed `load:` and removed afterwards); else start one. */
  neo4jUri?: string;
  /** Keep the temporary folder (Neo4j store, API log). */
  keep?: boolean;
  seed?: number;
  log?: (line: string) => void;
}

export interface LoadReport {
  clients: number;
  seconds: number;
  requests: number;
  errors: number;
  /** Distinct errors: kind, code, message and how many. */
  errorList: Array<{ kind: string; code: string; message: string; count: number }>;
  requestsPerSecond: number;
  /** Per operation kind, and `all`. */
  latency: Record<string, LatencySummary & { errors: number }>;
  /** API process memory, MiB, sampled every second during the load. */
  memory: { rss: Trend; heapUsed: Trend };
  /**
   * Heap and RSS (MiB) right after a full garbage collection: after the warm-up (t 0), every
   * `gcEverySeconds` of the load, and at the end: what the process retains, the measure of a leak.
   */
  retained: Array<{ t: number; heapUsed: number; rss: number }>;
  writes: WriteCheck;
  /** Lines the API logged as internal errors. */
  internalErrorsLogged: number;
  apiPid: number;
  apiAliveAtEnd: boolean;
  /** CPUs and the 1-minute load average before and after (other work on the machine shows here). */
  machine: { cpus: number; loadAverageBefore: number; loadAverageAfter: number };
  /**
   * CPU seconds used during the load by the API process, the Neo4j JVM (when started here) and
   * this process (the clients); what is left of cpus × seconds went to other work on the machine.
   */
  cpuSeconds: { api: number | null; neo4j: number | null; clients: number | null };
}

const PREFIX = 'load:';
/** How often the API is asked for a full GC and its retained heap during the load. */
const GC_EVERY_SECONDS = 15;

/** Latency and error counts per kind and overall. */
export function latencyByKind(outcomes: readonly Outcome[]): Record<string, LatencySummary & { errors: number }> {
  const out: Record<string, LatencySummary & { errors: number }> = {};
  for (const kind of [...READ_KINDS, ...WRITE_KINDS]) {
    const mine = outcomes.filter((o) => o.kind === kind);
    out[kind] = { ...summarize(mine.map((o) => o.ms)), errors: mine.filter((o) => !o.ok).length };
  }
  out.all = { ...summarize(outcomes.map((o) => o.ms)), errors: outcomes.filter((o) => !o.ok).length };
  return out;
}

/** Distinct errors of a run, most frequent first. */
export function distinctErrors(outcomes: readonly Outcome[]): LoadReport['errorList'] {
  const byKey = new Map<string, LoadReport['errorList'][number]>();
  for (const o of outcomes) {
    if (o.ok) continue;
    const k = `${o.kind}|${o.code}|${o.message}`;
    const e = byKey.get(k) ?? { kind: o.kind, code: o.code ?? '', message: (o.message ?? '').slice(0, 120), count: 0 };
    e.count++;
    byKey.set(k, e);
  }
  return [...byKey.values()].sort((a, b) => b.count - a.count);
}

/** The environment of an API started for a proof: production mode, one editor key, no budget. */
export function proofEnv(neo4jUri: string, editorKey: string): Record<string, string> {
  return {
    NODE_ENV: 'production',
    PORT: '0',
    HOST: '127.0.0.1',
    NEO4J_URI: neo4jUri,
    NEO4J_USER: '',
    NEO4J_PASSWORD: '',
    HELIXGRAPH_API_KEYS: `editor:${editorKey}`,
    HELIXGRAPH_READ_ACCESS: 'open',
    // The per-client budget would refuse a load generator (all clients share one key and one
    // address) with RATE_LIMITED: 0 disables it for the proof.
    HELIXGRAPH_RATE_LIMIT: '0',
  };
}

/** Lines of the API log that record an internal (masked) error. */
export function countInternalErrors(logFile: string): number {
  if (!fs.existsSync(logFile)) return 0;
  return fs.readFileSync(logFile, 'utf8').split('\n').filter((l) => l.includes('helixgraph: internal error')).length;
}

/**
 * The load proof: a Neo4j (started here unless given), the built API as a child process, `clients`
 * concurrent clients sending mixed reads and writes for `seconds`; then the writes are checked
 * against the client log and removed. Returns the figures; throws only when set-up fails.
 */
export async function runLoad(options: LoadOptions): Promise<LoadReport> {
  const log = options.log ?? (() => {});
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'helixgraph-load-'));
  const editorKey = `proof-editor-${randomBytes(16).toString('hex')}`;
  let neo4j: RunningNeo4j | undefined;
  let api: ApiProcess | undefined;
  let driver: ReturnType<typeof createDriver> | undefined;
  try {
    let uri = options.neo4jUri;
    if (!uri) {
      log(`starting Neo4j in ${dir}…`);
      neo4j = await startEmbeddedNeo4j({ dataDir: path.join(dir, 'data'), boltPort: 0, pageCacheBytes: 256 * 1024 ** 2, heapBytes: 512 * 1024 ** 2 });
      uri = neo4j.uri;
    }
    driver = createDriver(uri);
    const db = new Executor(driver, loadCypher(), { database: 'neo4j', timeoutMs: 120_000 });
    await removePrefix(db, PREFIX);
    log(`starting the API (NEO4J_URI=${uri}, HELIXGRAPH_RATE_LIMIT=0)…`);
    api = await startApiProcess(proofEnv(uri, editorKey), path.join(dir, 'api.log'));
    const catalogue = await prepareCatalogue(api.url, editorKey, PREFIX);
    const writes = new WriteLog();
    const warm = await warmUp({ url: api.url, editorKey, prefix: PREFIX, catalogue, log: writes });
    log(`API pid ${api.pid} at ${api.url}; warmed up (${warm.length} requests, ${warm.filter((o) => !o.ok).length} errors); ${options.clients} clients for ${options.seconds} s…`);

    const retained: LoadReport['retained'] = [];
    const retain = async (since: number) => {
      const m = await api!.collectGarbage();
      retained.push({ t: Math.round((m.at - since) / 1000), heapUsed: mib(m.heapUsed), rss: mib(m.rss) });
    };
    const loadBefore = os.loadavg();
    await retain(Date.now());
    const cpuPids = { api: api.pid, neo4j: neo4j?.pid ?? -1, clients: process.pid };
    const cpuBefore = { api: cpuSeconds(cpuPids.api), neo4j: cpuSeconds(cpuPids.neo4j), clients: cpuSeconds(cpuPids.clients) };
    const started = Date.now();
    const deadline = started + options.seconds * 1000;
    const ticker = setInterval(() => log(`  ${Math.round((Date.now() - started) / 1000)} s…`), 10_000);
    const gcTimer = setInterval(() => void retain(started).catch(() => {}), GC_EVERY_SECONDS * 1000);
    const { outcomes } = await runWorkload({
      url: api.url,
      editorKey,
      prefix: PREFIX,
      clients: options.clients,
      catalogue,
      seed: options.seed,
      log: writes,
      done: () => Date.now() >= deadline,
    });
    const loadAfter = os.loadavg();
    const used = (k: keyof typeof cpuPids) => {
      const [a, b] = [cpuBefore[k], cpuSeconds(cpuPids[k])];
      return a === null || b === null ? null : Math.round((b - a) * 10) / 10;
    };
    const cpu = { api: used('api'), neo4j: used('neo4j'), clients: used('clients') };
    clearInterval(ticker);
    clearInterval(gcTimer);
    const ended = Date.now();
    await retain(started);
    retained.sort((a, b) => a.t - b.t);
    const samples = api.memory.filter((m) => m.at >= started && m.at <= ended);
    const series = (f: (m: (typeof samples)[number]) => number) => samples.map((m) => ({ t: (m.at - started) / 1000, value: mib(f(m)) }));

    const check = await checkWrites(db, PREFIX, catalogue.sourceId, writes);
    const removed = await removePrefix(db, PREFIX);
    log(`removed ${removed} ${PREFIX} entities and sources`);
    const apiAliveAtEnd = api.alive();
    await api.stop();
    const seconds = (ended - started) / 1000;
    return {
      clients: options.clients,
      seconds,
      requests: outcomes.length,
      errors: outcomes.filter((o) => !o.ok).length,
      errorList: distinctErrors(outcomes),
      requestsPerSecond: Math.round((outcomes.length / seconds) * 10) / 10,
      latency: latencyByKind(outcomes),
      memory: { rss: trend(series((m) => m.rss)), heapUsed: trend(series((m) => m.heapUsed)) },
      retained,
      writes: check,
      internalErrorsLogged: countInternalErrors(path.join(dir, 'api.log')),
      apiPid: api.pid,
      apiAliveAtEnd,
      machine: { cpus: os.cpus().length, loadAverageBefore: loadBefore[0], loadAverageAfter: loadAfter[0] },
      cpuSeconds: cpu,
    };
  } finally {
    await api?.stop();
    await driver?.close();
    await neo4j?.stop();
    if (options.keep) log(`kept ${dir}`);
    else fs.rmSync(dir, { recursive: true, force: true });
  }
}

const round = (x: number, d = 1) => Math.round(x * 10 ** d) / 10 ** d;

/** The report as printed by `npm run proof:load`. */
export function formatLoadReport(r: LoadReport): string {
  const trendRow = (name: string, t: Trend) => ({
    series: name,
    samples: t.samples,
    'first 10 s avg (MiB)': round(t.firstAvg),
    'last 10 s avg (MiB)': round(t.lastAvg),
    'slope (MiB/min)': round(t.slopePerMinute, 2),
    'slope, 2nd half (MiB/min)': round(t.secondHalfSlopePerMinute, 2),
  });
  return [
    `load: ${r.clients} clients, ${round(r.seconds)} s, ${r.requests} requests, ${r.requestsPerSecond} req/s, ${r.errors} errors`,
    `machine: ${r.machine.cpus} CPUs, 1-min load average ${round(r.machine.loadAverageBefore)} before, ${round(r.machine.loadAverageAfter)} after (Neo4j, the API and the clients share them, with whatever else runs)`,
    `CPU seconds used during the load, of ${round(r.machine.cpus * r.seconds)} available: API ${r.cpuSeconds.api ?? '?'}, Neo4j ${r.cpuSeconds.neo4j ?? '(not started here)'}, clients ${r.cpuSeconds.clients ?? '?'}`,
    '',
    'latency (ms) by operation:',
    table(Object.entries(r.latency).map(([kind, l]) => ({ operation: kind, requests: l.count, errors: l.errors, p50: l.p50, p95: l.p95, p99: l.p99, max: l.max }))),
    '',
    r.errorList.length === 0 ? 'errors: none' : `errors:\n${table(r.errorList.map((e) => ({ ...e })))}`,
    '',
    `API process (pid ${r.apiPid}) memory, sampled every second:`,
    table([trendRow('rss', r.memory.rss), trendRow('heapUsed', r.memory.heapUsed)]),
    `retained after a full GC (MiB), at t s: ${r.retained.map((x) => `t ${x.t}: heap ${x.heapUsed}, rss ${x.rss}`).join('; ')}`,
    `API alive at the end: ${r.apiAliveAtEnd ? 'yes' : 'NO'}; internal errors in its log: ${r.internalErrorsLogged}`,
    '',
    ...describeCheck(r.writes),
  ].join('\n');
}

async function main(): Promise<void> {
  const flags = parseFlags(process.argv.slice(2), { clients: 64, seconds: 60, neo4jUri: undefined as string | undefined, keep: false, seed: 844 });
  const report = await runLoad({ ...flags, log: (line) => console.log(`proof:load: ${line}`) });
  console.log(`\n${formatLoadReport(report)}`);
  process.exitCode = report.errors === 0 && report.writes.ok && report.apiAliveAtEnd ? 0 : 1;
}

if (require.main === module) {
  main().catch((err: unknown) => {
    console.error('proof:load: failed:', err);
    process.exit(1);
  });
}
