import { isActorKind, type NodeLabel } from '../domain/model';
import { COMMON_PROPERTIES, LABEL_PROPERTIES } from '../domain/properties';
import type { Executor } from '../db/executor';
import { toNodeProps } from '../db/repositories/node.repository';
import type { LinkRecord, NodeRecord, SourceRecord } from './dataset';
import { importDataset, type ImportCounts } from './importer';

/** What a single write did. */
export type WriteOutcome = 'CREATED' | 'UPDATED' | 'UNCHANGED';

function outcomeOf(c: ImportCounts): WriteOutcome {
  if (c.created > 0) return 'CREATED';
  if (c.updated > 0) return 'UPDATED';
  return 'UNCHANGED';
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

/** Runs a one-record dataset through the importer's validation and writer, in one transaction. */
async function writeOne(db: Executor, what: string, dataset: { sources: SourceRecord[]; nodes: NodeRecord[]; links: LinkRecord[] }) {
  return importDataset(db, { format: 'helixgraph-dataset', version: 1, ...dataset }, what, { singleTransaction: true });
}

/**
 * Creates or replaces an entity by id (upsert): the record given is the whole record, validated
 * exactly as an imported one. Sending it twice leaves one node and answers UNCHANGED.
 */
export async function upsertEntity(db: Executor, record: Omit<NodeRecord, 'sources'>, sources: WriteSources): Promise<WriteOutcome> {
  const { ids, records } = sourcesOf(sources);
  requireSources(ids);
  const summary = await writeOne(db, 'input', { sources: records, nodes: [{ ...record, sources: ids } as NodeRecord], links: [] });
  return outcomeOf(summary.nodes);
}

/** Properties an import owns on a node of `label`, i.e. what a record may say. */
function recordKeys(label: NodeLabel): string[] {
  const keys = Object.keys({ ...COMMON_PROPERTIES, ...LABEL_PROPERTIES[label] });
  return isActorKind(label) ? keys : keys.filter((k) => k !== 'sphere');
}

/** The import record of a stored node (derived properties dropped), for partial updates. */
export async function readRecord(db: Executor, id: string): Promise<NodeRecord | null> {
  const [row] = await db.read('node/getNodesByIds', { ids: [id] });
  if (!row?.node) return null;
  const props = toNodeProps(row.node);
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
): Promise<WriteOutcome> {
  const { ids, records } = sourcesOf(sources);
  requireSources(ids);
  const current = await readRecord(db, id);
  if (!current) throw new UnknownIdError(id);
  const next: NodeRecord = { ...current, ...set, id, label: current.label, sources: [...new Set([...current.sources, ...ids])] };
  for (const key of unset) delete next[key];
  const summary = await writeOne(db, 'input', { sources: records, nodes: [next], links: [] });
  return outcomeOf(summary.nodes);
}

/** Creates or updates the relationship (type, from, to); validated like an imported link. */
export async function upsertLink(db: Executor, link: Omit<LinkRecord, 'sources'>, sources: WriteSources): Promise<WriteOutcome> {
  const { ids, records } = sourcesOf(sources);
  requireSources(ids);
  const record: LinkRecord = { ...link, sources: ids } as LinkRecord;
  for (const key of Object.keys(record)) if (record[key] === null || record[key] === undefined) delete record[key];
  const summary = await writeOne(db, 'input', { sources: records, nodes: [], links: [record] });
  return outcomeOf(summary.links);
}

/** Deletes an entity and its relationships; false when there was none. */
export async function deleteEntity(db: Executor, id: string): Promise<{ deleted: boolean; linksRemoved: number }> {
  const [row] = await db.write('curation/deleteNode', { id });
  return { deleted: Number(row?.deleted ?? 0) > 0, linksRemoved: Number(row?.linksRemoved ?? 0) };
}

/** Deletes the relationship (type, from, to); false when there was none. */
export async function deleteLink(db: Executor, type: string, from: string, to: string): Promise<boolean> {
  const [row] = await db.write('curation/deleteLink', { type, from, to });
  return Number(row?.deleted ?? 0) > 0;
}

/** Creates or updates a source record. */
export async function upsertSource(db: Executor, source: SourceRecord): Promise<WriteOutcome> {
  const summary = await writeOne(db, 'input', { sources: [source], nodes: [], links: [] });
  return outcomeOf(summary.sources);
}
