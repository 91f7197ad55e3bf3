import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { loadConfig } from '../../src/config';
import { startEmbeddedNeo4j, type RunningNeo4j } from '../../src/db/embedded';
import { startHelixgraph, type Helixgraph } from '../../src/index';
import { READY_TIMEOUT_MS } from '../../src/server/app';

// A Neo4j of its own, so that pausing it (SIGSTOP: connections accepted, nothing answered, as
// while it warms up after a restart) does not stall the other tests.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'helixgraph-ready-'));
let neo: RunningNeo4j;
let app: Helixgraph;

beforeAll(async () => {
  neo = await startEmbeddedNeo4j({ dataDir: path.join(dir, 'data'), boltPort: 0, pageCacheBytes: 16 * 1024 ** 2, heapBytes: 256 * 1024 ** 2 });
  app = await startHelixgraph(loadConfig({ NEO4J_URI: neo.uri, PORT: '0', HELIXGRAPH_LOAD_DATASET: 'false' }));
});

afterAll(async () => {
  process.kill(neo.pid, 'SIGCONT');
  await app?.stop();
  await neo?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

const ready = async () => {
  const started = Date.now();
  const res = await fetch(app.url.replace(/\/graphql$/, '/ready'), { signal: AbortSignal.timeout(15_000) });
  return { status: res.status, body: (await res.json()) as Record<string, string>, ms: Date.now() - started };
};

describe('/ready', () => {
  it('answers 503 in time when Neo4j accepts connections but does not answer, and 200 once it does', async () => {
    expect((await ready()).status).toBe(200);
    process.kill(neo.pid, 'SIGSTOP');
    try {
      const paused = await ready();
      expect(paused.status).toBe(503);
      expect(paused.body.reason).toBe(`Neo4j did not answer within ${READY_TIMEOUT_MS / 1000} s`);
      expect(paused.ms).toBeLessThan(READY_TIMEOUT_MS + 2_000);
    } finally {
      process.kill(neo.pid, 'SIGCONT');
    }
    const deadline = Date.now() + 30_000;
    let back = await ready();
    while (back.status !== 200 && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 250));
      back = await ready();
    }
    expect(back.status).toBe(200);
  });
});
