import { createHash } from 'node:crypto';
import fs from 'node:fs';

import { derivedFlags, evidenceOf, propertyEvidenceOf } from '../domain/evidence';
import { DEFAULT_SPHERE, isActorKind, type NodeLabel } from '../domain/model';
import { COMMON_PROPERTIES, LABEL_PROPERTIES, LINK_PROPERTIES, SOURCE_PROPERTIES } from '../domain/properties';
import { foldForSearch, searchNamesOf, sortKeyOf } from '../domain/search';
import type { Executor } from '../db/executor';
import { recordChange, type ChangeAuthor, type ChangeOperation, type ChangeTargets } from './changes';
import { DatasetInvalidError, type Dataset, type LinkRecord, type NodeRecord, type SourceRecord } from './dataset';
import { findDatasetDuplicates, type DuplicateWarning } from './duplicates';
import { parseJsonText } from './json';
import { locateRecords, validateDataset, type RecordLines } from './validate';

export interface ImportCounts {
  created: number;
  updated: number;
  unchanged: number;
}

export interface ImportSummary {
  sources: ImportCounts;
  nodes: ImportCounts;
  links: ImportCounts;
  /** Rows written per second (sources + nodes + links over the write phase). */
  rowsPerSecond: number;
  seconds: number;
  /** The ids of the changes recorded (one per transaction that changed something; none for a dry run). */
  changes: string[];
  /**
   * Likely duplicates among the input's nodes and between them and the store (found before the
   * write, dry run included): warnings, never a refusal.
   */
  duplicates: DuplicateWarning[];
}

export interface ImportProgress {
  phase: 'sources' | 'nodes' | 'links';
  done: number;
  total: number;
}

export interface ImportOptions {
  /** Rows per transaction (default 5000). */
  batchSize?: number;
  onProgress?: (p: ImportProgress) => void;
  /**
   * Write everything in one transaction (all or nothing), as a GraphQL mutation does. The default,
   * one transaction per batch, suits large files: see importDataset on failures mid-write.
   */
  singleTransaction?: boolean;
  /** Validate against the input and the database, write nothing. */
  dryRun?: boolean;
  /**
   * Who writes and why, recorded in the change history with every transaction's write (default:
   * an IMPORT by `helixgraph`, commented with the file's name).
   */
  change?: ChangeAuthor & { operation?: ChangeOperation };
}

/** Canonical JSON (sorted keys) so equal content always hashes the same. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    return `{${Object.keys(value as object)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

function hash(value: unknown): string {
  return createHash('sha1').update(canonical(value)).digest('hex');
}

/** Property keys an import owns on a node of `label` (others, like computed measures, are kept). */
function ownedKeys(allowed: Record<string, unknown>): string[] {
  return Object.keys(allowed);
}

function withoutNulls(record: Record<string, unknown>, skip: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(record)) if (!skip.includes(k) && v !== null && v !== undefined) out[k] = v;
  return out;
}

/** The stored evidence of a record: its level (from the earlier flags when absent) and the flags derived from it. */
function evidenceFields(r: Record<string, unknown>) {
  const evidence = evidenceOf(r);
  return { evidence, ...derivedFlags(evidence, propertyEvidenceOf(r.propertyEvidence)) };
}

/** The row written for a source record. */
export function sourceRow(s: SourceRecord) {
  const props = withoutNulls(s, ['id']);
  const full = { ...props, label: 'Source', searchName: searchNamesOf([s.title]) };
  return {
    id: s.id,
    // sortName derives from the title, so it stays out of the content hash (as for nodes).
    props: { ...full, sortName: sortKeyOf(String(s.title)), contentHash: hash(full) },
    removeKeys: ownedKeys(SOURCE_PROPERTIES).filter((k) => !(k in props)),
  };
}

/** The row written for a node record: its labels, stored properties and derived search text. */
export function nodeRow(n: NodeRecord) {
  const label = n.label as NodeLabel;
  const props = withoutNulls(n, ['id', 'label', 'sources']);
  const actor = isActorKind(label);
  const full: Record<string, unknown> = {
    ...props,
    label,
    sourceIds: n.sources,
    ...evidenceFields(n),
    searchName: searchNamesOf([n.name, n.nameEn, n.shortName]),
    searchText: foldForSearch([n.description, n.craft, n.craftEn].filter((x) => typeof x === 'string').join(' ')),
  };
  if (actor) {
    full.kind = label;
    full.sphere = props.sphere ?? DEFAULT_SPHERE[label];
  }
  const owned = ownedKeys({ ...COMMON_PROPERTIES, ...LABEL_PROPERTIES[label] });
  return {
    id: n.id,
    labels: actor ? ['Entity', 'Actor', label] : ['Entity', label],
    // sortName derives from name, so it stays out of the content hash (hashes of earlier imports hold).
    props: { ...full, sortName: sortKeyOf(String(n.name)), contentHash: hash(full) },
    removeKeys: owned.filter((k) => !(k in full)),
  };
}

/** The row written for a link record. */
export function linkRow(l: LinkRecord) {
  const props = withoutNulls(l, ['type', 'from', 'to', 'sources']);
  const full = { ...props, sourceIds: l.sources, ...evidenceFields(l) };
  return {
    type: l.type,
    from: l.from,
    to: l.to,
    props: { ...full, contentHash: hash(full) },
    removeKeys: Object.keys(LINK_PROPERTIES).filter((k) => !(k in full)),
  };
}

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

function add(into: ImportCounts, row: Record<string, unknown>): void {
  into.created += Number(row.created ?? 0);
  into.updated += Number(row.updated ?? 0);
  into.unchanged += Number(row.unchanged ?? 0);
}

/**
 * A batched import that stopped part-way: says exactly which rows the committed batches wrote
 * (every write is an idempotent upsert, so running the same import again completes it).
 */
export class ImportIncompleteError extends Error {
  constructor(
    readonly written: Pick<ImportSummary, 'sources' | 'nodes' | 'links'>,
    cause: unknown,
  ) {
    const n = (c: ImportCounts) => c.created + c.updated + c.unchanged;
    super(
      `the import stopped part-way (${(cause instanceof Error ? cause.message : String(cause)).replace(/\s*\n\s*/g, ' ').trim()}); ` +
        `the batches committed before it hold the first ${n(written.sources)} sources, ${n(written.nodes)} nodes and ${n(written.links)} links of the input, ` +
        'nothing else was written; run the same import again to complete it',
      { cause },
    );
    this.name = 'ImportIncompleteError';
  }
}

/**
 * Validates a dataset against itself and the database, then writes it: sources, then nodes, then
 * links, every write a MERGE on ids. Nothing is written when validation finds a problem
 * (DatasetInvalidError lists them all). An input of at most `batchSize` rows (or any input with
 * `singleTransaction`) is written in one transaction: all or nothing, whatever fails.
 *
 * A larger input is written in batches of `batchSize` rows, one transaction per batch. Failure
 * mid-write: batches already committed stay, and ImportIncompleteError says which rows they hold;
 * because every write is an idempotent upsert, running the same import again completes it (and
 * reports the committed rows as unchanged).
 */
export async function importDataset(
  db: Executor,
  input: unknown,
  file: string,
  options: ImportOptions = {},
  lines: RecordLines = {},
): Promise<ImportSummary> {
  const referenced = collectIds(input);
  const existingRows = referenced.length > 0 ? await db.read('ingest/findExistingIds', { ids: referenced }) : [];
  const existing = { labels: new Map(existingRows.map((r) => [r.id as string, r.label as string])) };
  const problems = validateDataset(input, file, existing, lines);
  if (problems.length > 0) throw new DatasetInvalidError(problems);
  const duplicates = await findDatasetDuplicates(db, input as Dataset, file, lines);
  if (options.dryRun) {
    const zero = () => ({ created: 0, updated: 0, unchanged: 0 });
    return { sources: zero(), nodes: zero(), links: zero(), rowsPerSecond: 0, seconds: 0, changes: [], duplicates };
  }

  const dataset = input as Dataset;
  const batchSize = options.batchSize ?? 5000;
  const started = Date.now();
  const summary: ImportSummary = {
    sources: { created: 0, updated: 0, unchanged: 0 },
    nodes: { created: 0, updated: 0, unchanged: 0 },
    links: { created: 0, updated: 0, unchanged: 0 },
    rowsPerSecond: 0,
    seconds: 0,
    changes: [],
    duplicates,
  };
  const phases: Array<{ phase: 'sources' | 'nodes' | 'links'; rows: object[]; query: 'ingest/mergeSources' | 'ingest/mergeNodes' | 'ingest/mergeLinks' }> = [
    { phase: 'sources', rows: (dataset.sources ?? []).map(sourceRow), query: 'ingest/mergeSources' },
    { phase: 'nodes', rows: (dataset.nodes ?? []).map(nodeRow), query: 'ingest/mergeNodes' },
    { phase: 'links', rows: (dataset.links ?? []).map(linkRow), query: 'ingest/mergeLinks' },
  ];
  const total = phases.reduce((n, p) => n + p.rows.length, 0);
  // An import without a comment says which file it read; a mutation (another operation) without one records none.
  const isImport = (options.change?.operation ?? 'IMPORT') === 'IMPORT';
  const author: ChangeAuthor = { by: options.change?.by ?? 'helixgraph', comment: options.change?.comment ?? (isImport ? `import of ${file}` : null) };
  const operation = options.change?.operation ?? 'IMPORT';
  type Phase = (typeof phases)[number];
  type WriteRow = ReturnType<typeof sourceRow> | ReturnType<typeof nodeRow> | ReturnType<typeof linkRow>;
  const targetsOf = (parts: Array<{ phase: Phase['phase']; rows: object[] }>): { targets: ChangeTargets; sourceIds: string[] } => {
    const targets: Required<Pick<ChangeTargets, 'nodes' | 'links'>> = { nodes: [], links: [] };
    const cited = new Set<string>();
    for (const { phase, rows } of parts) {
      for (const row of rows as WriteRow[]) {
        const hash = String(row.props.contentHash);
        if (phase === 'links') {
          const l = row as ReturnType<typeof linkRow>;
          targets.links.push({ type: l.type, from: l.from, to: l.to, hash });
          for (const id of l.props.sourceIds) cited.add(id);
        } else {
          const n = row as ReturnType<typeof nodeRow>;
          targets.nodes.push({ id: n.id, kind: phase === 'sources' ? 'source' : 'node', hash });
          if (phase === 'sources') cited.add(n.id);
          else for (const id of ((n.props as Record<string, unknown>).sourceIds as string[] | undefined) ?? []) cited.add(id);
        }
      }
    }
    return { targets, sourceIds: [...cited] };
  };
  const resetSummary = () => {
    for (const phase of ['sources', 'nodes', 'links'] as const) summary[phase] = { created: 0, updated: 0, unchanged: 0 };
  };
  if (options.singleTransaction || total <= batchSize) {
    // One transaction, one recorded change for the whole input.
    const { targets, sourceIds } = targetsOf(phases);
    const { changeId } = await db.writeTransaction((run) =>
      recordChange(run, operation, author, sourceIds, targets, async () => {
        resetSummary();
        for (const { phase, rows, query } of phases) {
          let done = 0;
          for (const batch of chunks(rows, batchSize)) {
            const [result] = await run(query, { rows: batch });
            add(summary[phase], result ?? {});
            done += batch.length;
            options.onProgress?.({ phase, done, total: rows.length });
          }
        }
      }),
    );
    if (changeId) summary.changes.push(changeId);
  } else {
    // One transaction per batch, each with its own recorded change: a batch and its record commit together.
    resetSummary();
    try {
      for (const { phase, rows, query } of phases) {
        let done = 0;
        for (const batch of chunks(rows, batchSize)) {
          const { targets, sourceIds } = targetsOf([{ phase, rows: batch }]);
          const comment = `${author.comment} (${phase} ${done + 1}-${done + batch.length} of ${rows.length})`;
          const { result, changeId } = await db.writeTransaction((run) => recordChange(run, operation, { ...author, comment }, sourceIds, targets, () => run(query, { rows: batch })));
          add(summary[phase], result[0] ?? {});
          if (changeId) summary.changes.push(changeId);
          done += batch.length;
          options.onProgress?.({ phase, done, total: rows.length });
        }
      }
    } catch (err) {
      throw new ImportIncompleteError(summary, err);
    }
  }
  summary.seconds = (Date.now() - started) / 1000;
  summary.rowsPerSecond = summary.seconds > 0 ? Math.round(total / summary.seconds) : total;
  return summary;
}

/** Reads and imports a JSON dataset file; problems name the file and the record's line. */
export async function importJsonFile(db: Executor, file: string, options: ImportOptions = {}): Promise<ImportSummary> {
  const text = fs.readFileSync(file, 'utf8');
  return importDataset(db, parseJsonText(text, file), file, options, locateRecords(text));
}

/** Every id the input declares or refers to (looked up in the database before validating). */
function collectIds(input: unknown): string[] {
  const ids = new Set<string>();
  if (typeof input !== 'object' || input === null) return [];
  const d = input as Partial<Dataset>;
  const str = (v: unknown) => typeof v === 'string' && ids.add(v);
  for (const s of Array.isArray(d.sources) ? d.sources : []) str(s?.id);
  for (const n of Array.isArray(d.nodes) ? d.nodes : []) {
    str(n?.id);
    if (Array.isArray(n?.sources)) n.sources.forEach(str);
  }
  for (const l of Array.isArray(d.links) ? d.links : []) {
    str(l?.from);
    str(l?.to);
    if (Array.isArray(l?.sources)) l.sources.forEach(str);
  }
  return [...ids];
}
