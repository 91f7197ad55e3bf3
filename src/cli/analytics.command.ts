import type { MeasuresRun } from '../analytics/service';
import { MeasuresJobs, RECOMPUTE_TIMEOUT_MS } from '../jobs/measuresJob';
import { phaseReporter } from './progress';
import { withDatabase } from './withDatabase';

export const ANALYTICS_USAGE = `usage: helixgraph analytics [--exact-up-to N] [--pivots K] [--seed S]

Recomputes the network measures of every actor (degree, betweenness, closeness, PageRank, Louvain
communities, Burt's effective size and constraint, Gould–Fernandez roles) on the default actor
network and writes them onto the actors. Betweenness is exact up to N actors (default 5000) and
estimated from K sampled sources above (default 500); S seeds the sample and Louvain (default 844).
The measures rest on the evidence levels of HELIXGRAPH_EVIDENCE (default: every level but
SYNTHETIC; HELIXGRAPH_EVIDENCE=ALL for the synthetic demonstration graph).`;

/** Reads `--name value` as a non-negative integer, or undefined when absent; null when malformed. */
function intOption(args: string[], name: string): number | undefined | null {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const value = Number(args[i + 1]);
  return Number.isInteger(value) && value >= 0 ? value : null;
}

/** One line per fact of a run: what was computed, how exactly, and how long each part took. */
export function formatRun(run: MeasuresRun): string[] {
  const exactness = run.betweennessExact
    ? 'betweenness exact'
    : `betweenness sampled from ${run.pivots} pivots (largest standard error of one actor ${run.maxStandardError.toExponential(2)}, not of all at once; closeness ${run.closenessMaxStandardError.toExponential(2)}; every actor within ±${run.errorBound.toFixed(4)} at 95%)`;
  return [
    `network measures of ${run.actors} actors (${run.ties} ties, ${run.arcs} arcs, ${run.communities} communities, modularity ${run.modularity.toFixed(3)}) computed at ${run.computedAt} on evidence ${run.evidence.join(', ')}`,
    exactness,
    `engines: ${run.timings.map((t) => `${t.measure} ${t.engine}`).join(', ')}${run.gdsVersion ? ` (GDS ${run.gdsVersion})` : ''}`,
    `read ${run.readMs} ms, compute ${run.computeMs} ms (${run.timings.map((t) => `${t.measure} ${t.ms}`).join(', ')}), write ${run.writeMs} ms, total ${run.totalMs} ms`,
  ];
}

/** `helixgraph analytics`: recompute and store the measures, then print how it went. */
export async function analyticsCommand(args: string[]): Promise<void> {
  const exactUpTo = intOption(args, '--exact-up-to');
  const pivots = intOption(args, '--pivots');
  const seed = intOption(args, '--seed');
  const known = new Set(['--exact-up-to', '--pivots', '--seed']);
  const stray = args.filter((a, i) => a.startsWith('--') ? !known.has(a) : !known.has(args[i - 1] ?? ''));
  if (exactUpTo === null || pivots === null || seed === null || (pivots !== undefined && pivots < 2) || stray.length > 0) {
    process.stderr.write(`${ANALYTICS_USAGE}\n`);
    process.exit(2);
  }
  await withDatabase(async (db, config) => {
    // The same background job as the API's (a worker thread), with its progress drawn as a bar.
    const n = config.neo4j;
    const jobs = new MeasuresJobs(
      { uri: db.uri, user: n.mode === 'external' ? n.user : undefined, password: n.mode === 'external' ? n.password : undefined, database: n.database, timeoutMs: RECOMPUTE_TIMEOUT_MS },
      db.executor,
    );
    const draw = phaseReporter();
    const job = await jobs.start({ evidence: config.evidence, exactUpTo, pivots, seed }, (s) => draw(s.phase, s.percent));
    const run = await jobs.wait(job.id);
    for (const line of formatRun(run)) console.log(`helixgraph: ${line}`);
  });
}
