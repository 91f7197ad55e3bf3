/**
 * The ladder, measured: every rung (./rungs.ts) in its own process over the same Neo4j, the same
 * answers checked first, then for node by id and the page of 100 latency at concurrency 1
 * (interleaved across the rungs) and closed-loop throughput at a fixed concurrency, rung after
 * rung, in rounds whose order alternates (1→7, then 7→1) so drift on a shared machine hits every
 * rung alike. Then CPU profiles of helixgraph's API process (rung 7) under the same load.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { summariseCpuProfile, type CpuProfile, type CpuProfileSummary } from '../cpuProfile';
import { firstDifference } from '../compare';
import { interleavedLatency, jsonPost, latencyStats, throughput, type LatencyStats, type Send, type ThroughputStats } from '../load';
import type { BenchQuery } from '../queries';
import { askChild, forkServer, type ForkedServer } from '../servers/fork';
import type { BenchServer } from '../servers/types';
import { RUNGS, startRung, type Rung } from './rungs';
import { TRIVIAL_NODE, TRIVIAL_PAGE } from './trivialSchema';

export type LadderQuery = 'node' | 'page';
export const LADDER_QUERIES: readonly LadderQuery[] = ['node', 'page'];

export interface LadderSettings {
  /** Each rung in its own process (false: all in this one, a smoke test). */
  childProcesses: boolean;
  secondsPerRung: number;
  rounds: number;
  concurrency: number;
  /** Rounds of the concurrency-1 latency run (one request to every rung a round). */
  latencyRounds: Record<LadderQuery, number>;
  warmupSeconds: number;
  /** Seconds of load under the CPU profiler, per query (0: no profiles). */
  profileSeconds: number;
}

export interface RungQueryMeasure {
  agree: boolean | null;
  mismatch?: string;
  /** Closed-loop throughput, one entry a round. */
  rounds: ThroughputStats[];
  /** Mean of the rounds' req/s and of their p50 (ms) under load. */
  rps: number | null;
  p50: number | null;
  /** Latency at concurrency 1 (ms). */
  latency: LatencyStats | null;
}

export interface RungMeasure {
  key: string;
  n: number;
  title: string;
  error?: string;
  rssMiB: number | null;
  queries: Record<LadderQuery, RungQueryMeasure>;
}

export interface LadderProfile {
  query: LadderQuery;
  /** The `.cpuprofile`, relative to the project. */
  file: string;
  seconds: number;
  requests: number;
  summary: CpuProfileSummary;
}

export interface LadderResult {
  settings: LadderSettings;
  loadAvgStart: number[];
  loadAvgEnd: number[];
  rungs: RungMeasure[];
  profiles: LadderProfile[];
  profilesSkipped?: string;
}

export interface LadderOptions {
  uri: string;
  settings: LadderSettings;
  /** The benchmark's node-by-id and page-of-100 queries (bench/queries.ts). */
  queries: Record<LadderQuery, BenchQuery>;
  /** Where the `.cpuprofile` files go, and the folder their paths are given relative to. */
  profileDir: string;
  root: string;
  log: (line: string) => void;
}

const loadavg = () => os.loadavg().map((x) => Math.round(x * 10) / 10);

function rssMiB(pid: number): number | null {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Math.round(Number(m[1]) / 1024) : null;
  } catch {
    return null;
  }
}

/** What rung `rung` is sent for `q`, and how its answer is reduced to the floor's shape. */
function requestFor(rung: Rung, server: BenchServer, key: LadderQuery, q: BenchQuery): { send: Send; normalize: (body: any) => unknown } {
  if (rung.protocol === 'floor') return { send: jsonPost(`${server.url}/${q.floor.name}`, q.floor.params), normalize: (b) => q.normalize.floor(b.rows) };
  if (rung.protocol === 'helixgraph') return { send: jsonPost(server.url, q.helixgraph), normalize: (b) => q.normalize.helixgraph(b.data) };
  const p = q.floor.params;
  return key === 'node'
    ? { send: jsonPost(server.url, { query: TRIVIAL_NODE, variables: { id: p.id } }), normalize: (b) => q.normalize.floor([{ node: b.data.node }]) }
    : { send: jsonPost(server.url, { query: TRIVIAL_PAGE, variables: { sector: p.sector } }), normalize: (b) => q.normalize.floor(b.data.page) };
}

const emptyQuery = (): RungQueryMeasure => ({ agree: null, rounds: [], rps: null, p50: null, latency: null });
const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);

/** Runs the ladder on the Neo4j at `uri` and returns its figures (rendered by report.ts). */
export async function runLadder(options: LadderOptions): Promise<LadderResult> {
  const { settings, log } = options;
  const result: LadderResult = { settings, loadAvgStart: loadavg(), loadAvgEnd: [], rungs: [], profiles: [] };
  const running: Array<{ rung: Rung; measure: RungMeasure; server: BenchServer; forked?: ForkedServer }> = [];
  try {
    for (const [i, rung] of RUNGS.entries()) {
      const measure: RungMeasure = { key: rung.key, n: i + 1, title: rung.title, rssMiB: null, queries: { node: emptyQuery(), page: emptyQuery() } };
      result.rungs.push(measure);
      try {
        if (settings.childProcesses) {
          const forked = await forkServer(`ladder:${rung.key}`, options.uri);
          running.push({ rung, measure, server: forked.server, forked });
        } else {
          running.push({ rung, measure, server: await startRung(rung.key, options.uri) });
        }
      } catch (err) {
        // A rung that no longer starts (the server changed under it) is reported, not fatal.
        measure.error = `did not start: ${(err as Error).message}`;
        log(`ladder: rung ${i + 1} (${rung.key}) ${measure.error}`);
      }
    }

    for (const key of LADDER_QUERIES) {
      const q = options.queries[key];
      const sends: Record<string, Send> = {};
      let floorAnswer: unknown;
      for (const r of running) {
        const { send, normalize } = requestFor(r.rung, r.server, key, q);
        const m = r.measure.queries[key];
        try {
          const answer = normalize(await send());
          if (r.rung.key === 'floor') floorAnswer = answer;
          const diff = floorAnswer === undefined ? 'no floor answer to compare with' : firstDifference(answer, floorAnswer);
          m.agree = diff === '';
          if (diff) m.mismatch = diff;
          sends[r.rung.key] = send;
        } catch (err) {
          m.agree = false;
          m.mismatch = `failed: ${(err as Error).message.slice(0, 200)}`;
        }
        if (!m.agree) log(`ladder ${key}: rung ${r.measure.n} (${r.rung.key}) ${m.mismatch}`);
      }
      const measured = running.filter((r) => sends[r.rung.key]);
      for (const r of measured) await throughput(sends[r.rung.key], settings.concurrency, settings.warmupSeconds * 1000, Number.MAX_SAFE_INTEGER);
      const samples = await interleavedLatency(
        Object.fromEntries(measured.map((r) => [r.rung.key, sends[r.rung.key]])),
        settings.latencyRounds[key],
        settings.childProcesses ? 60_000 : 5_000,
      );
      for (const r of measured) r.measure.queries[key].latency = latencyStats(samples[r.rung.key]);
      for (let round = 0; round < settings.rounds; round++) {
        const order = round % 2 === 0 ? measured : [...measured].reverse();
        for (const r of order) {
          const t = await throughput(sends[r.rung.key], settings.concurrency, settings.secondsPerRung * 1000, Number.MAX_SAFE_INTEGER);
          r.measure.queries[key].rounds.push(t);
          log(`ladder ${key} round ${round + 1}: rung ${r.measure.n} (${r.rung.key}) ${t.rps.toFixed(0)} req/s, p50 ${t.p50.toFixed(1)} ms at c=${settings.concurrency}${t.errors ? `, ${t.errors} errors` : ''}`);
        }
      }
      for (const r of measured) {
        const m = r.measure.queries[key];
        m.rps = mean(m.rounds.map((t) => t.rps));
        m.p50 = mean(m.rounds.map((t) => t.p50));
      }
    }
    for (const r of running) r.measure.rssMiB = rssMiB(r.server.pid);

    const helix = running.find((r) => r.rung.key === 'helixgraph');
    if (!settings.childProcesses) result.profilesSkipped = 'the rungs run in the benchmark process (quick mode): a profile would mix the load generator in';
    else if (settings.profileSeconds <= 0) result.profilesSkipped = 'not asked for';
    else if (!helix?.forked) result.profilesSkipped = 'helixgraph did not start';
    else {
      for (const key of LADDER_QUERIES) {
        const { send } = requestFor(helix.rung, helix.server, key, options.queries[key]);
        const file = path.join(options.profileDir, `helixgraph-${key}.cpuprofile`);
        try {
          await askChild(helix.forked.child, { type: 'cpu-profile-start' }, 'cpu-profile-started');
          const t = await throughput(send, settings.concurrency, settings.profileSeconds * 1000, Number.MAX_SAFE_INTEGER);
          await askChild(helix.forked.child, { type: 'cpu-profile-stop', file }, 'cpu-profile-written');
          const summary = summariseCpuProfile(JSON.parse(fs.readFileSync(file, 'utf8')) as CpuProfile);
          result.profiles.push({ query: key, file: path.relative(options.root, file), seconds: t.seconds, requests: t.requests, summary });
          log(`ladder: CPU profile of helixgraph, ${key}: ${t.requests} requests in ${t.seconds.toFixed(1)} s, ${summary.busyMs} ms busy of ${summary.ms} → ${file}`);
        } catch (err) {
          result.profilesSkipped = `profiling failed: ${(err as Error).message}`;
          log(`ladder: ${result.profilesSkipped}`);
        }
      }
    }
  } finally {
    for (const r of running) await r.server.stop().catch(() => {});
  }
  result.loadAvgEnd = loadavg();
  return result;
}
