import { spawnSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';

import { describe, expect, it } from 'vitest';
import { inject } from 'vitest';

import { startEmbeddedNeo4j, EmbeddedNeo4jError } from '../../src/db/embedded';
import { fromRoot } from '../../src/paths';

const CLI = fromRoot('dist', 'src', 'cli', 'main.js');

function runCli(env: Record<string, string>) {
  return spawnSync(process.execPath, [CLI, 'start'], { env: { PATH: process.env.PATH ?? '', ...env }, encoding: 'utf8', timeout: 30_000 });
}

describe('helixgraph start', () => {
  it.each([
    [{ PORT: 'abc' }, 'helixgraph: Invalid PORT="abc": expected an integer port from 0 to 65535 (0 = any free port)'],
    [{ NEO4J_URI: 'ftp://x' }, 'helixgraph: Invalid NEO4J_URI="ftp://x": expected a Neo4j URI such as bolt://localhost:7687'],
    [{ NEO4J_PAGECACHE: '-1g' }, 'helixgraph: Invalid NEO4J_PAGECACHE="-1g": expected a size of at least 8m'],
  ])('stops on %j with one line and a non-zero exit, no stack trace', (env, line) => {
    const r = runCli(env);
    expect(r.status).toBe(1);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0].startsWith(line)).toBe(true);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('without Java, and without NEO4J_URI, names the three ways to get a database', () => {
    const r = runCli({ PATH: '/nonexistent', JAVA_HOME: '/nonexistent', NEO4J_DATA_DIR: fromRoot('.neo4j', 'test-no-java') });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('Java was not found');
    expect(r.stderr).toContain('install Java 17+ and Maven');
    expect(r.stderr).toContain('docker compose up');
    expect(r.stderr).toContain('set NEO4J_URI');
  });
});

describe('the embedded Neo4j', () => {
  it('refuses a store that another Neo4j holds, with STORE_LOCKED', async () => {
    const err = await startEmbeddedNeo4j({ dataDir: inject('neo4jDataDir'), boltPort: 0, pageCacheBytes: 16 * 1024 ** 2, heapBytes: 256 * 1024 ** 2 }).catch((e) => e);
    expect(err).toBeInstanceOf(EmbeddedNeo4jError);
    expect(err.code).toBe('STORE_LOCKED');
    expect(err.message).toContain('NEO4J_DATA_DIR');
  });

  it('refuses a Bolt port already in use, with PORT_IN_USE', async () => {
    const port = Number(new URL(inject('neo4jUri')).port);
    const err = await startEmbeddedNeo4j({ dataDir: path.join(os.tmpdir(), `helixgraph-port-test-${process.pid}`), boltPort: port, pageCacheBytes: 16 * 1024 ** 2, heapBytes: 256 * 1024 ** 2 }).catch((e) => e);
    expect(err).toBeInstanceOf(EmbeddedNeo4jError);
    expect(err.code).toBe('PORT_IN_USE');
    expect(err.message).toContain(String(port));
  });
});

describe('helixgraph generate --bulk', () => {
  const run = (env: Record<string, string>) =>
    spawnSync(process.execPath, [CLI, 'generate', '--actors', '50', '--bulk'], { env: { PATH: process.env.PATH ?? '', ...env }, encoding: 'utf8', timeout: 60_000 });

  it('refuses an external Neo4j with one line and exit 1: it only writes a new embedded store', () => {
    const r = run({ NEO4J_URI: 'bolt://127.0.0.1:1' });
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).toBe('helixgraph: --bulk writes a new embedded store: unset NEO4J_URI (it cannot load a running external Neo4j)');
  });

  it('refuses a data folder that already holds a database, and leaves it as it was', () => {
    // The test run's own Neo4j store: a database is there.
    const dataDir = inject('neo4jDataDir');
    const r = run({ NEO4J_DATA_DIR: dataDir });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/already holds a database: a bulk import only creates a new one/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
