import fs from 'node:fs';

import type { Executor } from '../db/executor';
import { readCsvFolder } from './csv';
import { DatasetInvalidError } from './dataset';
import { importDataset, type ImportOptions, type ImportSummary } from './importer';
import { parseJsonText } from './json';
import { locateRecords, type RecordLines } from './validate';
import { locateInWorkbook, readWorkbook } from './xlsx';

/** Reads an import input: a JSON dataset file, or a folder of CSV files. */
export function readInput(inputPath: string): { input: unknown; lines: RecordLines } {
  if (!fs.existsSync(inputPath)) {
    throw new DatasetInvalidError([{ file: inputPath, record: 'input', field: '(path)', value: inputPath, rule: 'does not exist' }]);
  }
  if (fs.statSync(inputPath).isDirectory()) return readCsvFolder(inputPath);
  const text = fs.readFileSync(inputPath, 'utf8');
  return { input: parseJsonText(text, inputPath), lines: locateRecords(text) };
}

/**
 * Validates and imports a JSON file, an .xlsx workbook (problems located by sheet, row and column)
 * or a CSV folder (see docs/import-format.md).
 */
export async function importPath(db: Executor, inputPath: string, options: ImportOptions = {}): Promise<ImportSummary> {
  if (/\.xlsx$/i.test(inputPath) && fs.existsSync(inputPath) && fs.statSync(inputPath).isFile()) {
    const { input, lines, columns } = await readWorkbook(inputPath);
    try {
      return await importDataset(db, input, inputPath, options, lines);
    } catch (err) {
      if (err instanceof DatasetInvalidError) throw new DatasetInvalidError(locateInWorkbook(err.problems, columns));
      throw err;
    }
  }
  const { input, lines } = readInput(inputPath);
  return importDataset(db, input, inputPath, options, lines);
}
