import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterAll, describe, expect, inject, it } from 'vitest';

import { fromRoot } from '../../src/paths';

const CLI = fromRoot('dist', 'src', 'cli', 'main.js');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'helixgraph-import-messages-'));

/** Runs `helixgraph import` on files written into a folder of their own; returns exit code and stderr. */
function importFiles(name: string, files: Record<string, string>, target = name) {
  const folder = path.join(dir, name);
  fs.mkdirSync(folder, { recursive: true });
  for (const [file, text] of Object.entries(files)) fs.writeFileSync(path.join(folder, file), text);
  const r = spawnSync(process.execPath, [CLI, 'import', path.join(dir, target)], {
    env: { PATH: process.env.PATH ?? '', NEO4J_URI: inject('neo4jUri') },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: r.status, stderr: r.stderr };
}

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const SOURCES = 'id,title\ntest:msg:src,Import messages test source\n';

describe('helixgraph import names where the input is wrong', () => {
  it('gives the line and column of invalid JSON, not a character offset', () => {
    const text = '{\n  "format": "helixgraph-dataset",\n  "version": 1,\n  "nodes": [\n    { "id": "x" "label": "Sector" }\n  ]\n}\n';
    const r = importFiles('json', { 'bad.json': text }, path.join('json', 'bad.json'));
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('bad.json:5 dataset.(json): missing is not valid JSON at line 5, column 17');
    expect(r.stderr).not.toContain('position');
  });

  it('keeps the line numbers after a CRLF inside a quoted CSV cell', () => {
    const nodes = [
      'id,label,name,nameEn,founded,sources',
      'test:msg:a,Enterprise,"Xưởng ""A""","two\r\nlines",2018,test:msg:src',
      'test:msg:b,Enterprise,B,,2019,test:msg:src',
      'test:msg:c,Enterprise,C,,not-a-date,test:msg:src',
      '',
    ].join('\r\n');
    const r = importFiles('crlf', { 'sources.csv': SOURCES, 'nodes.csv': nodes });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/nodes\.csv:5 nodes\[2\]\.founded: "not-a-date" is not a date/);
  });

  it('reports an unclosed quote on the line where it opens, not at the end of the file', () => {
    const nodes = [
      'id,label,name,sources',
      'test:msg:d,Enterprise,D,test:msg:src',
      'test:msg:e,Enterprise,"E never closed,test:msg:src',
      'test:msg:f,Enterprise,F,test:msg:src',
      'test:msg:g,Enterprise,G,test:msg:src',
      '',
    ].join('\n');
    const r = importFiles('quote', { 'sources.csv': SOURCES, 'nodes.csv': nodes });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/nodes\.csv:3 csv\.\(syntax\): missing is not valid CSV: the quote opened on line 3 is never closed/);
  });
});
