import fs from 'node:fs';

import type { Executor } from '../db/executor';
import { readCsvFolder } from './csv';
import { DatasetInvalidError } from './dataset';
import { importDataset, type ImportOptions, type ImportSummary } from './importer';
import { parseJsonText } from './json';
import { locateRecords, type RecordLines } from './validate';

/** Reads an import input: a JSON dataset file, or a folder of CSV files. */
export function readInput(inputPath: string): { input: unknown; lines: RecordLines } {
  if (!fs.existsSync(inputPath)) {
    throw new DatasetInvalidError([{ file: inputPath, record: 'input', field: '(path)', value: inputPath, rule: 'does not exist' }]);
  }
  if (fs.statSync(inputPath).isDirectory()) return readCsvFolder(inputPath);
  const text = fs.readFileSync(inputPath, 'utf8');
  return { input: parseJsonText(text, inputPath), lines: locateRecords(text) };
}

/** Validates and imports a JSON file or a CSV folder (see docs/import-format.md). */
export async function importPath(db: Executor, inputPath: string, options: ImportOptions = {}): Promise<ImportSummary> {
  const { input, lines } = readInput(inputPath);
  return importDataset(db, input, inputPath, options, lines);
}
