import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { readCsv } from '../../src/ingest/csv';
import { DatasetInvalidError } from '../../src/ingest/dataset';
import { importPath } from '../../src/ingest/input';
import { fromRoot } from '../../src/paths';
import { startTestServer, type TestServer } from '../helpers/server';

const run = promisify(execFile);
const CSV = fromRoot('test', 'fixtures', 'import', 'good-csv');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'helixgraph-xlsx-'));
let server: TestServer;

/** The CSV folder's three files as the three sheets of one workbook, cell for cell (as text). */
async function workbookOf(csvDir: string, file: string, edit?: (wb: ExcelJS.Workbook) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const sheet of ['sources', 'nodes', 'links']) {
    const rows = readCsv(path.join(csvDir, `${sheet}.csv`));
    const ws = wb.addWorksheet(sheet);
    const header = Object.keys(rows[0].record);
    ws.addRow(header);
    for (const r of rows) ws.addRow(header.map((h) => r.record[h]));
  }
  edit?.(wb);
  await wb.xlsx.writeFile(file);
  return file;
}

/** Everything stored about the fixture's entities: labels, properties, relationships. */
async function snapshot(): Promise<unknown> {
  return server.app.db.executor.runText(
    `MATCH (n:Entity) WHERE n.id STARTS WITH 'test:csv:'
     RETURN n.id AS id, labels(n) AS labels, properties(n) AS props,
            COLLECT { MATCH (n)-[r]->(m) WITH r, m ORDER BY type(r), m.id RETURN [type(r), m.id, properties(r)] } AS out
     ORDER BY id`,
    {},
    'READ',
  );
}
const clean = () => server.app.db.executor.runText("MATCH (n:Entity) WHERE n.id STARTS WITH 'test:csv:' DETACH DELETE n");

beforeAll(async () => {
  server = await startTestServer();
  await clean();
});
afterAll(async () => {
  await clean();
  await server.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('.xlsx import', () => {
  it('writes exactly what the CSV import of the same data writes, and is idempotent', async () => {
    const csvSummary = await importPath(server.app.db.executor, CSV);
    expect(csvSummary.nodes.created).toBeGreaterThan(0);
    const fromCsv = await snapshot();
    await clean();

    const file = await workbookOf(CSV, path.join(dir, 'survey.xlsx'));
    const first = await importPath(server.app.db.executor, file);
    expect(first.nodes).toEqual(csvSummary.nodes);
    expect(await snapshot()).toEqual(fromCsv);
    const again = await importPath(server.app.db.executor, file);
    expect(again.nodes).toEqual({ created: 0, updated: 0, unchanged: csvSummary.nodes.created });
    expect(again.changes).toEqual([]);
  });

  it('refuses a malformed workbook naming sheet, row and column of every problem, and writes nothing', async () => {
    await clean();
    const file = await workbookOf(CSV, path.join(dir, 'bad.xlsx'), (wb) => {
      const nodes = wb.getWorksheet('nodes')!;
      nodes.getCell('E3').value = '2020-13'; // founded: not a date
      nodes.getCell('B4').value = 'Investmnt'; // label: unknown
    });
    const err = (await importPath(server.app.db.executor, file).catch((e: unknown) => e)) as DatasetInvalidError;
    expect(err).toBeInstanceOf(DatasetInvalidError);
    expect(err.message).toContain(`${file} sheet nodes row 3 column E nodes[1].founded: "2020-13"`);
    expect(err.message).toContain(`${file} sheet nodes row 4 column B nodes[2].label: "Investmnt"`);
    expect(await snapshot()).toEqual([]);
  });

  it('refuses a file that is not a workbook', async () => {
    const file = path.join(dir, 'not.xlsx');
    fs.writeFileSync(file, 'id,name\n');
    await expect(importPath(server.app.db.executor, file)).rejects.toThrow('is not a readable .xlsx workbook');
  });
});

describe('helixgraph template and export --format xlsx', () => {
  const cli = fromRoot('dist', 'src', 'cli', 'main.js');

  it('writes a survey template with headings, a bilingual dictionary and drop-down lists', async () => {
    const out = path.join(dir, 'template.xlsx');
    await run(process.execPath, [cli, 'template', '--out', out]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['sources', 'nodes', 'links', 'dictionary']);
    const nodes = wb.getWorksheet('nodes')!;
    const headers = (nodes.getRow(1).values as string[]).slice(1);
    expect(headers.slice(0, 3)).toEqual(['id', 'label', 'name']);
    expect(headers).toContain('sources');
    const labelColumn = nodes.getColumn(headers.indexOf('label') + 1).letter;
    expect(nodes.getCell(`${labelColumn}2`).dataValidation).toMatchObject({ type: 'list', formulae: [expect.stringContaining('Enterprise,SupportOrganization')] });
    const links = wb.getWorksheet('links')!;
    expect(links.getCell('A2').dataValidation).toMatchObject({ type: 'list', formulae: [expect.stringContaining('PART_OF')] });
    const dict = wb.getWorksheet('dictionary')!;
    const rows: string[][] = [];
    dict.eachRow((row) => rows.push((row.values as string[]).slice(1)));
    expect(rows).toContainEqual(['label', 'CraftVillage', 'nodes.label', '', 'Làng nghề', 'Craft village']);
    expect(rows).toContainEqual(expect.arrayContaining(['relationship', 'SUPPORTS']));
    expect(rows).toContainEqual(expect.arrayContaining(['evidence', 'PLACEHOLDER']));
    expect(rows.filter((r) => r[0] === 'property').every((r) => r[4] && r[5])).toBe(true);
  });

  it('exports a workbook that imports back to the same graph', async () => {
    await clean();
    await importPath(server.app.db.executor, CSV);
    const before = await snapshot();
    const out = path.join(dir, 'export.xlsx');
    await run(process.execPath, [cli, 'export', '--format', 'xlsx', '--around', 'test:csv:ent1', '--out', out], {
      env: { ...process.env, NEO4J_URI: server.app.db.uri, HELIXGRAPH_LOAD_DATASET: 'false' },
    });
    await clean();
    await importPath(server.app.db.executor, out);
    const after = (await snapshot()) as Array<{ id: string }>;
    expect(after.map((n) => n.id)).toEqual((before as Array<{ id: string }>).map((n) => n.id));
  });
});
