import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';

import { javaExecutable, jarsInstalled } from '../db/embedded';
import { isActorKind, NODE_LABELS, type NodeLabel } from '../domain/model';
import { COMMON_PROPERTIES, LABEL_PROPERTIES, LINK_PROPERTIES, SOURCE_PROPERTIES, type PropertyKind } from '../domain/properties';
import { fromRoot } from '../paths';
import { DatasetInvalidError, type Dataset, type ValidationProblem } from './dataset';
import { linkRow, nodeRow, sourceRow } from './importer';
import { validateDataset } from './validate';

/**
 * Bulk import: a dataset too large for transactions (a generated ecosystem of a million actors)
 * written as CSV and loaded by Neo4j's own offline importer (`neo4j-admin database import full`,
 * the neo4j-import-tool jar the embedded Neo4j already ships), which writes the store files
 * directly: no transactions, no index updates per row. It only creates a new database, so it
 * refuses a data folder that already holds one; constraints and indexes are built afterwards
 * by the migrations (applyMigrations, which waits for them to come online), on the loaded data.
 *
 * Every piece is validated like `helixgraph import` validates a file (against itself and the
 * pieces before it) before any of it is written, and the rows are the importer's own (nodeRow,
 * linkRow, sourceRow: same labels, derived search text and content hashes), so a bulk-loaded
 * graph equals one imported through Cypher.
 */

export class BulkImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BulkImportError';
  }
}

export interface BulkImportOptions {
  /** The embedded Neo4j's data folder (NEO4J_DATA_DIR); its store goes to `<dataDir>/data`. */
  dataDir: string;
  /** Heap of the importer's JVM (default 1 GiB). */
  heapBytes?: number;
  /** Progress lines (CSV rows written, the importer's stages). */
  log?: (line: string) => void;
}

export interface BulkImportSummary {
  sources: number;
  nodes: number;
  links: number;
  rows: number;
  /** Generating, validating and writing the CSV files. */
  csvSeconds: number;
  /** Neo4j's importer, JVM start included. */
  importSeconds: number;
  seconds: number;
  rowsPerSecond: number;
  /** rows / importSeconds: the rate of the store writing alone. */
  importRowsPerSecond: number;
}

/** The array separator inside CSV fields (U+001F, unit separator): no id or title may hold it. */
const ARRAY_DELIMITER = '\u001f';

type Column = { key: string; header: string; kind: 'string' | 'long' | 'double' | 'boolean' | 'string[]' };

function columnOf(key: string, kind: PropertyKind): Column {
  const type = kind.type === 'int' ? 'long' : kind.type === 'float' ? 'double' : kind.type === 'bool' ? 'boolean' : 'string';
  return { key, header: type === 'string' ? key : `${key}:${type}`, kind: type };
}

/** Stored properties the importer derives, on top of the declared ones. */
const DERIVED: Column[] = [
  { key: 'label', header: 'label', kind: 'string' },
  { key: 'sourceIds', header: 'sourceIds:string[]', kind: 'string[]' },
  { key: 'searchName', header: 'searchName', kind: 'string' },
  { key: 'searchText', header: 'searchText', kind: 'string' },
  { key: 'sortName', header: 'sortName', kind: 'string' },
  { key: 'contentHash', header: 'contentHash', kind: 'string' },
];

function columnsFor(declared: Record<string, PropertyKind>, extra: Column[]): Column[] {
  const out = new Map<string, Column>();
  for (const c of extra) out.set(c.key, c);
  for (const [key, kind] of Object.entries(declared)) if (!out.has(key)) out.set(key, columnOf(key, kind));
  return [...out.values()];
}

function nodeColumns(label: NodeLabel): Column[] {
  const extra = isActorKind(label) ? [...DERIVED, { key: 'kind', header: 'kind', kind: 'string' as const }] : DERIVED;
  return columnsFor({ ...COMMON_PROPERTIES, ...LABEL_PROPERTIES[label] }, extra);
}

/** A CSV file's header line and the property columns after its fixed ones (ids, labels or type). */
interface Table {
  header: string;
  columns: Column[];
}

function table(fixed: string, columns: Column[]): Table {
  return { header: `${fixed},${columns.map((c) => c.header).join(',')}`, columns };
}

/** Built once: every row of a file shares its table. */
const NODE_TABLES = new Map(NODE_LABELS.map((label) => [label as string, table('id:ID,:LABEL', nodeColumns(label))]));
const SOURCE_TABLE = table(
  'id:ID,:LABEL',
  columnsFor(SOURCE_PROPERTIES, [
    { key: 'label', header: 'label', kind: 'string' },
    { key: 'searchName', header: 'searchName', kind: 'string' },
    { key: 'sortName', header: 'sortName', kind: 'string' },
    { key: 'contentHash', header: 'contentHash', kind: 'string' },
  ]),
);
const LINK_TABLE = table(
  ':START_ID,:END_ID,:TYPE',
  columnsFor(LINK_PROPERTIES, [
    { key: 'sourceIds', header: 'sourceIds:string[]', kind: 'string[]' },
    { key: 'contentHash', header: 'contentHash', kind: 'string' },
  ]),
);

/** A CSV field: absent values empty (no property), strings always quoted (so "" is an empty string). */
function field(value: unknown, column: Column): string {
  if (value === undefined || value === null) return '';
  if (column.kind === 'string[]') {
    const items = (value as unknown[]).map(String);
    if (items.some((s) => s.includes(ARRAY_DELIMITER))) throw new BulkImportError(`${column.key} holds the reserved character U+001F`);
    return `"${items.join(ARRAY_DELIMITER).replace(/"/g, '""')}"`;
  }
  if (column.kind === 'string') return `"${String(value).replace(/"/g, '""')}"`;
  return String(value);
}

function idField(id: string): string {
  return `"${id.replace(/"/g, '""')}"`;
}

/** The property fields of a row, in the table's column order. */
function fields(props: object, t: Table): string {
  const values = props as Record<string, unknown>;
  return t.columns.map((c) => field(values[c.key], c)).join(',');
}

/** One CSV file per node label, one for sources, one for relationships; lines buffered per piece. */
class CsvFiles {
  private readonly files = new Map<string, { fd: number; lines: string[]; path: string }>();
  constructor(private readonly dir: string) {}

  add(name: string, header: string, line: string): void {
    let f = this.files.get(name);
    if (!f) {
      const file = path.join(this.dir, `${name}.csv`);
      const fd = fs.openSync(file, 'w');
      fs.writeSync(fd, `${header}\n`);
      f = { fd, lines: [], path: file };
      this.files.set(name, f);
    }
    f.lines.push(line);
  }

  flush(): void {
    for (const f of this.files.values()) {
      if (f.lines.length > 0) fs.writeSync(f.fd, `${f.lines.join('\n')}\n`);
      f.lines = [];
    }
  }

  close(): void {
    this.flush();
    for (const f of this.files.values()) fs.closeSync(f.fd);
  }

  paths(prefix: string): string[] {
    return [...this.files.entries()].filter(([name]) => name.startsWith(prefix)).map(([, f]) => f.path);
  }
}

/** Where the embedded Neo4j keeps the `neo4j` database of a data folder. */
export function storeDirOf(dataDir: string): string {
  return path.join(dataDir, 'data', 'databases', 'neo4j');
}

/**
 * Writes `pieces` into a new store in `options.dataDir` (Neo4j must not be running on it).
 * Throws BulkImportError when the folder already holds a database or the importer fails, and
 * DatasetInvalidError (nothing written to the store) when a piece has a problem.
 */
export async function bulkImport(pieces: Iterable<Dataset> | AsyncIterable<Dataset>, file: string, options: BulkImportOptions): Promise<BulkImportSummary> {
  const log = options.log ?? (() => {});
  const dataDir = path.resolve(options.dataDir);
  if (fs.existsSync(storeDirOf(dataDir))) {
    throw new BulkImportError(
      `${dataDir} already holds a database: a bulk import only creates a new one. Remove the folder, or add to it with \`helixgraph import\` (without --bulk).`,
    );
  }
  if (!jarsInstalled()) throw new BulkImportError('the Neo4j jars are not installed; run `npm run neo4j:install`');
  const work = path.join(dataDir, 'bulk-import');
  fs.rmSync(work, { recursive: true, force: true });
  fs.mkdirSync(path.join(work, 'conf'), { recursive: true });
  fs.writeFileSync(path.join(work, 'conf', 'neo4j.conf'), `server.directories.data=${path.join(dataDir, 'data')}\n`);
  const started = process.hrtime.bigint();
  const seconds = () => Number(process.hrtime.bigint() - started) / 1e9;
  const summary: BulkImportSummary = { sources: 0, nodes: 0, links: 0, rows: 0, csvSeconds: 0, importSeconds: 0, seconds: 0, rowsPerSecond: 0, importRowsPerSecond: 0 };
  try {
    const csv = new CsvFiles(work);
    const labels = new Map<string, string>();
    let batch = 0;
    let lastLog = 0;
    for await (const piece of pieces) {
      batch += 1;
      const name = `${file} (batch ${batch})`;
      const problems: ValidationProblem[] = validateDataset(piece, name, { labels });
      // The streaming importer updates a record met again; a new store has nothing to update.
      piece.nodes.forEach((n, i) => {
        if (labels.has(n.id)) problems.push({ file: name, record: `nodes[${i}]`, field: 'id', value: n.id, rule: 'appears in an earlier batch (a bulk import creates each record once)' });
      });
      piece.sources.forEach((s, i) => {
        if (labels.has(s.id)) problems.push({ file: name, record: `sources[${i}]`, field: 'id', value: s.id, rule: 'appears in an earlier batch (a bulk import creates each record once)' });
      });
      if (problems.length > 0) throw new DatasetInvalidError(problems);
      for (const s of piece.sources) {
        const row = sourceRow(s);
        labels.set(s.id, 'Source');
        csv.add('nodes-Source', SOURCE_TABLE.header, `${idField(row.id)},Entity${ARRAY_DELIMITER}Source,${fields(row.props, SOURCE_TABLE)}`);
      }
      for (const n of piece.nodes) {
        const row = nodeRow(n);
        labels.set(n.id, n.label);
        const t = NODE_TABLES.get(n.label)!;
        csv.add(`nodes-${n.label}`, t.header, `${idField(row.id)},${row.labels.join(ARRAY_DELIMITER)},${fields(row.props, t)}`);
      }
      for (const l of piece.links) {
        const row = linkRow(l);
        csv.add('links', LINK_TABLE.header, `${idField(row.from)},${idField(row.to)},${row.type},${fields(row.props, LINK_TABLE)}`);
      }
      csv.flush();
      summary.sources += piece.sources.length;
      summary.nodes += piece.nodes.length;
      summary.links += piece.links.length;
      summary.rows += piece.sources.length + piece.nodes.length + piece.links.length;
      if (seconds() - lastLog >= 5) {
        lastLog = seconds();
        log(`  ${summary.rows} rows written as CSV in ${seconds().toFixed(0)} s`);
      }
    }
    csv.close();
    summary.csvSeconds = seconds();
    log(`  ${summary.rows} rows written as CSV in ${summary.csvSeconds.toFixed(1)} s; Neo4j's importer now writes the store…`);

    const heapMb = Math.floor((options.heapBytes ?? 1024 ** 3) / 1024 ** 2);
    const args = [
      `-Xmx${heapMb}m`,
      '-cp',
      `${fromRoot('neo4j', 'lib')}${path.sep}*`,
      'org.neo4j.cli.AdminTool',
      'database',
      'import',
      'full',
      'neo4j',
      ...csv.paths('nodes-').map((p) => `--nodes=${p}`),
      ...csv.paths('links').map((p) => `--relationships=${p}`),
      '--array-delimiter=U+001F',
      '--multiline-fields=true',
      '--high-parallel-io=off',
      `--report-file=${path.join(work, 'import.report')}`,
    ];
    const t = process.hrtime.bigint();
    const output = await runImporter(args, { ...process.env, NEO4J_HOME: dataDir, NEO4J_CONF: path.join(work, 'conf') }, log);
    summary.importSeconds = Number(process.hrtime.bigint() - t) / 1e9;
    if (output.code !== 0) {
      // What the importer may have begun: the new database's store and transaction logs.
      fs.rmSync(storeDirOf(dataDir), { recursive: true, force: true });
      fs.rmSync(path.join(dataDir, 'data', 'transactions', 'neo4j'), { recursive: true, force: true });
      throw new BulkImportError(`Neo4j's importer failed (exit ${output.code}); nothing was kept:\n${output.tail.join('\n')}`);
    }
    summary.seconds = seconds();
    summary.rowsPerSecond = Math.round(summary.rows / summary.seconds);
    summary.importRowsPerSecond = Math.round(summary.rows / summary.importSeconds);
    return summary;
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

/** Runs the importer's JVM, passing its stage lines to `log`; keeps the last lines for an error. */
function runImporter(args: string[], env: NodeJS.ProcessEnv, log: (line: string) => void): Promise<{ code: number | null; tail: string[] }> {
  return new Promise((resolve, reject) => {
    const child = spawn(javaExecutable(), args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    const tail: string[] = [];
    const keep = (line: string) => {
      tail.push(line);
      if (tail.length > 30) tail.shift();
    };
    // Stage headers and the summary; the progress dots are left out.
    readline.createInterface({ input: child.stdout }).on('line', (line) => {
      keep(line);
      if (/^(\(\d+\/\d+\)|IMPORT (DONE|FAILED)|Imported:|\s+\d+ (nodes|relationships|properties))/.test(line)) log(`  neo4j-admin import: ${line.trim()}`);
    });
    readline.createInterface({ input: child.stderr }).on('line', keep);
    child.once('error', (err) => reject(new BulkImportError(`Java could not be started (${javaExecutable()}): ${err.message}`)));
    child.once('exit', (code) => resolve({ code, tail }));
  });
}
