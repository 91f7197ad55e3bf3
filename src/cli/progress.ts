import type { ImportProgress, ImportSummary } from '../ingest/importer';
import { formatDuplicate } from '../ingest/duplicates';

/** Any phased work with a count of units done out of a total. */
export interface Progress {
  phase: string;
  done: number;
  total: number;
}

/** One progress line: `nodes   [########------------]  40%  8000/20000`. */
export function progressLine(p: Progress, width = 20): string {
  const ratio = p.total === 0 ? 1 : p.done / p.total;
  const filled = Math.round(ratio * width);
  return `${p.phase.padEnd(7)} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${String(Math.round(ratio * 100)).padStart(3)}%  ${p.done}/${p.total}`;
}

/**
 * A progress reporter for long imports: redraws one line on a terminal; elsewhere (CI, files)
 * prints a line at the end of each phase and every 10% of a large one, so logs stay short.
 */
export function progressReporter(stream: NodeJS.WriteStream = process.stderr): (p: ImportProgress) => void {
  let lastDecile = -1;
  let lastPhase = '';
  return (p) => {
    if (p.phase !== lastPhase) {
      lastPhase = p.phase;
      lastDecile = -1;
    }
    if (stream.isTTY) {
      stream.write(`\r${progressLine(p)}`);
      if (p.done === p.total) stream.write('\n');
      return;
    }
    const decile = Math.floor((p.done / Math.max(p.total, 1)) * 10);
    if (p.done === p.total || (p.total >= 10_000 && decile > lastDecile)) {
      lastDecile = decile;
      stream.write(`${progressLine(p)}\n`);
    }
  };
}

/** The summary printed after an import: created / updated / unchanged per kind of record. */
/**
 * A progress bar for a recompute of the measures (percent of the work): redrawn on a terminal;
 * elsewhere one line per phase, so logs stay short.
 */
export function phaseReporter(stream: NodeJS.WriteStream = process.stderr): (phase: string, percent: number) => void {
  let lastPhase = '';
  return (phase, percent) => {
    const line = progressLine({ phase, done: percent, total: 100 }, 30).replace(/\s+\d+\/100$/, '');
    if (stream.isTTY) stream.write(`\r${line.padEnd(60)}${phase === 'done' ? '\n' : ''}`);
    else if (phase !== lastPhase) stream.write(`${line}\n`);
    lastPhase = phase;
  };
}

/** The likely duplicates of an import, one line each under a heading (nothing when there are none). */
function formatDuplicates(s: ImportSummary): string {
  const d = s.duplicates ?? [];
  if (d.length === 0) return '';
  const head = `\n  ${d.length} likely duplicate${d.length === 1 ? '' : 's'} (warnings: written anyway; see mergeEntities):`;
  return `${head}\n${d.map((w) => `    ${formatDuplicate(w)}`).join('\n')}`;
}

export function formatSummary(source: string, s: ImportSummary, dryRun = false): string {
  if (dryRun) return `${source}: valid; nothing was written (--dry-run)${formatDuplicates(s)}`;
  const rows = (['sources', 'nodes', 'links'] as const).map(
    (k) => `  ${k.padEnd(7)} ${s[k].created} created, ${s[k].updated} updated, ${s[k].unchanged} unchanged`,
  );
  const changed = (['sources', 'nodes', 'links'] as const).some((k) => s[k].created + s[k].updated > 0);
  const head = `${source}: imported in ${s.seconds.toFixed(1)} s (${s.rowsPerSecond} rows/s)`;
  const tail = changed ? '' : '\n  nothing changed: the database already held exactly this data';
  return `${head}\n${rows.join('\n')}${tail}${formatDuplicates(s)}`;
}
