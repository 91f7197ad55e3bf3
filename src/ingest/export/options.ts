import { EVIDENCE_LEVELS, LINK_TYPES, NODE_LABELS, type EvidenceLevel, type LinkType, type NodeLabel } from '../../domain/model';
import { ID_PATTERN } from '../validate';

/** The export formats, with the media type and file extension each is served with. */
export const EXPORT_FORMATS = {
  graphml: { contentType: 'application/graphml+xml; charset=utf-8', extension: 'graphml' },
  gexf: { contentType: 'application/gexf+xml; charset=utf-8', extension: 'gexf' },
  json: { contentType: 'application/json; charset=utf-8', extension: 'json' },
  jsonld: { contentType: 'application/ld+json; charset=utf-8', extension: 'jsonld' },
} as const;
export type ExportFormat = keyof typeof EXPORT_FORMATS;

export const MAX_DEPTH = 3;

/** What to export: everything, or the nodes every given criterion selects (criteria combine with AND). */
export interface ExportSelection {
  /** Only nodes with one of these labels. */
  kinds?: NodeLabel[];
  /** A sector and the nodes active in it. */
  sector?: string;
  /** A province and the nodes located in it, directly or through a craft village. */
  province?: string;
  /**
   * A node and every node at most `depth` hops away from it (either way), through any relationship
   * or only `linkTypes`, and only relationships and nodes on `evidence` when given (as
   * Query.neighbourhood walks: the explorer's map exports what it shows).
   */
  around?: { id: string; depth: number; linkTypes?: LinkType[]; evidence?: EvidenceLevel[] };
}

export interface ExportOptions {
  format: ExportFormat;
  selection: ExportSelection;
}

/** A wrong export parameter: names the parameter, the bad value and the rule. */
export class ExportParameterError extends Error {
  constructor(
    readonly parameter: string,
    readonly value: unknown,
    readonly rule: string,
  ) {
    super(`Parameter "${parameter}" ${rule}; got ${JSON.stringify(value)}.`);
    this.name = 'ExportParameterError';
  }
}

/** The raw parameters, as a query string or command-line flags give them. */
export type RawExportParameters = Record<string, string | undefined>;

export const EXPORT_PARAMETERS = ['format', 'kinds', 'sector', 'province', 'around', 'depth', 'linkTypes', 'evidence'] as const;

/** A comma-separated list of values from `allowed` (each once), or a clear error naming the one that is not. */
function listOf<T extends string>(parameter: string, raw: string, allowed: readonly T[]): T[] {
  const out: T[] = [];
  for (const name of raw.split(',').map((v) => v.trim())) {
    if (!(allowed as readonly string[]).includes(name)) {
      throw new ExportParameterError(parameter, raw, `must list values separated by commas (${allowed.join(', ')}); "${name}" is none`);
    }
    if (!out.includes(name as T)) out.push(name as T);
  }
  return out;
}

/** SupportOrganization and SUPPORT_ORGANIZATION (the GraphQL enum spelling) name the same label. */
const LABEL_BY_KEY = new Map<string, NodeLabel>(NODE_LABELS.map((l) => [l.toLowerCase(), l]));
function labelOf(value: string): NodeLabel | undefined {
  return LABEL_BY_KEY.get(value.replace(/_/g, '').toLowerCase());
}

function nodeId(parameter: string, value: string): string {
  if (!ID_PATTERN.test(value)) throw new ExportParameterError(parameter, value, 'must be a node id: 1-200 letters, digits and :._-');
  return value;
}

/**
 * Validates export parameters before any database work and returns typed options. Unknown
 * parameters are refused (a typo never silently exports the whole graph).
 */
export function parseExportOptions(raw: RawExportParameters): ExportOptions {
  for (const key of Object.keys(raw)) {
    if (!(EXPORT_PARAMETERS as readonly string[]).includes(key)) {
      throw new ExportParameterError(key, raw[key], `is not a parameter of an export (known: ${EXPORT_PARAMETERS.join(', ')})`);
    }
  }
  const format = raw.format;
  if (format === undefined || !Object.prototype.hasOwnProperty.call(EXPORT_FORMATS, format)) {
    throw new ExportParameterError('format', format, `must be one of ${Object.keys(EXPORT_FORMATS).join(', ')}`);
  }
  const selection: ExportSelection = {};
  if (raw.kinds !== undefined) {
    const names = raw.kinds.split(',').map((k) => k.trim());
    const kinds: NodeLabel[] = [];
    for (const name of names) {
      const label = labelOf(name);
      if (!label) {
        throw new ExportParameterError('kinds', raw.kinds, `must list node labels separated by commas (ENTERPRISE or Enterprise, …: ${NODE_LABELS.join(', ')}); "${name}" is none`);
      }
      if (!kinds.includes(label)) kinds.push(label);
    }
    selection.kinds = kinds;
  }
  if (raw.sector !== undefined) selection.sector = nodeId('sector', raw.sector);
  if (raw.province !== undefined) selection.province = nodeId('province', raw.province);
  if (raw.depth !== undefined && raw.around === undefined) {
    throw new ExportParameterError('depth', raw.depth, 'needs "around" (the id of the node whose neighbourhood to export)');
  }
  if (raw.around !== undefined) {
    const depth = raw.depth === undefined ? 1 : /^\d+$/.test(raw.depth) ? Number(raw.depth) : NaN;
    if (!Number.isInteger(depth) || depth < 1 || depth > MAX_DEPTH) {
      throw new ExportParameterError('depth', raw.depth, `must be an integer from 1 to ${MAX_DEPTH}`);
    }
    selection.around = { id: nodeId('around', raw.around), depth };
    if (raw.linkTypes !== undefined) selection.around.linkTypes = listOf('linkTypes', raw.linkTypes, LINK_TYPES);
    if (raw.evidence !== undefined) selection.around.evidence = listOf('evidence', raw.evidence, EVIDENCE_LEVELS);
  } else {
    for (const key of ['linkTypes', 'evidence'] as const) {
      if (raw[key] !== undefined) throw new ExportParameterError(key, raw[key], 'needs "around" (it filters the walk of a neighbourhood)');
    }
  }
  return { format: format as ExportFormat, selection };
}

/** The selection in words, for file headers: "the whole graph", "the nodes within 2 hops of org:a". */
export function describeSelection(s: ExportSelection): string {
  const parts: string[] = [];
  if (s.kinds) parts.push(`labelled ${s.kinds.join(' or ')}`);
  if (s.sector) parts.push(`in sector ${s.sector}`);
  if (s.province) parts.push(`in province ${s.province}`);
  if (s.around) {
    const through = s.around.linkTypes ? ` through ${s.around.linkTypes.join(', ')}` : '';
    const on = s.around.evidence ? ` on evidence ${s.around.evidence.join(', ')}` : '';
    parts.push(`within ${s.around.depth} hop${s.around.depth === 1 ? '' : 's'} of ${s.around.id}${through}${on}`);
  }
  return parts.length === 0 ? 'the whole graph' : `the nodes ${parts.join(', ')}, the links among them and the sources they cite`;
}

/** A download's file name: `helixgraph.graphml`, `helixgraph-around-org_ntbic-2.gexf`, … */
export function exportFileName(options: ExportOptions): string {
  const s = options.selection;
  const parts = ['helixgraph'];
  if (s.kinds) parts.push(s.kinds.join('+'));
  if (s.sector) parts.push('sector', s.sector);
  if (s.province) parts.push('province', s.province);
  if (s.around) parts.push('around', s.around.id, String(s.around.depth));
  return `${parts.join('-').replace(/[^A-Za-z0-9._+-]/g, '_')}.${EXPORT_FORMATS[options.format].extension}`;
}
