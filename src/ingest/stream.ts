import type { QueryName } from '../db/cypher';
import type { Executor } from '../db/executor';
import { DatasetInvalidError, type Dataset } from './dataset';
import { linkRow, nodeRow, sourceRow, type ImportCounts } from './importer';
import { validateDataset } from './validate';

export interface StreamImportSummary {
  sources: ImportCounts;
  nodes: ImportCounts;
  links: ImportCounts;
  batches: number;
  rows: number;
  /** Wall time from the first piece asked for to the last one written (generate + validate + write). */
  seconds: number;
  /** rows / seconds: the end-to-end rate. */
  rowsPerSecond: number;
  /** Time spent in write transactions only. */
  writeSeconds: number;
  /** rows / writeSeconds. */
  writeRowsPerSecond: number;
}

export interface StreamImportOptions {
  /** Rows per write transaction (default 10,000). */
  batchSize?: number;
  /** Called after each piece with the running totals. */
  onBatch?: (summary: StreamImportSummary) => void;
}

const zero = (): ImportCounts => ({ created: 0, updated: 0, unchanged: 0 });

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Every id a piece declares or refers to (looked up in the database before validating it). */
function idsOf(piece: Dataset): string[] {
  const ids = new Set<string>();
  for (const s of piece.sources) ids.add(s.id);
  for (const n of piece.nodes) {
    ids.add(n.id);
    for (const s of n.sources) ids.add(s);
  }
  for (const l of piece.links) {
    ids.add(l.from);
    ids.add(l.to);
    for (const s of l.sources) ids.add(s);
  }
  return [...ids];
}

/**
 * Imports a dataset that arrives in pieces (e.g. from `generateBatches`), one piece at a time, so a
 * dataset far larger than memory streams through. Each piece is checked like `importDataset`
 * checks a file (validateDataset against itself and the database, where earlier pieces already
 * are) and nothing of it is written when it has a problem (DatasetInvalidError; earlier pieces stay
 * written and re-running completes the import, every write being an idempotent upsert).
 *
 * Writes take a fast path where the outcome is known without a lookup: a node whose id the
 * database does not hold is CREATEd (ingest/createNodes) and a link with an end created in this
 * piece cannot exist yet, so it is CREATEd too (ingest/createLinks); everything else goes through
 * the importer's MERGE statements, which compare content hashes (created / updated / unchanged).
 */
export async function importRecords(
  db: Executor,
  pieces: Iterable<Dataset> | AsyncIterable<Dataset>,
  file: string,
  options: StreamImportOptions = {},
): Promise<StreamImportSummary> {
  const batchSize = options.batchSize ?? 10_000;
  const summary: StreamImportSummary = {
    sources: zero(),
    nodes: zero(),
    links: zero(),
    batches: 0,
    rows: 0,
    seconds: 0,
    rowsPerSecond: 0,
    writeSeconds: 0,
    writeRowsPerSecond: 0,
  };
  const started = process.hrtime.bigint();
  const write = async (query: QueryName, rows: object[], into: ImportCounts) => {
    for (const batch of chunks(rows, batchSize)) {
      const t = process.hrtime.bigint();
      const [result] = await db.write(query, { rows: batch });
      summary.writeSeconds += Number(process.hrtime.bigint() - t) / 1e9;
      into.created += Number(result?.created ?? 0);
      into.updated += Number(result?.updated ?? 0);
      into.unchanged += Number(result?.unchanged ?? 0);
    }
  };

  for await (const piece of pieces) {
    const name = `${file} (batch ${summary.batches + 1})`;
    const found = await db.read('ingest/findExistingIds', { ids: idsOf(piece) });
    const labels = new Map(found.map((r) => [r.id as string, r.label as string]));
    const problems = validateDataset(piece, name, { labels });
    if (problems.length > 0) throw new DatasetInvalidError(problems);

    await write('ingest/mergeSources', piece.sources.map(sourceRow), summary.sources);
    const fresh = new Set<string>();
    const newNodes = [];
    const oldNodes = [];
    for (const n of piece.nodes) {
      const row = nodeRow(n);
      if (labels.has(n.id)) oldNodes.push(row);
      else {
        fresh.add(n.id);
        newNodes.push({ id: row.id, labels: row.labels, props: row.props });
      }
    }
    await write('ingest/createNodes', newNodes, summary.nodes);
    await write('ingest/mergeNodes', oldNodes, summary.nodes);
    const newLinks = [];
    const oldLinks = [];
    for (const l of piece.links) {
      const row = linkRow(l);
      if (fresh.has(l.from) || fresh.has(l.to)) newLinks.push({ type: row.type, from: row.from, to: row.to, props: row.props });
      else oldLinks.push(row);
    }
    await write('ingest/createLinks', newLinks, summary.links);
    await write('ingest/mergeLinks', oldLinks, summary.links);

    summary.batches += 1;
    summary.rows += piece.sources.length + piece.nodes.length + piece.links.length;
    summary.seconds = Number(process.hrtime.bigint() - started) / 1e9;
    summary.rowsPerSecond = Math.round(summary.rows / Math.max(summary.seconds, 1e-9));
    summary.writeRowsPerSecond = Math.round(summary.rows / Math.max(summary.writeSeconds, 1e-9));
    options.onBatch?.(summary);
  }
  return summary;
}
