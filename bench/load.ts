/**
 * A small in-process HTTP load generator over loopback (Node's fetch, keep-alive): latency at
 * concurrency 1 and throughput at a fixed concurrency, both bounded in requests and in time.
 */

/** Sends one request and resolves with the parsed JSON body; rejects on HTTP or GraphQL errors. */
export type Send = () => Promise<any>;

/** A POST of a JSON body, parsed; GraphQL `errors` and HTTP errors reject. */
export function jsonPost(url: string, body: unknown): Send {
  const text = JSON.stringify(body);
  return async () => {
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: text });
    const json = (await res.json()) as any;
    if (!res.ok || json.errors || json.error) throw new Error(`HTTP ${res.status}: ${JSON.stringify(json.errors ?? json.error ?? json).slice(0, 300)}`);
    return json;
  };
}

/** Percentile (nearest rank) of sorted values. */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

export interface LatencyStats {
  n: number;
  p50: number;
  p95: number;
  p99: number;
}

export function latencyStats(samplesMs: number[]): LatencyStats {
  const s = [...samplesMs].sort((a, b) => a - b);
  return { n: s.length, p50: percentile(s, 50), p95: percentile(s, 95), p99: percentile(s, 99) };
}

/**
 * Latency at concurrency 1 of several targets measured together: request i goes to every target in
 * turn (the order rotating each round), so drift in a shared, noisy machine hits all of them alike.
 * Stops after `rounds` rounds or `maxMs`.
 */
export async function interleavedLatency(targets: Record<string, Send>, rounds: number, maxMs: number): Promise<Record<string, number[]>> {
  const names = Object.keys(targets);
  const out: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
  const deadline = Date.now() + maxMs;
  for (let i = 0; i < rounds && Date.now() < deadline; i++) {
    for (let j = 0; j < names.length; j++) {
      const name = names[(i + j) % names.length];
      const t = process.hrtime.bigint();
      await targets[name]();
      out[name].push(Number(process.hrtime.bigint() - t) / 1e6);
    }
  }
  return out;
}

export interface ThroughputStats {
  requests: number;
  errors: number;
  seconds: number;
  rps: number;
  /** Latency of the answered requests under this load (ms; closed loop, so mostly queueing). */
  p50: number;
  p95: number;
}

/**
 * Requests per second with `concurrency` requests in flight (a closed loop: each of them sends the
 * next as soon as its answer arrives), for `durationMs` or `maxRequests`.
 */
export async function throughput(send: Send, concurrency: number, durationMs: number, maxRequests: number): Promise<ThroughputStats> {
  let started = 0;
  let done = 0;
  let errors = 0;
  const samples: number[] = [];
  const t0 = process.hrtime.bigint();
  const deadline = Date.now() + durationMs;
  const worker = async () => {
    while (started < maxRequests && Date.now() < deadline) {
      started++;
      const t = process.hrtime.bigint();
      try {
        await send();
        done++;
        samples.push(Number(process.hrtime.bigint() - t) / 1e6);
      } catch {
        errors++;
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const l = latencyStats(samples);
  return { requests: done, errors, seconds, rps: done / seconds, p50: l.p50, p95: l.p95 };
}
