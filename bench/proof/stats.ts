/** Latency percentiles of a set of requests, in milliseconds. */
export interface LatencySummary {
  count: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

/** The nearest-rank percentile `p` (0..100) of values sorted ascending; 0 for no values. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
}

/** p50, p95, p99 and max of a list of latencies (ms), rounded to 0.1 ms. */
export function summarize(latencies: readonly number[]): LatencySummary {
  const sorted = [...latencies].sort((a, b) => a - b);
  const r = (x: number) => Math.round(x * 10) / 10;
  return {
    count: sorted.length,
    p50: r(percentile(sorted, 50)),
    p95: r(percentile(sorted, 95)),
    p99: r(percentile(sorted, 99)),
    max: r(sorted[sorted.length - 1] ?? 0),
  };
}

/** A value sampled at `t` seconds from the start of a run. */
export interface Sample {
  t: number;
  value: number;
}

/** Whether a sampled series drifts: averages of its first and last windows and its slope. */
export interface Trend {
  samples: number;
  firstAvg: number;
  lastAvg: number;
  /** Least-squares slope, in units per minute. */
  slopePerMinute: number;
  /** The same over the second half of the run only (after warm-up growth has settled). */
  secondHalfSlopePerMinute: number;
}

/**
 * The trend of a series: the averages of the first and last `windowSeconds` and the least-squares
 * slope over the whole run. A stable series has last ≈ first and a slope near 0 relative to its
 * level; a leak shows as a steady positive slope.
 */
export function trend(samples: readonly Sample[], windowSeconds = 10): Trend {
  if (samples.length === 0) return { samples: 0, firstAvg: 0, lastAvg: 0, slopePerMinute: 0, secondHalfSlopePerMinute: 0 };
  const t0 = samples[0].t;
  const tEnd = samples[samples.length - 1].t;
  const first = samples.filter((s) => s.t < t0 + windowSeconds);
  const last = samples.filter((s) => s.t > tEnd - windowSeconds);
  return {
    samples: samples.length,
    firstAvg: average(first),
    lastAvg: average(last),
    slopePerMinute: slope(samples),
    secondHalfSlopePerMinute: slope(samples.filter((s) => s.t >= (t0 + tEnd) / 2)),
  };
}

function average(xs: readonly Sample[]): number {
  return xs.reduce((s, x) => s + x.value, 0) / Math.max(1, xs.length);
}

/** Least-squares slope of value over t (seconds), per minute; 0 for fewer than two instants. */
function slope(xs: readonly Sample[]): number {
  const mt = xs.reduce((s, x) => s + x.t, 0) / Math.max(1, xs.length);
  const mv = average(xs);
  const cov = xs.reduce((s, x) => s + (x.t - mt) * (x.value - mv), 0);
  const varT = xs.reduce((s, x) => s + (x.t - mt) ** 2, 0);
  return varT > 0 ? (cov / varT) * 60 : 0;
}

/** Rows as an aligned plain-text table (first row's keys are the columns). */
export function table(rows: ReadonlyArray<Record<string, string | number>>): string {
  if (rows.length === 0) return '(none)';
  const cols = Object.keys(rows[0]);
  const cells = [cols, ...rows.map((r) => cols.map((c) => String(r[c] ?? '')))];
  const widths = cols.map((_, i) => Math.max(...cells.map((row) => row[i].length)));
  return cells.map((row) => row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ')).join('\n');
}

/** Bytes as MiB with one decimal. */
export const mib = (bytes: number) => Math.round((bytes / 1024 ** 2) * 10) / 10;
