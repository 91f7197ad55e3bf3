import { COMMON_PROPERTIES, LABEL_PROPERTIES, LINK_PROPERTIES, type PropertyKind } from '../../domain/properties';
import { compare, DERIVED_PROPERTIES, isMeasure, type ExportLink, type ExportNode } from './graph';

/**
 * The attribute columns of the XML formats (GraphML keys, GEXF attributes): which properties a
 * node or link carries in a file, under which name and with which type. Shared by graphml.ts and
 * gexf.ts so both formats carry the same columns.
 */

/** The value types both GraphML and GEXF know. */
export type ColumnType = 'string' | 'boolean' | 'long' | 'double';

export interface Column {
  /** The attribute's name in the file. */
  name: string;
  type: ColumnType;
  /** Reads the column's value from a record (undefined when absent). */
  read(record: Record<string, unknown>): unknown;
}

/** Columns every node has first, in this order; `type` is the node's label (its entity type). */
const NODE_LEADING = ['type', 'kind', 'sphere', 'name', 'nameEn', 'evidence', 'propertyEvidence', 'placeholder', 'estimate', 'sources'] as const;
/** Columns every link has first, in this order. */
const LINK_LEADING = ['type', 'evidence', 'placeholder', 'estimate', 'role', 'since', 'until', 'note', 'sources'] as const;

/** Separator of list values written as one string (ids never contain it). */
export const LIST_SEPARATOR = ';';

/** Declared kinds of the importable properties, whatever the label. */
const DECLARED: Record<string, PropertyKind> = Object.assign(
  {},
  COMMON_PROPERTIES,
  ...Object.values(LABEL_PROPERTIES),
  LINK_PROPERTIES,
);

function declaredType(name: string): ColumnType | undefined {
  const kind = DECLARED[name];
  if (!kind) return undefined;
  if (kind.type === 'bool') return 'boolean';
  if (kind.type === 'int') return 'long';
  if (kind.type === 'float') return 'double';
  return 'string';
}

/** The narrowest type that holds every value seen (lists are written as one string). */
function inferredType(values: unknown[]): ColumnType {
  const present = values.filter((v) => v !== undefined && v !== null);
  if (present.length > 0 && present.every((v) => typeof v === 'boolean')) return 'boolean';
  if (present.length > 0 && present.every((v) => typeof v === 'number')) {
    return present.every((v) => Number.isSafeInteger(v)) ? 'long' : 'double';
  }
  return 'string';
}

function property(name: string, values: unknown[]): Column {
  const type = declaredType(name) === undefined || isMeasure(name) ? inferredType(values) : (declaredType(name) as ColumnType);
  return { name, type, read: (r) => r[name] };
}

const sourcesColumn: Column = { name: 'sources', type: 'string', read: (r) => r.sourceIds };

/** Keys not written as columns of their own (exported under another name, or derived). */
function skipped(key: string): boolean {
  return key === 'id' || key === 'label' || key === 'sourceIds' || DERIVED_PROPERTIES.has(key);
}

function otherKeys(records: readonly Record<string, unknown>[], leading: readonly string[]): string[] {
  const keys = new Set<string>();
  for (const r of records) for (const k of Object.keys(r)) if (!skipped(k) && !leading.includes(k)) keys.add(k);
  // Imported properties alphabetically, then the network measures alphabetically.
  return [...keys].sort((a, b) => Number(isMeasure(a)) - Number(isMeasure(b)) || compare(a, b));
}

/**
 * The node columns: type (the label), kind, sphere, name, nameEn, evidence, propertyEvidence,
 * placeholder, estimate, sources,
 * then every other stored scalar property present on some node (measures `m_*` last). A leading
 * column no node has is left out.
 */
export function nodeColumns(nodes: readonly ExportNode[]): Column[] {
  const columns: Column[] = [];
  for (const name of NODE_LEADING) {
    if (name === 'type') columns.push({ name, type: 'string', read: (r) => r.label });
    else if (name === 'sources') columns.push(sourcesColumn);
    else if (nodes.some((n) => n[name] !== undefined && n[name] !== null)) columns.push(property(name, nodes.map((n) => n[name])));
  }
  for (const key of otherKeys(nodes, NODE_LEADING)) columns.push(property(key, nodes.map((n) => n[key])));
  return columns;
}

/** The link columns: type, then the relationship's properties, sources, then any other property. */
export function linkColumns(links: readonly ExportLink[]): Column[] {
  const columns: Column[] = [];
  const records = links.map((l) => l.props);
  for (const name of LINK_LEADING) {
    if (name === 'type') columns.push({ name, type: 'string', read: (r) => r.type });
    else if (name === 'sources') columns.push(sourcesColumn);
    else if (records.some((r) => r[name] !== undefined && r[name] !== null)) columns.push(property(name, records.map((r) => r[name])));
  }
  for (const key of otherKeys(records, LINK_LEADING)) columns.push(property(key, records.map((r) => r[key])));
  return columns;
}

/** A link's record as the link columns read it (its properties plus its type). */
export function linkRecord(link: ExportLink): Record<string, unknown> {
  return { ...link.props, type: link.type };
}

/**
 * Formats a value for a column of `type` as the text of an XML attribute or element, or undefined
 * when there is nothing to write. Lists become one string joined by `;`; doubles use the XML
 * Schema spellings (`INF`, `-INF`, `NaN`) for non-finite values.
 */
export function formatValue(value: unknown, type: ColumnType): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (Array.isArray(value)) return value.map((v) => formatValue(v, 'string') ?? '').join(LIST_SEPARATOR);
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return 'NaN';
    if (!Number.isFinite(value)) return value > 0 ? 'INF' : '-INF';
    return type === 'long' ? String(Math.trunc(value)) : String(value);
  }
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}
