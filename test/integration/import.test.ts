import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

import { createDriver } from '../../src/db/database';
import { startEmbeddedNeo4j, type RunningNeo4j } from '../../src/db/embedded';
import { Executor } from '../../src/db/executor';
import { loadCypher } from '../../src/db/cypher';
import { applyMigrations } from '../../src/db/migrations';
import { importDataset, importJsonFile, type ImportSummary } from '../../src/ingest/importer';
import { fromRoot } from '../../src/paths';

const CLI = fromRoot('dist', 'src', 'cli', 'main.js');
const fixture = (name: string) => fromRoot('test', 'fixtures', 'import', name);

function cli(...args: string[]) {
  return spawnSync(process.execPath, [CLI, 'import', ...args], {
    env: { PATH: process.env.PATH ?? '', NEO4J_URI: inject('neo4jUri') },
    encoding: 'utf8',
    timeout: 60_000,
  });
}

async function withExecutor<T>(uri: string, work: (db: Executor) => Promise<T>): Promise<T> {
  const driver = createDriver(uri);
  try {
    return await work(new Executor(driver, loadCypher(), { database: 'neo4j', timeoutMs: 30_000 }));
  } finally {
    await driver.close();
  }
}

const countWithPrefix = (prefix: string) =>
  withExecutor(inject('neo4jUri'), async (db) => {
    const [row] = await db.runText(
      'MATCH (n:Entity) WHERE n.id STARTS WITH $p OPTIONAL MATCH (n)-[r]-() RETURN count(DISTINCT n) AS nodes, count(DISTINCT r) AS links',
      { p: prefix },
      'READ',
    );
    return row as { nodes: number; links: number };
  });

// These tests refer to the founding dataset's villages and sectors: make sure it is there, whatever
// ran before (the import is idempotent, so this changes nothing when it is already loaded).
beforeAll(async () => {
  await withExecutor(inject('neo4jUri'), async (db) => {
    await applyMigrations(db);
    await importJsonFile(db, fromRoot('data', 'founding.json'));
  });
});
afterAll(async () => {
  await withExecutor(inject('neo4jUri'), (db) => db.runText('MATCH (n:Entity) WHERE n.id STARTS WITH "test:csv:" OR n.id STARTS WITH "test:bad:" DETACH DELETE n'));
});

describe('helixgraph import', () => {
  it('lists every mistake of a bad CSV folder with file and line, exits 1 and writes nothing', async () => {
    const r = cli(fixture('bad-csv'));
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('8 problems in the input; nothing was written');
    for (const where of ['sources.csv:2', 'nodes.csv:2', 'nodes.csv:3', 'nodes.csv:4', 'nodes.csv:5', 'nodes.csv:6', 'links.csv:2', 'links.csv:3']) {
      expect(r.stderr).toContain(where);
    }
    expect(await countWithPrefix('test:bad:')).toEqual({ nodes: 0, links: 0 });
  });

  it('imports a CSV folder, then says nothing changed when run again', async () => {
    const first = cli(fixture('good-csv'));
    expect(first.stderr).not.toContain('problem');
    expect(first.status).toBe(0);
    expect(first.stdout).toContain('sources 1 created, 0 updated, 0 unchanged');
    expect(first.stdout).toContain('nodes   3 created, 0 updated, 0 unchanged');
    expect(first.stdout).toContain('links   4 created, 0 updated, 0 unchanged');
    expect(await countWithPrefix('test:csv:')).toEqual({ nodes: 4, links: 4 });

    const second = cli(fixture('good-csv'));
    expect(second.status).toBe(0);
    expect(second.stdout).toContain('nodes   0 created, 0 updated, 3 unchanged');
    expect(second.stdout).toContain('nothing changed: the database already held exactly this data');
    expect(await countWithPrefix('test:csv:')).toEqual({ nodes: 4, links: 4 });
  });

  it('finds the founding dataset already loaded: every record unchanged', () => {
    const r = cli(fromRoot('data', 'founding.json'), '--dry-run');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('valid; nothing was written');
    const real = cli(fromRoot('data', 'founding.json'));
    expect(real.status).toBe(0);
    expect(real.stdout).toContain('nothing changed');
  });

  it('refuses a path that does not exist, naming it', () => {
    const r = cli('/nonexistent/data.json');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('/nonexistent/data.json');
    expect(r.stderr).toContain('does not exist');
  });
});

/** A dataset big enough to need many batches: N enterprises, each in a sector, one source. */
function bigDataset(n: number) {
  const src = 'test:big:src';
  return {
    format: 'helixgraph-dataset',
    version: 1,
    sources: [{ id: src, title: 'Interrupted import fixture' }],
    nodes: [
      { id: 'test:big:sector', label: 'Sector', name: 'Test sector', sources: [src] },
      ...Array.from({ length: n }, (_, i) => ({ id: `test:big:e${i}`, label: 'Enterprise', name: `Enterprise ${i}`, sources: [src] })),
    ],
    links: Array.from({ length: n }, (_, i) => ({ type: 'ACTIVE_IN', from: `test:big:e${i}`, to: 'test:big:sector', sources: [src] })),
  };
}

describe('an import interrupted by stopping Neo4j', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'helixgraph-interrupt-'));
  const options = { dataDir: path.join(dir, 'data'), boltPort: 0, pageCacheBytes: 32 * 1024 ** 2, heapBytes: 384 * 1024 ** 2 };
  let neo4j: RunningNeo4j | undefined;

  beforeAll(async () => {
    neo4j = await startEmbeddedNeo4j(options);
  });
  afterAll(async () => {
    await neo4j?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('keeps the batches committed before the stop, and a re-run of the same import completes it without duplicates', async () => {
    const data = bigDataset(3000);
    const driver = createDriver(neo4j!.uri, undefined, undefined);
    const db = new Executor(driver, loadCypher(), { database: 'neo4j', timeoutMs: 30_000 });
    await applyMigrations(db);
    let killedAfter = -1;
    const failure = await importDataset(db, data, 'big.json', {
      batchSize: 250,
      onProgress: (p) => {
        if (p.phase === 'nodes' && p.done >= 1000 && killedAfter < 0) {
          killedAfter = p.done;
          process.kill(neo4j!.pid, 'SIGKILL');
        }
      },
    }).catch((e: unknown) => e);
    await driver.close().catch(() => {});
    expect(failure).toBeInstanceOf(Error);
    expect(killedAfter).toBe(1000);
    await neo4j!.exited;

    // Restart on the same store: what was committed is there, nothing is half-written.
    neo4j = await startEmbeddedNeo4j(options);
    const summary = await withExecutor(neo4j.uri, async (db2) => {
      const [before] = await db2.runText('MATCH (n:Enterprise) RETURN count(n) AS n', {}, 'READ');
      expect(before.n).toBe(1000 - 1); // the first batch also held the sector node
      return importDataset(db2, data, 'big.json', { batchSize: 250 });
    });
    expect((summary as ImportSummary).nodes).toEqual({ created: 3001 - 1000, updated: 0, unchanged: 1000 });
    expect((summary as ImportSummary).links.created).toBe(3000);
    const counts = await withExecutor(neo4j.uri, (db3) =>
      db3.runText('MATCH (e:Enterprise) OPTIONAL MATCH (e)-[r:ACTIVE_IN]->() RETURN count(DISTINCT e) AS nodes, count(r) AS links', {}, 'READ'),
    );
    expect(counts).toEqual([{ nodes: 3000, links: 3000 }]);
  });
});
