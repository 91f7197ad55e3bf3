import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { loadConfig } from '../../src/config';
import { startEmbeddedNeo4j, type RunningNeo4j } from '../../src/db/embedded';
import { FOUNDING_DATASET, startHelixgraph, type Helixgraph } from '../../src/index';
import { importJsonFile } from '../../src/ingest/importer';

// A Neo4j of its own: it is paused (SIGSTOP) and allows one transaction only 2 MiB
// (db.memory.transaction.max), which the founding dataset's measures recompute needs more than.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'helixgraph-dbfaults-'));
const EDITOR = 'editor-key-faults-0123456789abcdef';
const QUERY_TIMEOUT_MS = 2000;
let neo: RunningNeo4j;
/** With a 2 s query timeout, for the frozen Neo4j. */
let app: Helixgraph;
/** With the default query timeout, for the memory limit (the recompute takes a few seconds). */
let roomy: Helixgraph;

beforeAll(async () => {
  neo = await startEmbeddedNeo4j({ dataDir: path.join(dir, 'data'), boltPort: 0, pageCacheBytes: 16 * 1024 ** 2, heapBytes: 256 * 1024 ** 2, transactionMemoryBytes: 2 * 1024 ** 2 });
  app = await startHelixgraph(
    loadConfig({ NEO4J_URI: neo.uri, PORT: '0', HELIXGRAPH_LOAD_DATASET: 'false', HELIXGRAPH_QUERY_TIMEOUT_MS: String(QUERY_TIMEOUT_MS), HELIXGRAPH_API_KEYS: `editor:${EDITOR}` }),
  );
  roomy = await startHelixgraph(loadConfig({ NEO4J_URI: neo.uri, PORT: '0', HELIXGRAPH_LOAD_DATASET: 'false', HELIXGRAPH_API_KEYS: `editor:${EDITOR}` }));
  // In small batches: one transaction for the whole dataset would pass the 2 MiB too.
  // Through the roomy server: with its change records (issue 18) a batch can take over 2 s to plan and write on a cold Neo4j.
  await importJsonFile(roomy.db.executor, FOUNDING_DATASET, { batchSize: 50 });
}, 120_000);

afterAll(async () => {
  if (neo) process.kill(neo.pid, 'SIGCONT');
  await app?.stop();
  await roomy?.stop();
  await neo?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function gql(query: string, variables: Record<string, unknown> = {}, key?: string, server = app) {
  const started = Date.now();
  const res = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
    body: JSON.stringify({ query, variables }),
    // Only a guard against a hang: the memory test's recompute (with GDS, on the founding dataset)
    // took 14.6 and 15.0 s on the shared 2-core machine before it met the limit (where, not checked).
    signal: AbortSignal.timeout(60_000),
  });
  const body = (await res.json()) as { data?: unknown; errors?: Array<{ message: string; extensions?: { code?: string } }> };
  return { status: res.status, ...body, ms: Date.now() - started };
}

describe('a Neo4j out of transaction memory', () => {
  it('answers QUERY_TOO_LARGE with a message saying what to do, not an internal error', async () => {
    const res = await gql('mutation { recomputeMeasures { computedAt } }', {}, EDITOR, roomy);
    expect(res.errors?.[0].extensions?.code).toBe('QUERY_TOO_LARGE');
    expect(res.errors![0].message).toBe('The query needed more memory than the database allows one transaction; ask for less (smaller first, fewer hops or ids).');
    expect((await gql('{ node(id: "org:ntbic") { id } }')).data).toEqual({ node: { id: 'org:ntbic' } });
  });
});

describe('a frozen Neo4j (SIGSTOP: connections accepted, nothing answered)', () => {
  it('gets every request an UNAVAILABLE or TIMEOUT within the query timeout plus a second, reads and writes alike, and serves again once it thaws', async () => {
    expect((await gql('{ node(id: "org:ntbic") { id } }')).data).toEqual({ node: { id: 'org:ntbic' } });
    process.kill(neo.pid, 'SIGSTOP');
    let answers: Awaited<ReturnType<typeof gql>>[];
    try {
      answers = await Promise.all([
        gql('{ node(id: "org:ntbic") { id ... on Actor { name } } }'),
        gql('{ actors(first: 5) { totalCount nodes { id } } }'),
        gql('{ search(query: "bat trang") { nodes { __typename } } }'),
        gql('mutation ($input: EntityInput!) { upsertEntity(input: $input) { outcome } }', {
          input: { id: 'test:frozen:e', label: 'ENTERPRISE', name: 'Frozen', newSources: [{ id: 'test:frozen:src', title: 'Frozen Neo4j test' }] },
        }, EDITOR),
      ]);
    } finally {
      process.kill(neo.pid, 'SIGCONT');
    }
    for (const a of answers) {
      expect(['UNAVAILABLE', 'TIMEOUT']).toContain(a.errors?.[0].extensions?.code);
      expect(a.ms).toBeLessThan(QUERY_TIMEOUT_MS + 1000 + 1500);
    }
    const deadline = Date.now() + 30_000;
    let back = await gql('{ node(id: "org:ntbic") { id } }').catch(() => undefined);
    while (!back?.data && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 250));
      back = await gql('{ node(id: "org:ntbic") { id } }').catch(() => undefined);
    }
    expect(back?.data).toEqual({ node: { id: 'org:ntbic' } });
  }, 60_000);
});
