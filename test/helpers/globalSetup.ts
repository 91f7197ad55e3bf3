import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import type { TestProject } from 'vitest/node';

import { createDriver, waitForNeo4j } from '../../src/db/database';
import { startEmbeddedNeo4j, type RunningNeo4j } from '../../src/db/embedded';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
    neo4jDataDir: string;
  }
}

let neo4j: RunningNeo4j | undefined;
let dir: string | undefined;

/**
 * Starts one embedded Neo4j for the whole test run, on a free port, in a temporary directory, and
 * builds the project once (the CLI tests run the built entry point). Fails the run if Neo4j cannot
 * start. Everything is removed afterwards. The explorer web page is built into dist/web as well.
 */
export async function setup(project: TestProject): Promise<void> {
  // Build first: a compile error stops the run before any Neo4j is started.
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
  // The explorer web page too (typechecked, then bundled into dist/web): the browser tests load it.
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'web/tsconfig.json'], { stdio: 'inherit' });
  execFileSync(process.execPath, [path.join(path.dirname(require.resolve('vite/package.json')), 'bin', 'vite.js'), 'build', '--config', 'web/vite.config.mts', '--logLevel', 'warn'], { stdio: 'inherit' });
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'helixgraph-test-'));
  const started = Date.now();
  neo4j = await startEmbeddedNeo4j({
    dataDir: path.join(dir, 'data'),
    boltPort: 0,
    pageCacheBytes: 64 * 1024 ** 2,
    heapBytes: 768 * 1024 ** 2,
  });
  const driver = createDriver(neo4j.uri);
  await waitForNeo4j(driver, 'neo4j', 30_000);
  await driver.close();
  console.log(`test Neo4j up at ${neo4j.uri} in ${((Date.now() - started) / 1000).toFixed(1)} s (pid ${neo4j.pid})`);
  project.provide('neo4jUri', neo4j.uri);
  project.provide('neo4jDataDir', path.join(dir, 'data'));
}

export async function teardown(): Promise<void> {
  await neo4j?.stop();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
}
