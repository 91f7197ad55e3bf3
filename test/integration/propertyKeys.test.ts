import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

import { fromRoot } from '../../src/paths';
import { startTestServer, type TestServer } from '../helpers/server';

// Keys every JavaScript object inherits: a whitelist looked up with `allowed[key]` finds them.
const PROTOTYPE_KEYS = ['toString', 'valueOf', 'constructor', '__proto__', 'hasOwnProperty'];
const EDITOR = 'editor-key-proto-0123456789abcdef';
const P = 'test:proto:';
const CLI = fromRoot('dist', 'src', 'cli', 'main.js');
let server: TestServer;

const UPSERT = `mutation ($input: EntityInput!) { upsertEntity(input: $input) { outcome } }`;
const UPDATE = `mutation ($input: EntityPatch!) { updateEntity(input: $input) { outcome } }`;
const SOURCE = { id: `${P}src`, title: 'Prototype keys test source' };

/** A JSON object with `key` as an own property (an object literal would set the prototype for __proto__). */
const withKey = (key: string, value: unknown) => JSON.parse(`{${JSON.stringify(key)}: ${JSON.stringify(value)}}`) as Record<string, unknown>;

const countWithPrefix = async () => {
  const [row] = await server.app.db.executor.runText('MATCH (n) WHERE n.id STARTS WITH $p RETURN count(n) AS n', { p: P }, 'READ');
  return row.n as number;
};

beforeAll(async () => {
  server = await startTestServer({ HELIXGRAPH_API_KEYS: `editor:${EDITOR}` });
});
afterAll(async () => {
  await server.app.db.executor.runText('MATCH (n) WHERE n.id STARTS WITH $p DETACH DELETE n', { p: P });
  await server.stop();
});

describe('property names that every JavaScript object inherits', () => {
  it.each(PROTOTYPE_KEYS)('upsertEntity refuses %s with BAD_USER_INPUT naming it, whatever its value, and writes nothing', async (key) => {
    for (const value of ['text', 5, { nested: 1 }]) {
      const res = await server.gql(UPSERT, { input: { id: `${P}e`, label: 'ENTERPRISE', name: 'E', properties: withKey(key, value), newSources: [SOURCE] } }, EDITOR);
      expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.errors![0].extensions!.problems).toEqual([{ field: key, value, rule: 'is not a known property here' }]);
    }
    expect(await countWithPrefix()).toBe(0);
  });

  it('updateEntity refuses them too', async () => {
    const created = await server.gql(UPSERT, { input: { id: `${P}u`, label: 'ENTERPRISE', name: 'U', newSources: [SOURCE] } }, EDITOR);
    expect(created.data).toEqual({ upsertEntity: { outcome: 'CREATED' } });
    for (const key of PROTOTYPE_KEYS) {
      const res = await server.gql(UPDATE, { input: { id: `${P}u`, set: withKey(key, { a: 1 }), sourceIds: [SOURCE.id] } }, EDITOR);
      expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.errors![0].extensions!.problems).toEqual([{ field: key, value: { a: 1 }, rule: 'is not a known property here' }]);
    }
    await server.app.db.executor.runText('MATCH (n) WHERE n.id STARTS WITH $p DETACH DELETE n', { p: P });
  });

  it('helixgraph import refuses a file that uses them, with one line per problem, no stack trace, and writes nothing (not even its sources)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'helixgraph-proto-'));
    try {
      const file = path.join(dir, 'proto.json');
      const node = { id: `${P}n`, label: 'Enterprise', name: 'N', sources: [SOURCE.id], ...withKey('constructor', { a: 1 }) };
      fs.writeFileSync(file, JSON.stringify({ format: 'helixgraph-dataset', version: 1, sources: [SOURCE], nodes: [node], links: [] }, null, 2));
      const r = spawnSync(process.execPath, [CLI, 'import', file], { env: { PATH: process.env.PATH ?? '', NEO4J_URI: inject('neo4jUri') }, encoding: 'utf8', timeout: 60_000 });
      expect(r.status).toBe(1);
      expect(r.stderr).toContain('constructor');
      expect(r.stderr).toContain('is not a known property here');
      expect(r.stderr).not.toMatch(/\n\s+at /);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
    return countWithPrefix().then((n) => expect(n).toBe(0));
  });
});
