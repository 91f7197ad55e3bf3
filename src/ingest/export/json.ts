import { isNodeLabel } from '../../domain/model';
import { COMMON_PROPERTIES, LABEL_PROPERTIES, LINK_PROPERTIES, SOURCE_PROPERTIES } from '../../domain/properties';
import type { Dataset, LinkRecord, NodeRecord, SourceRecord } from '../dataset';
import { citedSources, compare, sortGraph, type ExportGraph } from './graph';

/** Keys in a fixed order first, the others alphabetically: records diff cleanly. */
function ordered<T extends Record<string, unknown>>(record: T, leading: readonly string[], trailing: readonly string[]): T {
  const out: Record<string, unknown> = {};
  for (const k of leading) if (record[k] !== undefined) out[k] = record[k];
  for (const k of Object.keys(record).sort(compare)) if (!leading.includes(k) && !trailing.includes(k)) out[k] = record[k];
  for (const k of trailing) if (record[k] !== undefined) out[k] = record[k];
  return out as T;
}

/** The importable properties of a record: those the format allows, placeholder/estimate only when true. */
function importable(props: Record<string, unknown>, allowed: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(props)) {
    if (!(k in allowed) || v === null || v === undefined) continue;
    if ((k === 'placeholder' || k === 'estimate') && v !== true) continue;
    out[k] = v;
  }
  return out;
}

/**
 * Turns an exported graph into a dataset in the import format (docs/import-format.md), so that
 * importing it into an empty database gives the same graph back. Only importable properties are
 * written: derived ones (search text, content hash, an actor's `kind`, which is its label) are
 * recomputed by the importer, and computed network measures (`m_*`) are left to the analytics.
 */
export function toDataset(input: ExportGraph): Dataset {
  const graph = sortGraph(input);
  const sources: SourceRecord[] = graph.sources.map(
    (s) => ordered({ id: s.id, ...importable(s, SOURCE_PROPERTIES) } as SourceRecord, ['id', 'title', 'publisher', 'url', 'date', 'language'], []),
  );
  const nodes: NodeRecord[] = graph.nodes.map((n) => {
    const allowed = isNodeLabel(n.label) ? { ...COMMON_PROPERTIES, ...LABEL_PROPERTIES[n.label] } : COMMON_PROPERTIES;
    const record = { id: n.id, label: n.label, ...importable(n, allowed), sources: citedSources(n) } as NodeRecord;
    return ordered(record, ['id', 'label', 'name', 'nameEn'], ['sources']);
  });
  const links: LinkRecord[] = graph.links.map((l) =>
    ordered({ type: l.type, from: l.from, to: l.to, ...importable(l.props, LINK_PROPERTIES), sources: citedSources(l.props) } as LinkRecord, ['type', 'from', 'to'], ['sources']),
  );
  return { format: 'helixgraph-dataset', version: 1, sources, nodes, links };
}

/** The dataset as JSON text: one record a line inside each array, easy to diff and to locate. */
export function toJson(input: ExportGraph): string {
  const dataset = toDataset(input);
  const list = (items: unknown[]) => (items.length === 0 ? '[]' : `[\n${items.map((i) => `    ${JSON.stringify(i)}`).join(',\n')}\n  ]`);
  return `{\n  "format": "helixgraph-dataset",\n  "version": 1,\n  "sources": ${list(dataset.sources)},\n  "nodes": ${list(dataset.nodes)},\n  "links": ${list(dataset.links)}\n}\n`;
}
