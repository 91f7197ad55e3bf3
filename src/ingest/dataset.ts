/** The records of the helixgraph dataset format (docs/import-format.md), as parsed from JSON. */

export interface SourceRecord {
  id: string;
  title: string;
  [property: string]: unknown;
}

export interface NodeRecord {
  id: string;
  label: string;
  name: string;
  sources: string[];
  [property: string]: unknown;
}

export interface LinkRecord {
  type: string;
  from: string;
  to: string;
  sources: string[];
  [property: string]: unknown;
}

export interface Dataset {
  format: 'helixgraph-dataset';
  version: 1;
  sources: SourceRecord[];
  nodes: NodeRecord[];
  links: LinkRecord[];
}

/** Where a record came from, for error messages: a file and, when known, a line. */
export interface RecordOrigin {
  file: string;
  line?: number;
}

/** One problem found in an input, naming where, which field, the bad value and the rule. */
export interface ValidationProblem {
  file: string;
  line?: number;
  /** In a workbook: the sheet (`line` is then its row) and the column letter of the field. */
  sheet?: string;
  column?: string;
  /** The record's place, e.g. `nodes[12]` or `links[3]`. */
  record: string;
  field: string;
  value: unknown;
  rule: string;
}

/** Formats a problem as one line: `data.json:42 nodes[12].label: "Enterprize" is not …`. */
export function formatProblem(p: ValidationProblem): string {
  const where =
    p.sheet !== undefined
      ? `${p.file} sheet ${p.sheet}${p.line === undefined ? '' : ` row ${p.line}`}${p.column === undefined ? '' : ` column ${p.column}`}`
      : p.line === undefined
        ? p.file
        : `${p.file}:${p.line}`;
  const value = p.value === undefined ? 'missing' : JSON.stringify(p.value);
  return `${where} ${p.record}.${p.field}: ${value} ${p.rule}`;
}

/** Thrown when an input has problems; nothing was written. */
export class DatasetInvalidError extends Error {
  constructor(readonly problems: ValidationProblem[]) {
    super(`${problems.length} problem${problems.length === 1 ? '' : 's'} in the input; nothing was written:\n${problems.map(formatProblem).join('\n')}`);
    this.name = 'DatasetInvalidError';
  }
}
