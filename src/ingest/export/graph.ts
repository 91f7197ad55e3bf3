/**
 * The graph an export writes, as read from Neo4j: nodes, links and the provenance records they
 * cite, each with its stored properties. The serializers (graphml.ts, gexf.ts, json.ts, jsonld.ts)
 * are pure functions of this value, so they are tested without a database.
 */

// The graph's shape as read from Neo4j is model vocabulary (the database layer builds it).
export { citedSources, type ExportGraph, type ExportLink, type ExportNode, type ExportSource, type StoredValue } from '../../domain/exportGraph';
import type { ExportGraph, ExportLink } from '../../domain/exportGraph';

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
