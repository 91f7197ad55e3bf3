/**
 * The graph an export writes, as read from Neo4j: nodes, links and the provenance records they
 * cite, each with its stored properties. The serializers (graphml.ts, gexf.ts, json.ts, jsonld.ts)
 * are pure functions of this value, so they are tested without a database.
 */

/** A property value as stored in Neo4j (scalars and lists of scalars). */
export type StoredValue = string | number | boolean | null | readonly (string | number | boolean)[];

/** A node with every stored property (`id`, `label`, `name`, `sourceIds`, measures `m_*`, …). */
export type ExportNode = { id: string; label: string } & Record<string, unknown>;

/** A relationship: its type, its ends and its stored properties (`sourceIds`, `since`, …). */
export interface ExportLink {
  type: string;
  from: string;
  to: string;
  props: Record<string, unknown>;
}

/** A provenance record with its stored properties (`title`, `publisher`, `url`, `date`, …). */
export type ExportSource = { id: string } & Record<string, unknown>;

/** What was exported, in words, for file headers (e.g. "the whole graph"). */
export interface ExportGraph {
  description: string;
  nodes: ExportNode[];
  links: ExportLink[];
  sources: ExportSource[];
}

/**
 * Properties derived at import time from the others and never exported: the folded search text
 * and sort key (recomputed from the names) and the content hash (recomputed from the content).
 */
export const DERIVED_PROPERTIES: ReadonlySet<string> = new Set(['searchName', 'searchText', 'sortName', 'contentHash']);

/** Network measures written by the analytics (`m_degree`, `m_betweenness`, …). */
export function isMeasure(key: string): boolean {
  return key.startsWith('m_');
}

/** Sorts nodes and sources by id and links by (from, type, to): every export is deterministic. */
export function sortGraph(graph: ExportGraph): ExportGraph {
  const byId = (a: { id: string }, b: { id: string }) => compare(a.id, b.id);
  return {
    description: graph.description,
    nodes: [...graph.nodes].sort(byId),
    sources: [...graph.sources].sort(byId),
    links: [...graph.links].sort((a, b) => compare(a.from, b.from) || compare(a.type, b.type) || compare(a.to, b.to)),
  };
}

/** Code-unit order, independent of the machine's locale. */
export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The source ids a node or a link cites (its `sourceIds` property). */
export function citedSources(props: Record<string, unknown>): string[] {
  const ids = props.sourceIds;
  return Array.isArray(ids) ? ids.filter((x): x is string => typeof x === 'string') : [];
}

/**
 * Readable, stable ids for links, in the order given: `org:a--FUNDS--org:b`. (type, from, to)
 * identifies a link; should two links still spell the same id (node ids containing `--TYPE--`), the
 * later one gets `--2`, `--3`, … so ids stay unique and deterministic.
 */
export function linkIds(links: readonly Pick<ExportLink, 'type' | 'from' | 'to'>[]): string[] {
  const seen = new Map<string, number>();
  return links.map((l) => {
    const base = `${l.from}--${l.type}--${l.to}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base}--${n}`;
  });
}
