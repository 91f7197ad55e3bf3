import fs from 'node:fs';
import path from 'node:path';

import { parse } from 'csv-parse/sync';

import { isNodeLabel } from '../domain/model';
import { COMMON_PROPERTIES, LABEL_PROPERTIES, LINK_PROPERTIES, SOURCE_PROPERTIES, type PropertyKind } from '../domain/properties';
import { DatasetInvalidError, type ValidationProblem } from './dataset';
import type { RecordLines } from './validate';

/** The CSV files of a dataset folder, any of which may be absent. */
export const CSV_FILES = { sources: 'sources.csv', nodes: 'nodes.csv', links: 'links.csv' } as const;

/** Column that lists source ids, separated by semicolons. */
export const SOURCES_COLUMN = 'sources';

interface Row {
  record: Record<string, string>;
  line: number;
}

/**
 * The line each record of a CSV text starts on (the header first), counting only `\n` as a line
 * break (so `\r\n`, inside a quoted cell or not, is one line), with empty lines skipped; and the
 * line of a quote still open at the end of the text. csv-parse's own line counts drift by one for
 * every CRLF inside a quoted cell, and it reports an unclosed quote at the end of the file.
 */
export function scanCsvLines(text: string): { starts: number[]; unclosedQuoteLine?: number } {
  const starts: number[] = [];
  let line = 1;
  let inQuote = false;
  let quoteLine = 0;
  let atRecordStart = true;
  for (const c of text) {
    if (c === '\n') {
      line++;
      if (!inQuote) atRecordStart = true;
      continue;
    }
    if (c === '\r') continue;
    if (atRecordStart) {
      starts.push(line);
      atRecordStart = false;
    }
    if (c === '"') {
      if (!inQuote) quoteLine = line;
      inQuote = !inQuote;
    }
  }
  return { starts, unclosedQuoteLine: inQuote ? quoteLine : undefined };
}

/** Parses a CSV file with a header row; each record keeps the line it starts on. */
export function readCsv(file: string): Row[] {
  const text = fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  const scan = scanCsvLines(text);
  try {
    const rows = parse(text, { columns: true, info: true, raw: true, skip_empty_lines: true, trim: true, relax_column_count: false }) as Array<{
      record: Record<string, string>;
      info: { lines: number };
      raw: string;
    }>;
    // The scan agrees with the parser on the records (it always does on valid CSV): its lines.
    if (scan.starts.length === rows.length + 1) return rows.map((r, i) => ({ record: r.record, line: scan.starts[i + 1] }));
    return rows.map((r) => ({ record: r.record, line: r.info.lines - (r.raw.replace(/\r?\n$/, '').match(/\n/g)?.length ?? 0) }));
  } catch (err) {
    const e = err as Error & { lines?: number; code?: string };
    if (e.code === 'CSV_QUOTE_NOT_CLOSED' && scan.unclosedQuoteLine !== undefined) {
      const line = scan.unclosedQuoteLine;
      throw new DatasetInvalidError([
        { file, line, record: 'csv', field: '(syntax)', value: undefined, rule: `is not valid CSV: the quote opened on line ${line} is never closed` },
      ]);
    }
    throw new DatasetInvalidError([
      { file, line: e.lines, record: 'csv', field: '(syntax)', value: undefined, rule: `is not valid CSV: ${e.message}` },
    ]);
  }
}

/**
 * Converts a cell to the type its property expects: numbers for int/float, booleans for bool.
 * A cell that does not convert is kept as text, so validation reports it with its real value.
 */
export function convertCell(kind: PropertyKind | undefined, cell: string): unknown {
  if (!kind) return cell;
  if (kind.type === 'int' || kind.type === 'float') {
    const n = Number(cell);
    return cell.trim() !== '' && Number.isFinite(n) ? n : cell;
  }
  if (kind.type === 'bool') {
    if (/^(true|1|yes)$/i.test(cell)) return true;
    if (/^(false|0|no)$/i.test(cell)) return false;
    return cell;
  }
  return cell;
}

function toRecord(row: Record<string, string>, kinds: Record<string, PropertyKind>, structural: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [column, cell] of Object.entries(row)) {
    if (cell === '') continue;
    if (column === SOURCES_COLUMN) {
      out.sources = cell
        .split(';')
        .map((s) => s.trim())
        .filter((s) => s.length > 0);
    } else if (structural.includes(column)) {
      out[column] = cell;
    } else {
      out[column] = convertCell(Object.prototype.hasOwnProperty.call(kinds, column) ? kinds[column] : undefined, cell);
    }
  }
  return out;
}

/**
 * Reads a dataset folder of CSV files (sources.csv, nodes.csv, links.csv; see
 * docs/import-format.md) into the JSON dataset shape, with the file and line of every record.
 */
export function readCsvFolder(dir: string): { input: unknown; lines: RecordLines } {
  const present = Object.entries(CSV_FILES).filter(([, name]) => fs.existsSync(path.join(dir, name)));
  if (present.length === 0) {
    const problem: ValidationProblem = {
      file: dir,
      record: 'folder',
      field: '(files)',
      value: fs.readdirSync(dir),
      rule: `holds none of ${Object.values(CSV_FILES).join(', ')}`,
    };
    throw new DatasetInvalidError([problem]);
  }
  const lines: RecordLines = { files: {} };
  const dataset: Record<string, unknown> = { format: 'helixgraph-dataset', version: 1, sources: [], nodes: [], links: [] };
  for (const [section, name] of present as Array<[keyof typeof CSV_FILES, string]>) {
    const file = path.join(dir, name);
    const rows = readCsv(file);
    lines.files![section] = file;
    lines[section] = rows.map((r) => r.line);
    dataset[section] = rows.map(({ record }) => csvRecord(section, record));
  }
  return { input: dataset, lines };
}

/**
 * One row of a sources, nodes or links table (CSV or a workbook's sheet), cells as text by
 * column, as an import record: typed cells converted, the sources column split on semicolons.
 */
export function csvRecord(section: keyof typeof CSV_FILES, record: Record<string, string>): Record<string, unknown> {
  if (section === 'sources') return toRecord(record, SOURCE_PROPERTIES, ['id']);
  if (section === 'links') return toRecord(record, LINK_PROPERTIES, ['type', 'from', 'to']);
  const label = record.label;
  const kinds = isNodeLabel(label) ? { ...COMMON_PROPERTIES, ...LABEL_PROPERTIES[label] } : COMMON_PROPERTIES;
  return toRecord(record, kinds, ['id', 'label']);
}
