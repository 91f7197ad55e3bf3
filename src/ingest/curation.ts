import { isActorKind, type NodeLabel } from '../domain/model';
import { COMMON_PROPERTIES, LABEL_PROPERTIES } from '../domain/properties';
import type { Executor } from '../db/executor';
import { toNodeProps } from '../db/repositories/node.repository';
import { recordChange, type ChangeAuthor, type ChangeOperation } from './changes';
import type { LinkRecord, NodeRecord, SourceRecord } from './dataset';
import type { DuplicateWarning } from './duplicates';
import { importDataset, type ImportCounts, type ImportSummary } from './importer';

/** What a single write did. */
export type WriteOutcome = 'CREATED' | 'UPDATED' | 'UNCHANGED';

function outcomeOf(c: ImportCounts): WriteOutcome {
  if (c.created > 0) return 'CREATED';
  if (c.updated > 0) return 'UPDATED';
  return 'UNCHANGED';
}

/** A write's outcome and the recorded change (null when it changed nothing). */
export interface Written {
  outcome: WriteOutcome;
  changeId: string | null;
  /** Likely duplicates of the entity written, in the store (warnings; the write went ahead). */
  duplicates: DuplicateWarning[];
}

/** Provenance given with a write: ids of existing sources and/or new sources to create. */
export interface WriteSources {
  sourceIds?: string[] | null;
  newSources?: SourceRecord[] | null;
}

function sourcesOf(w: WriteSources): { ids: string[]; records: SourceRecord[] } {
  const records = w.newSources ?? [];
  return { ids: [...new Set([...(w.sourceIds ?? []), ...records.map((s) => s.id)])], records };
}

/** A write that cites no source at all; validation would say so too, but earlier is clearer. */
export class MissingSourceError extends Error {}

function requireSources(ids: string[]): void {
  if (ids.length === 0) throw new MissingSourceError('every write must cite at least one source: give sourceIds or newSources');
}

/**
 * Runs a one-record dataset through the importer's validation and writer, in one transaction
 * that also records the change (operation, author, comment).
 */
async function writeOne(
  db: Executor,
  what: string,
  dataset: { sources: SourceRecord[]; nodes: NodeRecord[]; links: LinkRecord[] },
  operation: ChangeOperation,
  author: ChangeAuthor,
): Promise<ImportSummary> {
  return importDataset(db, { format: 'helixgraph-dataset', version: 1, ...dataset }, what, { singleTransaction: true, change: { ...author, comment: author.comment ?? null, operation } });
}

/**
 * Creates or replaces an entity by id (upsert): the record given is the whole record, validated
 * exactly as an imported one. Sending it twice leaves one node and answers UNCHANGED.
 */
export async function upsertEntity(db: Executor, record: Omit<NodeRecord, 'sources'>, sources: WriteSources, author: ChangeAuthor): Promise<Written> {
  const { ids, records } = sourcesOf(sources);
  requireSources(ids);
  const summary = await writeOne(db, 'input', { sources: records, nodes: [{ ...record, sources: ids } as NodeRecord], links: [] }, 'UPSERT_ENTITY', author);
  const outcome = outcomeOf(summary.nodes);
  return { outcome, changeId: summary.changes[0] ?? null, duplicates: summary.duplicates };
}

/** Properties an import owns on a node of `label`, i.e. what a record may say. */
function recordKeys(label: NodeLabel): string[] {
  const keys = Object.keys({ ...COMMON_PROPERTIES, ...LABEL_PROPERTIES[label] });
  return isActorKind(label) ? keys : keys.filter((k) => k !== 'sphere');
}

/** The import record of a stored node (derived properties dropped), for partial updates. */
export async function readRecord(db: Executor, id: string): Promise<NodeRecord | null> {
  const [row] = await db.read('node/getNodesByIds', { ids: [id] });
  return row?.node ? recordOfNode(id, row.node) : null;
}

/** The import record of a node as node/getNodesByIds answers it (derived properties dropped). */
export function recordOfNode(id: string, node: unknown): NodeRecord {
  const props = toNodeProps(node);
  const label = props.label as NodeLabel;
  const record: NodeRecord = { id, label, name: String(props.name ?? ''), sources: (props.sourceIds as string[]) ?? [] };
  for (const key of recordKeys(label)) {
    if (key === 'name') continue;
    const v = props[key];
    if (v === undefined || v === null) continue;
    if ((key === 'placeholder' || key === 'estimate') && (v === false || props.evidence !== undefined)) continue;
    record[key] = v;
  }
  return record;
}

/** Thrown when a write names an entity that does not exist. */
export class UnknownIdError extends Error {
  constructor(readonly id: string) {
    super(`no entity has the id ${id}`);
  }
}

/**
 * Changes some properties of an existing entity: `set` overrides, `unset` removes; the sources
 * given are added to the ones it already cites. Validated as a whole record afterwards.
 */
export async function updateEntity(
  db: Executor,
  id: string,
  set: Record<string, unknown>,
  unset: string[],
  sources: WriteSources,
  author: ChangeAuthor,
): Promise<Written> {
  const { ids, records } = sourcesOf(sources);
  requireSources(ids);
  const current = await readRecord(db, id);
  if (!current) throw new UnknownIdError(id);
  const next: NodeRecord = { ...current, ...set, id, label: current.label, sources: [...new Set([...current.sources, ...ids])] };
  for (const key of unset) delete next[key];
  const summary = await writeOne(db, 'input', { sources: records, nodes: [next], links: [] }, 'UPDATE_ENTITY', author);
  const outcome = outcomeOf(summary.nodes);
  return { outcome, changeId: summary.changes[0] ?? null, duplicates: summary.duplicates };
}

/** Creates or updates the relationship (type, from, to); validated like an imported link. */
export async function upsertLink(db: Executor, link: Omit<LinkRecord, 'sources'>, sources: WriteSources, author: ChangeAuthor): Promise<Written> {
  const { ids, records } = sourcesOf(sources);
  requireSources(ids);
  const record: LinkRecord = { ...link, sources: ids } as LinkRecord;
  for (const key of Object.keys(record)) if (record[key] === null || record[key] === undefined) delete record[key];
  const summary = await writeOne(db, 'input', { sources: records, nodes: [], links: [record] }, 'LINK', author);
  const outcome = outcomeOf(summary.links);
  return { outcome, changeId: summary.changes[0] ?? null, duplicates: [] };
}

/**
 * Deletes an entity and its relationships, recording it (and them) as they were in the same
 * transaction, so restoreEntity can put them back; false when there was none.
 */
export async function deleteEntity(db: Executor, id: string, author: ChangeAuthor): Promise<{ deleted: boolean; linksRemoved: number; changeId: string | null }> {
  return db.writeTransaction(async (run) => {
    const { result: row, changeId } = await recordChange(run, 'DELETE_ENTITY', author, [], { nodes: [{ id }], linksOf: [id] }, async () => (await run('curation/deleteNode', { id }))[0]);
    return { deleted: Number(row?.deleted ?? 0) > 0, linksRemoved: Number(row?.linksRemoved ?? 0), changeId };
  });
}

/** Deletes the relationship (type, from, to), recorded as it was; false when there was none. */
export async function deleteLink(db: Executor, type: string, from: string, to: string, author: ChangeAuthor): Promise<{ deleted: boolean; changeId: string | null }> {
  return db.writeTransaction(async (run) => {
    const { result: row, changeId } = await recordChange(run, 'UNLINK', author, [], { links: [{ type, from, to }] }, async () => (await run('curation/deleteLink', { type, from, to }))[0]);
    return { deleted: Number(row?.deleted ?? 0) > 0, changeId };
  });
}

/** Creates or updates a source record. */
export async function upsertSource(db: Executor, source: SourceRecord, author: ChangeAuthor): Promise<Written> {
  const summary = await writeOne(db, 'input', { sources: [source], nodes: [], links: [] }, 'UPSERT_SOURCE', author);
  const outcome = outcomeOf(summary.sources);
  return { outcome, changeId: summary.changes[0] ?? null, duplicates: [] };
}
