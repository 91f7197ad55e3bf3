import ExcelJS from 'exceljs';

import { dictionaryRows } from '../domain/dictionary';
import { EVIDENCE_LEVELS, HELIX_SPHERES, LINK_TYPES, NODE_LABELS, CURRENCIES, EVENT_KINDS, INVESTMENT_STATUSES, OUTPUT_KINDS } from '../domain/model';
import { COMMON_PROPERTIES, LABEL_PROPERTIES, LINK_PROPERTIES, SOURCE_PROPERTIES } from '../domain/properties';
import { csvRecord, SOURCES_COLUMN } from './csv';
import { DatasetInvalidError, type Dataset, type ValidationProblem } from './dataset';
import type { RecordLines } from './validate';

/** The sheets of a dataset workbook: the same three tables, with the same columns, as the CSV folder. */
export const XLSX_SHEETS = ['sources', 'nodes', 'links'] as const;
type Sheet = (typeof XLSX_SHEETS)[number];

/** Every column a sheet may have, in the template's order (the CSV format's columns). */
export function sheetColumns(sheet: Sheet): string[] {
  if (sheet === 'sources') return ['id', ...Object.keys(SOURCE_PROPERTIES)];
  if (sheet === 'links') return ['type', 'from', 'to', ...Object.keys(LINK_PROPERTIES), SOURCES_COLUMN];
  const keys = new Set(['id', 'label', ...Object.keys(COMMON_PROPERTIES)]);
  for (const label of NODE_LABELS) for (const key of Object.keys(LABEL_PROPERTIES[label])) keys.add(key);
  return [...keys, SOURCES_COLUMN];
}

/** A cell as the text a CSV cell would hold (numbers, booleans, dates, rich text and formulas' results). */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('text' in value && typeof value.text === 'string') return value.text;
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('error' in value) return String(value.error);
    return '';
  }
  return String(value).trim();
}

/** Column letters of a sheet's header names (for problems: sheet, row and column). */
export type SheetColumns = Partial<Record<Sheet, Record<string, string>>>;

/**
 * Reads a workbook (sheets `sources`, `nodes`, `links`, a header row each; any may be absent)
 * into the dataset shape, with the row of every record and the column letter of every header.
 */
export async function readWorkbook(file: string): Promise<{ input: unknown; lines: RecordLines; columns: SheetColumns }> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(file);
  } catch (err) {
    throw new DatasetInvalidError([{ file, record: 'workbook', field: '(file)', value: undefined, rule: `is not a readable .xlsx workbook (${(err as Error).message})` }]);
  }
  const present = XLSX_SHEETS.filter((s) => workbook.getWorksheet(s));
  if (present.length === 0) {
    throw new DatasetInvalidError([{ file, record: 'workbook', field: '(sheets)', value: workbook.worksheets.map((w) => w.name), rule: `holds none of the sheets ${XLSX_SHEETS.join(', ')}` }]);
  }
  const dataset: Record<string, unknown> = { format: 'helixgraph-dataset', version: 1, sources: [], nodes: [], links: [] };
  const lines: RecordLines = { files: {} };
  const columns: SheetColumns = {};
  const problems: ValidationProblem[] = [];
  for (const sheet of present) {
    const ws = workbook.getWorksheet(sheet)!;
    const header = new Map<number, string>();
    columns[sheet] = {};
    ws.getRow(1).eachCell((cell, col) => {
      const name = cellText(cell.value);
      if (name === '') return;
      if ([...header.values()].includes(name)) {
        problems.push({ file, sheet, line: 1, column: cell.address.replace(/\d+$/, ''), record: sheet, field: name, value: name, rule: 'is a column heading given twice' });
      }
      header.set(col, name);
      columns[sheet]![name] = cell.address.replace(/\d+$/, '');
    });
    const records: Array<Record<string, unknown>> = [];
    const rowLines: number[] = [];
    for (let r = 2; r <= ws.rowCount; r++) {
      const row = ws.getRow(r);
      const cells: Record<string, string> = {};
      let any = false;
      row.eachCell({ includeEmpty: false }, (cell, col) => {
        const text = cellText(cell.value);
        const name = header.get(col);
        if (text === '') return;
        any = true;
        if (!name) {
          problems.push({ file, sheet, line: r, column: cell.address.replace(/\d+$/, ''), record: `${sheet}[${records.length}]`, field: '(column)', value: text, rule: 'is in a column without a heading' });
          return;
        }
        cells[name] = text;
      });
      if (!any) continue;
      records.push(csvRecord(sheet, cells));
      rowLines.push(r);
    }
    dataset[sheet] = records;
    lines[sheet] = rowLines;
    lines.files![sheet] = file;
  }
  if (problems.length > 0) throw new DatasetInvalidError(problems);
  return { input: dataset, lines, columns };
}

/**
 * Locates the problems of a workbook's dataset by sheet, row and column: the validator names the
 * record (`nodes[3]`) and the field; the column is the letter of the field's heading.
 */
export function locateInWorkbook(problems: readonly ValidationProblem[], columns: SheetColumns): ValidationProblem[] {
  return problems.map((p) => {
    const sheet = /^(sources|nodes|links)\[/.exec(p.record)?.[1] as Sheet | undefined;
    if (!sheet) return p;
    const field = p.field.split(/[.[]/)[0];
    return { ...p, sheet, column: columns[sheet]?.[field] ?? columns[sheet]?.[field === 'sources' ? SOURCES_COLUMN : field] };
  });
}

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDCE6F1' } };

function addSheet(workbook: ExcelJS.Workbook, sheet: Sheet, rows: Array<Record<string, unknown>>, dropDowns: boolean): void {
  const ws = workbook.addWorksheet(sheet, { views: [{ state: 'frozen', ySplit: 1 }] });
  const keys = sheetColumns(sheet);
  ws.columns = keys.map((key) => ({ header: key, key, width: Math.max(12, Math.min(40, key.length + 4)) }));
  ws.getRow(1).font = { bold: true };
  ws.getRow(1).fill = HEADER_FILL;
  for (const record of rows) {
    ws.addRow(Object.fromEntries(Object.entries(record).map(([k, v]) => [k, Array.isArray(v) ? v.join(';') : v])));
  }
  if (!dropDowns) return;
  // Drop-down lists for the enumerated columns, on the first 1,000 data rows.
  const lists: Record<string, readonly string[]> = { evidence: EVIDENCE_LEVELS };
  if (sheet === 'nodes') Object.assign(lists, { label: NODE_LABELS, sphere: HELIX_SPHERES, kind: [...EVENT_KINDS, ...OUTPUT_KINDS], currency: CURRENCIES, investmentCurrency: CURRENCIES, status: INVESTMENT_STATUSES, placeholder: ['true', 'false'], estimate: ['true', 'false'] });
  if (sheet === 'links') Object.assign(lists, { type: LINK_TYPES, placeholder: ['true', 'false'], estimate: ['true', 'false'] });
  for (const [key, values] of Object.entries(lists)) {
    const index = keys.indexOf(key);
    if (index < 0) continue;
    const letter = ws.getColumn(index + 1).letter;
    for (let r = 2; r <= 1001; r++) {
      ws.getCell(`${letter}${r}`).dataValidation = {
        type: 'list',
        allowBlank: true,
        formulae: [`"${values.join(',')}"`],
        showErrorMessage: true,
        errorTitle: key,
        error: `${key}: ${values.join(', ')}`,
      };
    }
  }
}

/** Writes a dataset as a workbook in the import layout (sheets sources, nodes, links). */
export async function writeDatasetWorkbook(dataset: Dataset, file: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'helixgraph';
  addSheet(workbook, 'sources', dataset.sources as Array<Record<string, unknown>>, false);
  addSheet(workbook, 'nodes', dataset.nodes as Array<Record<string, unknown>>, false);
  addSheet(workbook, 'links', dataset.links as Array<Record<string, unknown>>, false);
  await workbook.xlsx.writeFile(file);
}

/**
 * Writes an empty survey workbook: the three sheets with their headings and drop-down lists for
 * the enumerated columns, and a `dictionary` sheet naming every label, property, relationship type
 * and evidence level in Vietnamese and English.
 */
export async function writeTemplateWorkbook(file: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'helixgraph';
  for (const sheet of XLSX_SHEETS) addSheet(workbook, sheet, [], true);
  const dict = workbook.addWorksheet('dictionary', { views: [{ state: 'frozen', ySplit: 1 }] });
  dict.columns = [
    { header: 'loại / kind', key: 'kind', width: 14 },
    { header: 'tên / name', key: 'name', width: 28 },
    { header: 'dùng ở / applies to', key: 'appliesTo', width: 36 },
    { header: 'giá trị / values', key: 'values', width: 40 },
    { header: 'tiếng Việt', key: 'vi', width: 60 },
    { header: 'English', key: 'en', width: 60 },
  ];
  dict.getRow(1).font = { bold: true };
  dict.getRow(1).fill = HEADER_FILL;
  for (const row of dictionaryRows()) dict.addRow(row);
  await workbook.xlsx.writeFile(file);
}
