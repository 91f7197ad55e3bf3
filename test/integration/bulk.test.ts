import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createDriver } from '../../src/db/database';
import { loadCypher } from '../../src/db/cypher';
import { startEmbeddedNeo4j, type RunningNeo4j } from '../../src/db/embedded';
import { Executor } from '../../src/db/executor';
import { applyMigrations } from '../../src/db/migrations';
import { bulkImport, BulkImportError, storeDirOf, type BulkImportSummary } from '../../src/ingest/bulk';
import { DatasetInvalidError, type Dataset } from '../../src/ingest/dataset';
import { generateBatches, generateDataset } from '../../src/ingest/generate';
import { linkRow, nodeRow, sourceRow } from '../../src/ingest/importer';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'helixgraph-bulk-'));
const dataDir = path.join(dir, 'data');
const ACTORS = 300;

let summary: BulkImportSummary;
let neo: RunningNeo4j;
let db: Executor;
let close: () => Promise<void>;

beforeAll(async () => {
  // Small batches, so that links refer to nodes of earlier batches too.
  summary = await bulkImport(generateBatches({ actors: ACTORS, seed: 7, batchSize: 150 }), 'generated', { dataDir, heapBytes: 256 * 1024 ** 2 });
  neo = await startEmbeddedNeo4j({ dataDir, boltPort: 0, pageCacheBytes: 32 * 1024 ** 2, heapBytes: 384 * 1024 ** 2 });
  const driver = createDriver(neo.uri);
  db = new Executor(driver, loadCypher(), { database: 'neo4j', timeoutMs: 60_000 });
  await applyMigrations(db);
  close = async () => {
    await driver.close();
    await neo.stop();
  };
});

afterAll(async () => {
  await close?.();
  fs.rmSync(dir, { recursive: true, force: true });
});

const sorted = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)));

describe('bulk import (Neo4j offline importer)', () => {
  it('writes exactly the nodes, labels, properties and relationships the Cypher importer writes', async () => {
    const data = generateDataset({ actors: ACTORS, seed: 7 });
    expect(summary.rows).toBe(data.sources.length + data.nodes.length + data.links.length);

    // What ingest/createNodes and createLinks store for each record: the importer's own rows.
    const expectedNodes = new Map<string, { labels: string[]; props: Record<string, unknown> }>();
    for (const s of data.sources) expectedNodes.set(s.id, { labels: ['Entity', 'Source'], props: { id: s.id, ...sourceRow(s).props } });
    for (const n of data.nodes) {
      const row = nodeRow(n);
      expectedNodes.set(n.id, { labels: row.labels, props: { id: n.id, ...row.props } });
    }
    const stored = await db.runText('MATCH (n:Entity) RETURN n.id AS id, labels(n) AS labels, properties(n) AS props');
    expect(stored).toHaveLength(expectedNodes.size);
    for (const r of stored) {
      const want = expectedNodes.get(r.id as string);
      expect(want, r.id as string).toBeDefined();
      expect([...(r.labels as string[])].sort(), r.id as string).toEqual([...want!.labels].sort());
      expect(sorted(r.props as Record<string, unknown>), r.id as string).toEqual(sorted(want!.props));
    }

    const key = (type: string, from: string, to: string) => `${type} ${from} ${to}`;
    const expectedLinks = new Map(data.links.map((l) => [key(l.type, l.from, l.to), linkRow(l).props as Record<string, unknown>]));
    const links = await db.runText('MATCH (a:Entity)-[r]->(b:Entity) RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props');
    expect(links).toHaveLength(expectedLinks.size);
    for (const l of links) {
      const k = key(l.type as string, l.from as string, l.to as string);
      expect(sorted(l.props as Record<string, unknown>), k).toEqual(sorted(expectedLinks.get(k)!));
    }
  });

  it('builds the constraints and indexes on the loaded data, so the API can search it', async () => {
    const [hit] = await db.runText("CALL db.index.fulltext.queryNodes('entity_search', 'doanh') YIELD node RETURN count(node) AS n");
    expect(hit.n).toBeGreaterThan(0);
    await expect(db.runText('CREATE (:Entity {id: $id})', { id: 'gen:src:0' })).rejects.toThrow(/already exists/);
  });

  it('refuses a data folder that already holds a database', async () => {
    await expect(bulkImport([generateDataset({ actors: 5, seed: 1 })], 'again', { dataDir })).rejects.toBeInstanceOf(BulkImportError);
  });

  it('writes nothing when a batch is invalid: a problem list names the record and a later batch cannot repeat an id', async () => {
    const other = path.join(dir, 'invalid');
    const good = generateDataset({ actors: 5, seed: 1 });
    const repeat: Dataset = { format: 'helixgraph-dataset', version: 1, sources: [], nodes: [good.nodes[0]], links: [] } as Dataset;
    const err = await bulkImport([good, repeat], 'pieces', { dataDir: other }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DatasetInvalidError);
    expect((err as DatasetInvalidError).message).toMatch(/pieces \(batch 2\) nodes\[0\]\.id: .* appears in an earlier batch/);
    expect(fs.existsSync(storeDirOf(other))).toBe(false);

    const dangling: Dataset = { ...good, links: [{ type: 'ACTIVE_IN', from: good.nodes[0].id, to: 'gen:sector:nowhere', sources: [good.sources[0].id] }] } as Dataset;
    const err2 = await bulkImport([dangling], 'dangling', { dataDir: other }).catch((e: unknown) => e);
    expect(err2).toBeInstanceOf(DatasetInvalidError);
    expect(fs.existsSync(storeDirOf(other))).toBe(false);
  });
});
