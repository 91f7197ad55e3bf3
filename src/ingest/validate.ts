import { isLinkType, isNodeLabel, linkAllowed, type NodeLabel } from '../domain/model';
import {
  COMMON_PROPERTIES,
  DATE_PATTERN,
  LABEL_PROPERTIES,
  LINK_PROPERTIES,
  REQUIRED_BY_LABEL,
  SOURCE_PROPERTIES,
  type PropertyKind,
} from '../domain/properties';
import { parsePropertyEvidence } from '../domain/evidence';
import type { Dataset, ValidationProblem } from './dataset';

export const ID_PATTERN = /^[A-Za-z0-9:._-]{1,200}$/;

/** What the database already holds, for references to records outside the input. */
export interface ExistingEntities {
  /** Labels of existing nodes by id (sources have the label `Source`). */
  labels: ReadonlyMap<string, string>;
}

type Section = 'sources' | 'nodes' | 'links';

/**
 * Where the records of a dataset came from: the line of each record by section and index (from
 * `locateRecords` for JSON, from the CSV reader for CSV), and the file of each section when the
 * sections come from different files (CSV).
 */
export type RecordLines = Partial<Record<Section, number[]>> & { files?: Partial<Record<Section, string>> };

/**
 * Finds the line on which each record of the top-level `sources`, `nodes` and `links` arrays
 * starts, by scanning the JSON text once (strings and nesting aware), so problems can name lines.
 */
export function locateRecords(text: string): RecordLines {
  const out: RecordLines = {};
  let line = 1;
  let depth = 0;
  let inString = false;
  let lastKey = '';
  let stringStart = -1;
  let current: number[] | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') line++;
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') {
        inString = false;
        if (depth === 1) lastKey = text.slice(stringStart + 1, i);
      }
      continue;
    }
    if (c === '"') {
      inString = true;
      stringStart = i;
    } else if (c === '{' || c === '[') {
      if (depth === 1 && c === '[' && (lastKey === 'sources' || lastKey === 'nodes' || lastKey === 'links')) {
        current = out[lastKey as Section] = [];
      } else if (depth === 2 && c === '{' && current) {
        current.push(line);
      }
      depth++;
    } else if (c === '}' || c === ']') {
      depth--;
      if (depth === 1) current = undefined;
    }
  }
  return out;
}

function checkValue(kind: PropertyKind, value: unknown): string | null {
  switch (kind.type) {
    case 'string':
      if (typeof value !== 'string') return 'is not a string';
      if (kind.required && value.trim() === '') return 'must not be empty';
      if (kind.maxLength !== undefined && value.length > kind.maxLength) return `is longer than ${kind.maxLength} characters`;
      return null;
    case 'url':
      if (typeof value !== 'string' || !/^https?:\/\/[^\s]+$/.test(value)) return 'is not an http(s) URL';
      return null;
    case 'date':
      if (typeof value !== 'string' || !DATE_PATTERN.test(value)) return 'is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD';
      return null;
    case 'int':
      if (typeof value !== 'number' || !Number.isSafeInteger(value)) return 'is not an integer';
      if (kind.min !== undefined && value < kind.min) return `must be at least ${kind.min}`;
      return null;
    case 'float':
      if (typeof value !== 'number' || !Number.isFinite(value)) return 'is not a number';
      if (kind.min !== undefined && value < kind.min) return `must be at least ${kind.min} (no negative amounts)`;
      return null;
    case 'bool':
      return typeof value === 'boolean' ? null : 'is not true or false';
    case 'enum':
      return typeof value === 'string' && kind.values.includes(value) ? null : `is not one of ${kind.values.join(', ')}`;
  }
}

/**
 * Checks a whole dataset before anything is written and returns every problem at once (an empty
 * list when it can be imported): unknown labels, link types and properties, wrong value types,
 * missing names, bad dates, negative amounts, duplicate or malformed ids, references to ids that
 * exist neither in the input nor in the database, link types not allowed between the two labels,
 * records without a source, and attempts to change the label of an existing node.
 */
export function validateDataset(
  input: unknown,
  file: string,
  existing: ExistingEntities = { labels: new Map() },
  lines: RecordLines = {},
): ValidationProblem[] {
  const problems: ValidationProblem[] = [];
  const add = (section: Section | 'dataset', index: number | null, field: string, value: unknown, rule: string) =>
    problems.push({
      file: section === 'dataset' ? file : (lines.files?.[section] ?? file),
      line: index === null || section === 'dataset' ? undefined : lines[section]?.[index],
      record: index === null ? section : `${section}[${index}]`,
      field,
      value,
      rule,
    });

  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    add('dataset', null, '(root)', typeof input, 'is not a JSON object with sources, nodes and links');
    return problems;
  }
  const d = input as Partial<Dataset> & Record<string, unknown>;
  if (d.format !== 'helixgraph-dataset') add('dataset', null, 'format', d.format, 'must be "helixgraph-dataset"');
  if (d.version !== 1) add('dataset', null, 'version', d.version, 'must be 1');
  for (const key of ['sources', 'nodes', 'links'] as const) {
    if (d[key] !== undefined && !Array.isArray(d[key])) add('dataset', null, key, typeof d[key], 'must be an array');
  }
  const sources = Array.isArray(d.sources) ? d.sources : [];
  const nodes = Array.isArray(d.nodes) ? d.nodes : [];
  const links = Array.isArray(d.links) ? d.links : [];

  // Ids declared in this input, with their labels.
  const declared = new Map<string, string>();
  const declare = (section: 'sources' | 'nodes', index: number, id: unknown, label: string) => {
    if (typeof id !== 'string' || !ID_PATTERN.test(id)) {
      add(section, index, 'id', id, 'is not an id of 1 to 200 letters, digits or ":._-"');
      return;
    }
    if (declared.has(id)) {
      add(section, index, 'id', id, 'is declared twice in this input');
      return;
    }
    const before = existing.labels.get(id);
    if (before !== undefined && before !== label && isNodeLabel(label)) {
      add(section, index, 'label', label, `cannot change the label of existing ${id}, which is a ${before}`);
    }
    declared.set(id, label);
  };

  const checkProps = (
    section: Section,
    index: number,
    record: Record<string, unknown>,
    allowed: Record<string, PropertyKind>,
    structural: readonly string[],
  ) => {
    for (const [key, value] of Object.entries(record)) {
      if (structural.includes(key)) continue;
      // Own keys only: `toString`, `constructor` or `__proto__` are not properties of any record.
      const kind = Object.prototype.hasOwnProperty.call(allowed, key) ? allowed[key] : undefined;
      if (!kind) {
        add(section, index, key, value, 'is not a known property here');
        continue;
      }
      if (value === null) continue;
      const wrong = checkValue(kind, value);
      if (wrong) add(section, index, key, value, wrong);
    }
    for (const [key, kind] of Object.entries(allowed)) {
      if (kind.type === 'string' && kind.required && (record[key] === undefined || record[key] === null)) {
        add(section, index, key, undefined, 'is required');
      }
    }
  };

  /** A record's evidence fields agree with each other and name only properties it may carry. */
  const checkEvidence = (section: 'nodes' | 'links', index: number, record: Record<string, unknown>, allowed: Record<string, PropertyKind>) => {
    const level = record.evidence;
    if (typeof level === 'string') {
      if (record.placeholder === true && level !== 'PLACEHOLDER' && level !== 'SYNTHETIC') {
        add(section, index, 'placeholder', true, `contradicts evidence ${level} (a placeholder is PLACEHOLDER or SYNTHETIC)`);
      }
      if (record.placeholder === false && (level === 'PLACEHOLDER' || level === 'SYNTHETIC')) {
        add(section, index, 'placeholder', false, `contradicts evidence ${level}`);
      }
    }
    const pe = record.propertyEvidence;
    if (typeof pe !== 'string') return;
    const parsed = parsePropertyEvidence(pe);
    if (typeof parsed === 'string') return add(section, index, 'propertyEvidence', pe, `${parsed} (expected property=LEVEL pairs separated by commas)`);
    for (const p of parsed) {
      if (!Object.prototype.hasOwnProperty.call(allowed, p.property) || p.property.startsWith('evidence') || p.property === 'propertyEvidence') {
        add(section, index, 'propertyEvidence', pe, `names ${p.property}, which is not a property this record may carry`);
      }
    }
  };

  const sourceIds = new Set<string>();
  sources.forEach((s, i) => {
    if (typeof s !== 'object' || s === null) return add('sources', i, '(record)', s, 'is not an object');
    declare('sources', i, s.id, 'Source');
    if (typeof s.id === 'string') sourceIds.add(s.id);
    checkProps('sources', i, s, SOURCE_PROPERTIES, ['id']);
  });

  const sourceExists = (id: string) => sourceIds.has(id) || existing.labels.get(id) === 'Source';
  const checkSources = (section: 'nodes' | 'links', index: number, value: unknown) => {
    if (!Array.isArray(value) || value.length === 0) {
      add(section, index, 'sources', value, 'must list at least one source id');
      return;
    }
    for (const id of value) {
      if (typeof id !== 'string' || !sourceExists(id)) add(section, index, 'sources', id, 'is not the id of a source in this input or the database');
    }
  };

  nodes.forEach((n, i) => {
    if (typeof n !== 'object' || n === null) return add('nodes', i, '(record)', n, 'is not an object');
    const label = n.label;
    if (typeof label !== 'string' || !isNodeLabel(label)) {
      add('nodes', i, 'label', label, 'is not a known label (see src/domain/model.ts)');
      declare('nodes', i, n.id, String(label));
      return;
    }
    declare('nodes', i, n.id, label);
    checkProps('nodes', i, n, { ...COMMON_PROPERTIES, ...LABEL_PROPERTIES[label] }, ['id', 'label', 'sources']);
    checkEvidence('nodes', i, n, { ...COMMON_PROPERTIES, ...LABEL_PROPERTIES[label] });
    for (const key of REQUIRED_BY_LABEL[label] ?? []) {
      if (n[key] === undefined || n[key] === null) add('nodes', i, key, undefined, `is required for a ${label}`);
    }
    checkSources('nodes', i, n.sources);
  });

  const labelOf = (id: string): string | undefined => declared.get(id) ?? existing.labels.get(id);
  const seenLinks = new Set<string>();
  links.forEach((l, i) => {
    if (typeof l !== 'object' || l === null) return add('links', i, '(record)', l, 'is not an object');
    const type = l.type;
    if (typeof type !== 'string' || !isLinkType(type)) {
      add('links', i, 'type', type, 'is not a known relationship type (see LINK_RULES in src/domain/model.ts)');
    }
    const ends: Array<['from' | 'to', unknown]> = [
      ['from', l.from],
      ['to', l.to],
    ];
    const endLabels: Array<string | undefined> = ends.map(([field, id]) => {
      if (typeof id !== 'string') {
        add('links', i, field, id, 'is not a node id');
        return undefined;
      }
      const label = labelOf(id);
      if (label === undefined || label === 'Source') add('links', i, field, id, 'is not the id of a node in this input or the database');
      return label;
    });
    const [fromLabel, toLabel] = endLabels;
    if (typeof type === 'string' && isLinkType(type) && fromLabel && toLabel && isNodeLabel(fromLabel) && isNodeLabel(toLabel)) {
      if (!linkAllowed(type, fromLabel as NodeLabel, toLabel as NodeLabel)) {
        add('links', i, 'type', type, `is not allowed from a ${fromLabel} to a ${toLabel}`);
      }
      const key = `${type}|${l.from}|${l.to}`;
      if (seenLinks.has(key)) add('links', i, 'type', type, `duplicates an earlier ${type} link from ${l.from} to ${l.to}`);
      seenLinks.add(key);
    }
    checkProps('links', i, l, LINK_PROPERTIES, ['type', 'from', 'to', 'sources']);
    checkEvidence('links', i, l, LINK_PROPERTIES);
    checkSources('links', i, l.sources);
  });

  return problems;
}
