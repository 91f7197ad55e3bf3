import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { createDriver } from '../../src/db/database';
import { startEmbeddedNeo4j } from '../../src/db/embedded';
import { fromRoot } from '../../src/paths';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'helixgraph-embedded-'));
const options = { dataDir: path.join(dir, 'data'), boltPort: 0, pageCacheBytes: 16 * 1024 ** 2, heapBytes: 256 * 1024 ** 2 };

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitUntil(check: () => boolean, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (check()) return true;
    await new Promise((r) => setTimeout(r, 200));
  }
  return check();
}

describe('the embedded Neo4j lifecycle', () => {
  it('keeps data between runs and leaves no JVM behind after stop', async () => {
    const first = await startEmbeddedNeo4j(options);
    let driver = createDriver(first.uri);
    await driver.executeQuery('CREATE (:Kept {id: "kept", at: $at})', { at: 'first run' });
    await driver.close();
    await first.stop();
    expect(alive(first.pid)).toBe(false);

    const second = await startEmbeddedNeo4j(options);
    driver = createDriver(second.uri);
    const { records } = await driver.executeQuery('MATCH (k:Kept {id: "kept"}) RETURN k.at AS at');
    await driver.close();
    await second.stop();
    expect(records.map((r) => r.get('at'))).toEqual(['first run']);
    expect(alive(second.pid)).toBe(false);
    // The JVM's log is kept inside the data folder, not beside it.
    expect(fs.readdirSync(dir)).toEqual(['data']);
    expect(fs.existsSync(path.join(options.dataDir, 'neo4j.log'))).toBe(true);
  });

  it('shuts the JVM down when the Node process that started it is killed with SIGKILL', async () => {
    const script = `
      const { startEmbeddedNeo4j } = require(${JSON.stringify(fromRoot('dist', 'src', 'db', 'embedded.js'))});
      startEmbeddedNeo4j(${JSON.stringify(options)}).then((n) => console.log('PID ' + n.pid));
    `;
    const parent = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
    const jvmPid = await new Promise<number>((resolve, reject) => {
      parent.stdout.on('data', (chunk: Buffer) => {
        const m = /PID (\d+)/.exec(chunk.toString());
        if (m) resolve(Number(m[1]));
      });
      parent.once('exit', () => reject(new Error('the parent exited before Neo4j started')));
    });
    expect(alive(jvmPid)).toBe(true);
    parent.kill('SIGKILL');
    expect(await waitUntil(() => !alive(jvmPid), 30_000)).toBe(true);
  });
});
