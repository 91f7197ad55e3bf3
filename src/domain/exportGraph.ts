/**
 * The graph an export writes, as read from Neo4j: nodes, links and the provenance records they
 * cite, each with its stored properties. The database layer reads it (export.repository.ts), the
 * serializers in src/ingest/export/ write it.
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

/** A recorded change (see the change history), with the records it touched. */
export interface ExportChange {
  id: string;
  seq: number;
  at: string;
  by: string;
  operation: string;
  comment: string | null;
  sourceIds: string[];
  restores: string | null;
  /** Each record touched: an entity or source (`target` its id) or a link (type, from, to); whether it existed before and after. */
  entries: Array<{ kind: 'node' | 'source' | 'link'; target: string; type: string | null; from: string | null; to: string | null; existed: boolean; exists: boolean }>;
}

/** What was exported, in words, for file headers (e.g. "the whole graph"). */
export interface ExportGraph {
  description: string;
  nodes: ExportNode[];
  links: ExportLink[];
  sources: ExportSource[];
  /** The recorded changes of what is exported, oldest first (read for JSON-LD only). */
  changes?: ExportChange[];
}

/** The source ids a node or a link cites (its `sourceIds` property). */
export function citedSources(props: Record<string, unknown>): string[] {
  const ids = props.sourceIds;
  return Array.isArray(ids) ? ids.filter((x): x is string => typeof x === 'string') : [];
}
