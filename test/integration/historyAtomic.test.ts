import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { loadCypher, type QueryName } from '../../src/db/cypher';
import { createDriver } from '../../src/db/database';
import { startEmbeddedNeo4j, type RunningNeo4j } from '../../src/db/embedded';
import { Executor, type CompiledName } from '../../src/db/executor';
import { applyMigrations } from '../../src/db/migrations';
import { deleteEntity, upsertEntity } from '../../src/ingest/curation';

// A Neo4j of its own, killed with SIGKILL in the middle of a recorded write: after the write's
// statement ran and before its after-state was recorded, in the same transaction.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'helixgraph-history-atomic-'));
const dataDir = path.join(dir, 'data');
const P = 'test:atomic:';
let neo: RunningNeo4j;

const start = () => startEmbeddedNeo4j({ dataDir, boltPort: 0, pageCacheBytes: 16 * 1024 ** 2, heapBytes: 256 * 1024 ** 2 });

/** An executor over `uri` that calls `onStatement` before it sends each statement. */
function executorOf(uri: string, onStatement: (name: QueryName | CompiledName) => void = () => {}) {
  const driver = createDriver(uri, undefined, undefined, 500);
  return { driver, db: new Executor(driver, loadCypher(), { database: 'neo4j', timeoutMs: 20_000, trace: (name) => onStatement(name) }) };
}

async function stateOf(db: Executor, id: string) {
  const [row] = await db.runText(
    `RETURN EXISTS { MATCH (:Entity {id: $id}) } AS entity,
            COUNT { MATCH (e:ChangeEntry {target: $id}) } AS entries,
            COUNT { MATCH (c:Change) WHERE NOT EXISTS { (c)-[:ENTRY]->() } } AS emptyChanges`,
    { id },
    'READ',
  );
  return row;
}

const record = (id: string) => ({ id, label: 'Enterprise', name: `Atomic ${id}` });
const sources = { newSources: [{ id: `${P}src`, title: 'Atomicity test' }] };
const author = { by: 'atomic-test' };

beforeAll(async () => {
  neo = await start();
  const { driver, db } = executorOf(neo.uri);
  await applyMigrations(db);
  await driver.close();
}, 180_000);

afterAll(async () => {
  await neo?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('a write and its record commit together', () => {
  it('commits both when nothing fails', async () => {
    const { driver, db } = executorOf(neo.uri);
    try {
      const written = await upsertEntity(db, record(`${P}ok`), sources, author);
      expect(written.changeId).toMatch(/^change:\d+$/);
      expect(await stateOf(db, `${P}ok`)).toEqual({ entity: true, entries: 1, emptyChanges: 0 });
    } finally {
      await driver.close();
    }
  });

  it.each([
    ['an upsert', 'ingest/mergeNodes', (db: Executor) => upsertEntity(db, record(`${P}killed`), sources, author), `${P}killed`, false],
    ['a delete', 'curation/deleteNode', (db: Executor) => deleteEntity(db, `${P}ok`, author), `${P}ok`, true],
  ] as const)(
    'leaves neither %s nor its record when Neo4j is killed between the write and the record of its after state',
    async (_what, write, run, id, existedBefore) => {
      let wrote = false;
      let killed = false;
      const { driver, db } = executorOf(neo.uri, (name) => {
        if (name === write) wrote = true;
        // The write's statement has run in the open transaction; its after state is not recorded yet.
        else if (wrote && !killed && name.startsWith('change/snapshot') && name.endsWith('After')) {
          killed = true;
          process.kill(neo.pid, 'SIGKILL');
        }
      });
      const before = await stateOf(db, id);
      await expect(run(db)).rejects.toThrow();
      expect(killed).toBe(true);
      await driver.close();

      neo = await start();
      const restarted = executorOf(neo.uri);
      try {
        // Exactly as before the write: the entity as it was, no entry of the write, no stray change.
        expect(await stateOf(restarted.db, id)).toEqual(before);
        expect(before.entity).toBe(existedBefore);
      } finally {
        await restarted.driver.close();
      }
    },
    240_000,
  );
});
