import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

import { loadCypher } from '../../src/db/cypher';
import { createDriver, waitForNeo4j } from '../../src/db/database';
import { startEmbeddedNeo4j, type EmbeddedNeo4jOptions, type RunningNeo4j } from '../../src/db/embedded';
import { Executor } from '../../src/db/executor';
import { startApiProcess, type ApiProcess } from './apiProcess';
import { parseFlags } from './flags';
import { countInternalErrors, distinctErrors, proofEnv } from './load';
import { summarize, table, type LatencySummary } from './stats';
import { checkWrites, describeCheck, type WriteCheck } from './verify';
import { prepareCatalogue, runWorkload, warmUp, WriteLog, type Outcome } from './workload';

export interface FaultOptions {
  clients: number;
  /** Seconds of load before Neo4j is killed. */
  before: number;
  /** Seconds between the SIGKILL and the restart (the restart itself takes longer). */
  outage: number;
  /** Seconds of load after /ready answers 200 again. */
  after: number;
  /** Load the founding dataset into the fresh database first (reads then find data). */
  dataset?: boolean;
  /** HELIXGRAPH_DB_RETRY_MS for the API (unset: the API's default). */
  retryMs?: number;
  /** /ready sampling period, ms. */
  readyEveryMs?: number;
  /** How Neo4j is stopped: SIGKILL (a crash, the default) or SIGTERM (a clean shutdown). */
  signal?: 'SIGKILL' | 'SIGTERM';
  keep?: boolean;
  seed?: number;
  log?: (line: string) => void;
}

/** One answer of GET /ready (status 0: no HTTP answer at all). */
export interface ReadySample {
  at: number;
  ms: number;
  status: number;
}

/** The requests of one phase of the run, with the latency of those that failed. */
export interface PhaseFigures {
  requests: number;
  ok: number;
  failed: number;
  /** extensions.code (or NETWORK) → count, over the failures. */
  codes: Record<string, number>;
  failedLatency: LatencySummary;
  /** Latency of the failures, by code. */
  failedLatencyByCode: Record<string, LatencySummary>;
  okLatency: LatencySummary;
}

export interface FaultReport {
  clients: number;
  /** CPUs and the 1-minute load average before and after (other work on the machine shows here). */
  machine: { cpus: number; loadAverageBefore: number; loadAverageAfter: number };
  /** GET /ready while Neo4j was down: how many samples said 503, how fast they were answered. */
  readyWhileDown: { samples: number; status503: number; other: number; answeredIn: LatencySummary };
  /** Milliseconds since the epoch. */
  timeline: { loadStart: number; killed: number; neo4jExited: number; restartBegun: number; neo4jUp: number; readyAgain: number | null; loadEnd: number };
  ready: { samples: number; transitions: Array<{ at: number; from: number | null; to: number; answeredInMs: number }> };
  /** before: ended before the kill; inFlightAtKill: straddled it; outage: started while Neo4j was down;
   * recovering: started after Bolt was back but before /ready said 200; after: started after that. */
  phases: Record<'before' | 'inFlightAtKill' | 'outage' | 'recovering' | 'after', PhaseFigures>;
  errorList: Array<{ kind: string; code: string; message: string; count: number }>;
  writes: WriteCheck;
  apiPid: number;
  /** Null while the API ran throughout; else how it ended. */
  apiExit: string | null;
  internalErrorsLogged: number;
  retryMs: number | null;
  signal: string;
}

const PREFIX = 'fault:';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A TCP port free on 127.0.0.1 right now (Neo4j must come back on the same one). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as net.AddressInfo).port;
      server.close(() => resolve(port));
    });
  });
}

/** Samples GET /ready every `everyMs` (each waits for its answer, 5 s at most) until `done()`. */
async function pollReady(base: string, everyMs: number, done: () => boolean, samples: ReadySample[]): Promise<void> {
  while (!done()) {
    const at = Date.now();
    let status = 0;
    try {
      const res = await fetch(`${base}/ready`, { signal: AbortSignal.timeout(5_000) });
      await res.text();
      status = res.status;
    } catch {
      status = 0;
    }
    samples.push({ at, ms: Date.now() - at, status });
    await sleep(Math.max(0, at + everyMs - Date.now()));
  }
}

function phaseFigures(outcomes: readonly Outcome[]): PhaseFigures {
  const failed = outcomes.filter((o) => !o.ok);
  const codes: Record<string, number> = {};
  for (const o of failed) codes[o.code ?? '?'] = (codes[o.code ?? '?'] ?? 0) + 1;
  return {
    requests: outcomes.length,
    ok: outcomes.length - failed.length,
    failed: failed.length,
    codes,
    failedLatency: summarize(failed.map((o) => o.ms)),
    failedLatencyByCode: Object.fromEntries(Object.keys(codes).map((c) => [c, summarize(failed.filter((o) => o.code === c).map((o) => o.ms))])),
    okLatency: summarize(outcomes.filter((o) => o.ok).map((o) => o.ms)),
  };
}

/**
 * The fault proof: an embedded Neo4j started here on a fixed port, the built API pointed at it
 * (NEO4J_URI, so the API does not own it), a load of mixed reads and writes; in the middle Neo4j
 * is killed with SIGKILL, left down for `outage` seconds, and restarted on the same port and store.
 * /ready is sampled throughout; afterwards the writes are checked against the client's log.
 */
export async function runFault(options: FaultOptions): Promise<FaultReport> {
  const log = options.log ?? (() => {});
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'helixgraph-fault-'));
  const editorKey = `proof-editor-${randomBytes(16).toString('hex')}`;
  const port = await freePort();
  const neo4jOptions: EmbeddedNeo4jOptions = { dataDir: path.join(dir, 'data'), boltPort: port, pageCacheBytes: 64 * 1024 ** 2, heapBytes: 512 * 1024 ** 2 };
  let neo4j: RunningNeo4j | undefined;
  let api: ApiProcess | undefined;
  let apiExit: string | null = null;
  let stopPolling = false;
  let stopLoad = false;
  try {
    log(`starting Neo4j on 127.0.0.1:${port} (store ${neo4jOptions.dataDir})…`);
    neo4j = await startEmbeddedNeo4j(neo4jOptions);
    const uri = neo4j.uri;
    const env = { ...proofEnv(uri, editorKey), HELIXGRAPH_LOAD_DATASET: String(options.dataset ?? true) };
    if (options.retryMs !== undefined) Object.assign(env, { HELIXGRAPH_DB_RETRY_MS: String(options.retryMs) });
    log(`starting the API (NEO4J_URI=${uri}${options.retryMs !== undefined ? `, HELIXGRAPH_DB_RETRY_MS=${options.retryMs}` : ''})…`);
    api = await startApiProcess(env, path.join(dir, 'api.log'));
    void api.exited.then((reason) => {
      apiExit = reason;
    });
    const catalogue = await prepareCatalogue(api.url, editorKey, PREFIX);
    const writes = new WriteLog();
    const warm = await warmUp({ url: api.url, editorKey, prefix: PREFIX, catalogue, log: writes });
    log(`API pid ${api.pid}; warmed up (${warm.length} requests, ${warm.filter((o) => !o.ok).length} errors); ${options.clients} clients; kill after ${options.before} s, down ${options.outage} s, then ${options.after} s after /ready is 200`);
    const loadBefore = os.loadavg()[0];

    const readySamples: ReadySample[] = [];
    const polling = pollReady(api.base, options.readyEveryMs ?? 250, () => stopPolling, readySamples);
    const loadStart = Date.now();
    const load = runWorkload({ url: api.url, editorKey, prefix: PREFIX, clients: options.clients, catalogue, seed: options.seed, log: writes, done: () => stopLoad, timeoutMs: 120_000 });

    await sleep(options.before * 1000);
    const killed = Date.now();
    process.kill(neo4j.pid, options.signal ?? 'SIGKILL');
    await neo4j.exited;
    const neo4jExited = Date.now();
    log(`Neo4j (pid ${neo4j.pid}) stopped with ${options.signal ?? 'SIGKILL'}; down for ${options.outage} s…`);
    await sleep(options.outage * 1000);
    const restartBegun = Date.now();
    neo4j = await startEmbeddedNeo4j(neo4jOptions);
    const neo4jUp = Date.now();
    log(`Neo4j restarted on the same port and store (pid ${neo4j.pid}) in ${((neo4jUp - restartBegun) / 1000).toFixed(1)} s`);
    let readyAgain: number | null = null;
    for (const deadline = Date.now() + 120_000; Date.now() < deadline && readyAgain === null; await sleep(100)) {
      readyAgain = readySamples.find((s) => s.at >= neo4jUp && s.status === 200)?.at ?? null;
    }
    log(readyAgain ? `/ready is 200 again; ${options.after} s more load…` : '/ready did not turn 200 within 120 s');
    await sleep(options.after * 1000);
    stopLoad = true;
    const { outcomes } = await load;
    const loadEnd = Date.now();
    const loadAfter = os.loadavg()[0];
    stopPolling = true;
    await polling;

    const transitions: FaultReport['ready']['transitions'] = [];
    let last: number | null = null;
    for (const s of readySamples) {
      if (s.status !== last) transitions.push({ at: s.at, from: last, to: s.status, answeredInMs: s.ms });
      last = s.status;
    }
    const recoveredAt = readyAgain ?? loadEnd;
    const phases = {
      before: phaseFigures(outcomes.filter((o) => o.end < killed)),
      inFlightAtKill: phaseFigures(outcomes.filter((o) => o.start < killed && o.end >= killed)),
      outage: phaseFigures(outcomes.filter((o) => o.start >= killed && o.start < neo4jUp)),
      recovering: phaseFigures(outcomes.filter((o) => o.start >= neo4jUp && o.start < recoveredAt)),
      after: phaseFigures(outcomes.filter((o) => o.start >= recoveredAt)),
    };

    const driver = createDriver(neo4j.uri);
    let check: WriteCheck;
    try {
      await waitForNeo4j(driver, 'neo4j', 60_000);
      check = await checkWrites(new Executor(driver, loadCypher(), { database: 'neo4j', timeoutMs: 120_000 }), PREFIX, catalogue.sourceId, writes);
    } finally {
      await driver.close();
    }
    const apiPid = api.pid;
    const exitDuringRun = apiExit;
    await api.stop();
    const down = readySamples.filter((x) => x.at >= killed && x.at < neo4jUp);
    return {
      clients: options.clients,
      machine: { cpus: os.cpus().length, loadAverageBefore: loadBefore, loadAverageAfter: loadAfter },
      readyWhileDown: {
        samples: down.length,
        status503: down.filter((x) => x.status === 503).length,
        other: down.filter((x) => x.status !== 503).length,
        answeredIn: summarize(down.map((x) => x.ms)),
      },
      timeline: { loadStart, killed, neo4jExited, restartBegun, neo4jUp, readyAgain, loadEnd },
      ready: { samples: readySamples.length, transitions },
      phases,
      errorList: distinctErrors(outcomes),
      writes: check,
      apiPid,
      apiExit: exitDuringRun,
      internalErrorsLogged: countInternalErrors(path.join(dir, 'api.log')),
      retryMs: options.retryMs ?? null,
      signal: options.signal ?? 'SIGKILL',
    };
  } finally {
    stopLoad = true;
    stopPolling = true;
    await api?.stop();
    await neo4j?.stop();
    if (options.keep) log(`kept ${dir}`);
    else fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The report as printed by `npm run proof:fault`. */
export function formatFaultReport(r: FaultReport): string {
  const t0 = r.timeline.loadStart;
  const rel = (at: number) => `+${((at - t0) / 1000).toFixed(2)} s`;
  const clock = (at: number) => new Date(at).toISOString().slice(11, 23);
  const status = (s: number | null) => (s === null ? 'start' : s === 0 ? 'no answer' : String(s));
  const tl = r.timeline;
  return [
    `fault: ${r.clients} clients; API pid ${r.apiPid} ${r.apiExit === null ? 'survived (running throughout)' : `EXITED (${r.apiExit})`}; HELIXGRAPH_DB_RETRY_MS ${r.retryMs ?? 'default'}`,
    `machine: ${r.machine.cpus} CPUs, 1-min load average ${r.machine.loadAverageBefore.toFixed(1)} before, ${r.machine.loadAverageAfter.toFixed(1)} after (Neo4j, the API and the clients share them, with whatever else runs)`,
    '',
    'timeline (from the start of the load):',
    table([
      { event: 'load starts', t: rel(tl.loadStart), clock: clock(tl.loadStart) },
      { event: `Neo4j ${r.signal}`, t: rel(tl.killed), clock: clock(tl.killed) },
      { event: 'Neo4j process gone', t: rel(tl.neo4jExited), clock: clock(tl.neo4jExited) },
      { event: 'restart begins', t: rel(tl.restartBegun), clock: clock(tl.restartBegun) },
      { event: 'Neo4j answers Bolt', t: rel(tl.neo4jUp), clock: clock(tl.neo4jUp) },
      { event: '/ready 200 again', t: tl.readyAgain ? rel(tl.readyAgain) : 'never', clock: tl.readyAgain ? clock(tl.readyAgain) : '' },
      { event: 'load ends', t: rel(tl.loadEnd), clock: clock(tl.loadEnd) },
    ]),
    '',
    `/ready transitions (${r.ready.samples} samples, one every 250 ms):`,
    table(r.ready.transitions.map((x) => ({ t: rel(x.at), clock: clock(x.at), change: `${status(x.from)} -> ${status(x.to)}`, 'answered in (ms)': x.answeredInMs }))),
    `/ready while Neo4j was down: ${r.readyWhileDown.samples} samples, ${r.readyWhileDown.status503} answered 503, ${r.readyWhileDown.other} otherwise; answered in p50 ${r.readyWhileDown.answeredIn.p50} ms, p99 ${r.readyWhileDown.answeredIn.p99} ms, max ${r.readyWhileDown.answeredIn.max} ms`,
    '',
    'requests by phase (latency in ms):',
    table(
      Object.entries(r.phases).map(([phase, p]) => ({
        phase,
        requests: p.requests,
        ok: p.ok,
        failed: p.failed,
        codes: Object.entries(p.codes).map(([c, n]) => `${c}:${n}`).join(' ') || '-',
        'failed p50': p.failedLatency.p50,
        'failed p95': p.failedLatency.p95,
        'failed p99': p.failedLatency.p99,
        'failed max': p.failedLatency.max,
        'ok p50': p.okLatency.p50,
        'ok p99': p.okLatency.p99,
      })),
    ),
    '',
    'failures by code (latency in ms):',
    table(
      Object.entries(r.phases).flatMap(([phase, p]) =>
        Object.entries(p.failedLatencyByCode).map(([code, l]) => ({ phase, code, count: l.count, p50: l.p50, p95: l.p95, p99: l.p99, max: l.max })),
      ),
    ),
    '',
    r.errorList.length === 0 ? 'errors: none' : `distinct errors:\n${table(r.errorList.map((e) => ({ ...e })))}`,
    `internal errors in the API log: ${r.internalErrorsLogged}`,
    '',
    ...describeCheck(r.writes),
  ].join('\n');
}

/** Codes a failure during the fault may carry: the database is down, or (restarting, cold) too slow. */
export const CLEAR_FAILURE_CODES = ['UNAVAILABLE', 'TIMEOUT'];

/**
 * What the proof claims, each true or false: the API ran throughout; /ready left 200 after the kill
 * and came back to 200; every failure carried a clear code (never an internal error or no answer),
 * and requests sent while Neo4j was down got UNAVAILABLE; every acknowledged write is present once.
 */
export function faultClaims(r: FaultReport): Record<string, boolean> {
  const down = r.ready.transitions.findIndex((x) => x.at >= r.timeline.killed && x.to === 503);
  const up = r.ready.transitions.findIndex((x, i) => down >= 0 && i > down && x.to === 200);
  const codes = Object.values(r.phases).flatMap((p) => Object.keys(p.codes));
  return {
    apiSurvived: r.apiExit === null,
    readyTurned503: down >= 0,
    readyBackTo200: up > down,
    failuresClear: codes.every((c) => CLEAR_FAILURE_CODES.includes(c)),
    outageAnsweredUnavailable: (r.phases.outage.codes.UNAVAILABLE ?? 0) > 0,
    acknowledgedWritesOnce: r.writes.ok,
  };
}

/** Whether every claim holds (the exit code of `npm run proof:fault`). */
export const faultHolds = (r: FaultReport) => Object.values(faultClaims(r)).every(Boolean);

async function main(): Promise<void> {
  const flags = parseFlags(process.argv.slice(2), {
    clients: 16,
    before: 15,
    outage: 15,
    after: 15,
    retryMs: undefined as string | undefined,
    signal: 'SIGKILL',
    dataset: true,
    keep: false,
    seed: 844,
  });
  const retryMs = flags.retryMs === undefined ? undefined : Number(flags.retryMs);
  if (flags.signal !== 'SIGKILL' && flags.signal !== 'SIGTERM') throw new Error(`--signal must be SIGKILL or SIGTERM; got ${JSON.stringify(flags.signal)}`);
  const report = await runFault({ ...flags, retryMs, signal: flags.signal, log: (line) => console.log(`proof:fault: ${line}`) });
  console.log(`\n${formatFaultReport(report)}`);
  const holds = faultHolds(report);
  console.log(`\n${Object.entries(faultClaims(report)).map(([claim, ok]) => `${ok ? 'ok  ' : 'FAIL'} ${claim}`).join('\n')}`);
  console.log(`fault proof: ${holds ? 'PASS' : 'FAIL'}`);
  process.exitCode = holds ? 0 : 1;
}

if (require.main === module) {
  main().catch((err: unknown) => {
    console.error('proof:fault: failed:', err);
    process.exit(1);
  });
}
