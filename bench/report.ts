import type { BenchResult, BulkFigures, Impl, QueryMeasure } from './harness';
import { LADDER_QUERIES, type LadderResult } from './ladder/runLadder';

const TARGET_P50_RATIO = 1.3;
const TARGET_RPS_RATIO = 1.5;
const TARGET_GROWTH = 1.5;
const TARGET_IMPORT = 70_000;

const ms = (x: number | undefined) => (x === undefined || Number.isNaN(x) ? '–' : x < 10 ? x.toFixed(2) : x.toFixed(1));
const ratio = (a: number | undefined, b: number | undefined) => (a === undefined || b === undefined || b === 0 ? undefined : a / b);
const fmtRatio = (r: number | undefined) => (r === undefined ? '–' : `${r.toFixed(2)}×`);
const lat = (m: QueryMeasure, i: Impl) => {
  const l = m.latency[i];
  return l ? `${ms(l.p50)} / ${ms(l.p95)} / ${ms(l.p99)}` : '–';
};
const rps = (m: QueryMeasure, i: Impl) => (m.throughput[i] ? m.throughput[i]!.rps.toFixed(0) : '–');
const agree = (m: QueryMeasure) =>
  (['helixgraph', 'neo4j-graphql'] as Impl[])
    .filter((i) => m.agree[i] !== null)
    .map((i) => (m.agree[i] ? 'yes' : `**no** (${i})`))
    .join(', ') || '–';

/** The results as markdown: machine and versions, the comparison tables, scale, memory, targets. */
export function renderMarkdown(r: BenchResult): string {
  const out: string[] = [];
  const q = r.queries.filter((m) => !m.skipped);
  out.push(`# helixgraph benchmark${q.length === 0 && r.ladder ? ': the ladder alone' : ''}${r.settings.rounds < 20 ? ' (quick mode: a smoke test, not a measurement)' : ''}`);
  out.push('');
  out.push(`Run ${r.when} on ${r.machine.cores} cores (${r.machine.cpu}), ${r.machine.ramGiB} GiB RAM; load average ${r.machine.loadAvgStart.join(' ')} at the start, ${r.machine.loadAvgEnd?.join(' ') ?? '?'} at the end (other work shared the machine).`);
  out.push(`Node ${r.versions.node}, Neo4j Community ${r.versions.neo4j} (embedded, 2 GiB page cache and heap), neo4j-driver ${r.versions['neo4j-driver']}, @apollo/server ${r.versions['@apollo/server']}, type-graphql ${r.versions['type-graphql']}, graphql ${r.versions.graphql}, @neo4j/graphql ${r.versions['@neo4j/graphql']}, APOC core ${r.versions.apoc}.`);
  const b = r.dataset.bulk;
  out.push(
    `Data: ${r.actors.toLocaleString('en')} generated actors (seed ${r.seed}), ${r.dataset.rows?.toLocaleString('en') ?? '?'} rows. ` +
      (b
        ? `The store was loaded with Neo4j's offline importer (\`helixgraph generate --bulk\`) at ${b.rowsPerSecond.toLocaleString('en')} rows/s end to end (generate, validate, CSV, import; ${b.importRowsPerSecond.toLocaleString('en')} rows/s in the importer), migrations (constraints, indexes, sort keys) then run on the loaded data in ${b.indexSeconds.toFixed(1)} s (${r.dataset.built}). `
        : `The store was built ${r.dataset.built}. `) +
      (r.dataset.importRowsPerSecond === null
        ? 'The Cypher importer was not measured in this run.'
        : `The Cypher importer (\`helixgraph import\`, transactions into a running database) took the same records at ${r.dataset.importRowsPerSecond.toLocaleString('en')} rows/s end to end (${r.dataset.importWriteRowsPerSecond?.toLocaleString('en') ?? '?'} rows/s in write transactions), measured in this run.`),
  );
  if (q.length === 0) {
    if (r.ladder) out.push('', ...renderLadder(r.ladder));
    return out.join('\n');
  }
  out.push(`@neo4j/graphql: ${r.neo4jGraphql || 'started'}. Each server runs in its own process; all three use the same Neo4j and data.`);
  out.push(`Method: answers compared first; ${r.settings.warmup} warm-up requests each; latency over ${r.settings.rounds} interleaved rounds at concurrency 1 (p50 / p95 / p99, ms, HTTP round trip on loopback); throughput for ${r.settings.throughputMs / 1000} s at concurrency ${r.settings.concurrency}.`);
  out.push('');
  out.push('| query | answers agree | helixgraph p50 / p95 / p99 | floor p50 / p95 / p99 | @neo4j/graphql p50 / p95 / p99 | p50 helixgraph ÷ floor | p50 helixgraph ÷ @neo4j/graphql |');
  out.push('|---|---|---|---|---|---|---|');
  for (const m of q) {
    out.push(
      `| ${m.title} | ${agree(m)} | ${lat(m, 'helixgraph')} | ${lat(m, 'floor')} | ${lat(m, 'neo4j-graphql')} | ${fmtRatio(ratio(m.latency.helixgraph?.p50, m.latency.floor?.p50))} | ${fmtRatio(ratio(m.latency.helixgraph?.p50, m.latency['neo4j-graphql']?.p50))} |`,
    );
  }
  out.push('');
  out.push(`| query | req/s helixgraph | req/s floor | req/s @neo4j/graphql | req/s helixgraph ÷ floor | req/s helixgraph ÷ @neo4j/graphql | round trips helixgraph (depth + 1) | round trips @neo4j/graphql | dbHits helixgraph | dbHits floor | dbHits @neo4j/graphql |`);
  out.push('|---|---|---|---|---|---|---|---|---|---|---|');
  for (const m of q) {
    out.push(
      `| ${m.title} | ${rps(m, 'helixgraph')} | ${rps(m, 'floor')} | ${rps(m, 'neo4j-graphql')} | ${fmtRatio(ratio(m.throughput.helixgraph?.rps, m.throughput.floor?.rps))} | ${fmtRatio(ratio(m.throughput.helixgraph?.rps, m.throughput['neo4j-graphql']?.rps))} | ${m.roundTrips.helixgraph ?? '–'} (${m.depth + 1}) | ${m.roundTrips['neo4j-graphql'] ?? '–'} | ${m.dbHits.helixgraph?.toLocaleString('en') ?? '–'} | ${m.dbHits.floor?.toLocaleString('en') ?? '–'} | ${m.dbHits['neo4j-graphql']?.toLocaleString('en') ?? '–'} |`,
    );
  }
  const notes = r.queries.filter((m) => m.unsupported || m.skipped || m.mismatch);
  if (notes.length > 0) {
    out.push('');
    for (const m of notes) {
      if (m.skipped) out.push(`- ${m.title}: not measured, ${m.skipped}.`);
      else if (m.unsupported) out.push(`- ${m.title}: @neo4j/graphql cannot express it (${m.unsupported}).`);
      if (m.mismatch) out.push(`- ${m.title}: answers differ: ${m.mismatch}.`);
    }
  }
  if (r.scale.length > 0) {
    out.push('');
    out.push('## Cost with size (concurrency 1, p50 ms; helixgraph / floor)');
    out.push('');
    out.push('| actors | rows | bulk load rows/s (end to end / importer) + index build | lookup helixgraph | lookup floor | page of 100 helixgraph | page of 100 floor |');
    out.push('|---|---|---|---|---|---|---|');
    for (const s of r.scale) {
      if (s.skipped) {
        out.push(`| ${s.actors.toLocaleString('en')} | – | – | – | – | – | – |`);
        continue;
      }
      out.push(
        `| ${s.actors.toLocaleString('en')} | ${s.rows?.toLocaleString('en') ?? '?'} | ${s.bulk ? `${s.bulk.rowsPerSecond.toLocaleString('en')} / ${s.bulk.importRowsPerSecond.toLocaleString('en')} + ${s.bulk.indexSeconds.toFixed(0)} s` : 'not bulk-loaded'} | ${ms(s.lookup.helixgraph?.p50)} | ${ms(s.lookup.floor?.p50)} | ${ms(s.page.helixgraph?.p50)} | ${ms(s.page.floor?.p50)} |`,
      );
    }
    for (const s of r.scale.filter((x) => x.skipped)) out.push(`\n- ${s.actors.toLocaleString('en')} actors: ${s.skipped}.`);
  }
  out.push('');
  out.push(
    `Memory (RSS): helixgraph API ${r.memory.apiRssMiB ?? '?'} MiB, floor server ${r.memory.floorRssMiB ?? '?'} MiB, @neo4j/graphql server ${r.memory.neo4jGraphqlRssMiB ?? '?'} MiB, Neo4j JVM ${r.memory.neo4jRssMiB ?? '?'} MiB (2 GiB heap + 2 GiB page cache configured), after the throughput runs.`,
  );
  if (r.ladder) out.push('', ...renderLadder(r.ladder));
  out.push('');
  out.push('## Targets');
  out.push('');
  for (const line of targetLines(r)) out.push(`- ${line}`);
  out.push('');
  return out.join('\n');
}

/** Each target of the issue, met or missed, with its figure. */
export function targetLines(r: BenchResult): string[] {
  const lines: string[] = [];
  const q = r.queries.filter((m) => !m.skipped);
  for (const m of q) {
    const p = ratio(m.latency.helixgraph?.p50, m.latency.floor?.p50);
    if (p !== undefined) lines.push(`p50 ≤ ${TARGET_P50_RATIO}× floor, ${m.title}: ${fmtRatio(p)} — ${p <= TARGET_P50_RATIO ? 'met' : '**missed**'}`);
  }
  for (const m of q) {
    const t = ratio(m.throughput.helixgraph?.rps, m.throughput['neo4j-graphql']?.rps);
    if (t !== undefined) lines.push(`req/s ≥ ${TARGET_RPS_RATIO}× @neo4j/graphql, ${m.title}: ${fmtRatio(t)} — ${t >= TARGET_RPS_RATIO ? 'met' : '**missed**'}`);
  }
  for (const m of q) {
    if (m.roundTrips.helixgraph === undefined) continue;
    const ok = m.roundTrips.helixgraph <= m.depth + 1;
    lines.push(`round trips ≤ depth + 1, ${m.title}: ${m.roundTrips.helixgraph} ≤ ${m.depth + 1} — ${ok ? 'met' : '**missed**'}`);
  }
  const sized = r.scale.filter((s) => !s.skipped);
  if (sized.length >= 2) {
    const a = sized[0];
    const b = sized[sized.length - 1];
    for (const [name, key] of [
      ['lookup', 'lookup'],
      ['page', 'page'],
    ] as const) {
      const g = ratio(b[key].helixgraph?.p50, a[key].helixgraph?.p50);
      lines.push(`${name} latency growth ${a.actors.toLocaleString('en')} → ${b.actors.toLocaleString('en')} actors ≤ ${TARGET_GROWTH}×: ${fmtRatio(g)} — ${g !== undefined && g <= TARGET_GROWTH ? 'met' : '**missed**'}${b.actors < 1_000_000 ? ' (1M not measured)' : ''}`);
    }
  }
  const bulk = [r.dataset.bulk, ...sized.map((s) => s.bulk)].filter((x): x is BulkFigures => x !== null);
  if (bulk.length > 0) {
    const best = Math.max(...bulk.map((x) => x.rowsPerSecond));
    const bestImporter = Math.max(...bulk.map((x) => x.importRowsPerSecond));
    lines.push(
      `import ≥ ${TARGET_IMPORT.toLocaleString('en')} rows/s: bulk load best ${best.toLocaleString('en')} rows/s end to end (${bestImporter.toLocaleString('en')} rows/s in Neo4j's importer) — ${best >= TARGET_IMPORT ? 'met' : '**missed**'}`,
    );
  }
  if (r.dataset.importRowsPerSecond !== null) {
    lines.push(`import ≥ ${TARGET_IMPORT.toLocaleString('en')} rows/s through Cypher transactions (\`helixgraph import\`): ${r.dataset.importRowsPerSecond.toLocaleString('en')} rows/s end to end — ${r.dataset.importRowsPerSecond >= TARGET_IMPORT ? 'met' : '**missed**'}`);
  }
  return lines;
}

const LADDER_TITLES: Record<string, string> = { node: 'node by id', page: 'page of 100 enterprises + village, sectors, investments, sources' };

/** The ladder: each rung's req/s and p50 for node by id and the page of 100, and the CPU profiles. */
export function renderLadder(l: LadderResult): string[] {
  const s = l.settings;
  const out: string[] = [];
  out.push('## Ladder: what each layer costs');
  out.push('');
  out.push(
    `Each rung ${s.childProcesses ? 'in its own process' : '**in the benchmark process** (quick mode: a smoke test, not a measurement)'}, over the same Neo4j and data, reading the floor's statements ` +
      `(rungs 1–5, driver with \`disableLosslessIntegers\`) or what helixgraph sends (rungs 6–7). Answers compared with the floor first. ` +
      `Throughput: closed loop at concurrency ${s.concurrency}, ${s.secondsPerRung} s a rung, ${s.rounds} round${s.rounds > 1 ? 's' : ''} (rung order reversed in every other round), after ${s.warmupSeconds} s of warm-up; ` +
      `p50 under that load, and p50 at concurrency 1 over ${s.latencyRounds.node} (node) / ${s.latencyRounds.page} (page) interleaved rounds. ` +
      `"+µs" is what the rung adds per request at saturation (1/req/s minus the rung before). Load average ${l.loadAvgStart.join(' ')} at the start of the ladder, ${l.loadAvgEnd.join(' ')} at its end.`,
  );
  const floor = l.rungs.find((g) => g.key === 'floor');
  for (const key of LADDER_QUERIES) {
    out.push('');
    out.push(`### ${LADDER_TITLES[key]}`);
    out.push('');
    out.push('| # | rung | req/s (each round) | ÷ floor | +µs a request | p50 at c=' + s.concurrency + ' (ms) | p50 at c=1 (ms) | p50 c=1 ÷ floor | answers |');
    out.push('|---|---|---|---|---|---|---|---|---|');
    let prev: number | null = null;
    for (const g of l.rungs) {
      const m = g.queries[key];
      const f = floor?.queries[key];
      const added = m.rps && prev ? 1e6 / m.rps - 1e6 / prev : undefined;
      const rounds = m.rounds.length ? ` (${m.rounds.map((t) => t.rps.toFixed(0)).join(' / ')})` : '';
      const answers = g.error ? `**${g.error}**` : m.agree === null ? '–' : m.agree ? 'agree' : `**differ**: ${m.mismatch}`;
      out.push(
        `| ${g.n} | ${g.title} | ${m.rps !== null ? m.rps.toFixed(0) : '–'}${rounds} | ${fmtRatio(ratio(m.rps ?? undefined, f?.rps ?? undefined))} | ${added === undefined ? '–' : `${added >= 0 ? '+' : ''}${added.toFixed(0)}`} | ${ms(m.p50 ?? undefined)} | ${ms(m.latency?.p50)} | ${fmtRatio(ratio(m.latency?.p50, f?.latency?.p50))} | ${answers} |`,
      );
      if (m.rps) prev = m.rps;
    }
  }
  const rss = l.rungs.filter((g) => g.rssMiB !== null);
  if (s.childProcesses && rss.length) out.push('', `RSS after the runs: ${rss.map((g) => `rung ${g.n} ${g.rssMiB} MiB`).join(', ')}.`);
  for (const p of l.profiles) {
    out.push('');
    out.push(`### CPU profile of helixgraph's API process (rung 7): ${LADDER_TITLES[p.query]}`);
    out.push('');
    out.push(
      `${p.requests} requests in ${p.seconds.toFixed(1)} s at concurrency ${s.concurrency}; the process was busy ${p.summary.busyMs.toLocaleString('en')} ms of ${p.summary.ms.toLocaleString('en')} ms ` +
        `(${p.summary.samples.toLocaleString('en')} samples; \`${p.file}\`, open it in Chrome DevTools or speedscope). Self time, share of the busy time:`,
    );
    out.push('');
    out.push('| module | self ms | share | | function | self ms | share |');
    out.push('|---|---|---|---|---|---|---|');
    const n = Math.max(p.summary.modules.length, p.summary.functions.length);
    const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
    for (let i = 0; i < Math.min(n, 15); i++) {
      const mo = p.summary.modules[i];
      const fn = p.summary.functions[i];
      out.push(`| ${mo ? `${mo.name} | ${mo.selfMs} | ${pct(mo.share)}` : ' | | '} | | ${fn ? `\`${fn.name.replace(/\|/g, '\\|')}\` | ${fn.selfMs} | ${pct(fn.share)}` : ' | | '} |`);
    }
  }
  if (l.profilesSkipped) out.push('', `CPU profiles: not taken (${l.profilesSkipped}).`);
  return out;
}
