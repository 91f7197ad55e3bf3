import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { ConfigError, loadConfig } from '../../src/config';
import { startHelixgraph } from '../../src/index';
import { startTestServer, type TestServer } from '../helpers/server';

/**
 * Trusted documents over HTTP against the real server: a dashboard's documents registered in
 * manifests (the two formats tools write), run by id (Apollo APQ's sha256Hash or a documentId), and
 * with HELIXGRAPH_TRUSTED_DOCUMENTS=only, nothing else runs. A bad manifest stops start-up.
 */
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

const COUNTS = 'query DashboardCounts { counts(by: SECTOR) { key label count } }';
const TOTALS = 'query DashboardInvestment { investmentTotals(by: SECTOR, statuses: [COMMITTED]) { label currency amount } }';
const OTHER = '{ sectors(first: 1) { nodes { id } } }';

let dir: string;
let codegenManifest: string;
let apolloManifest: string;
let allow: TestServer;
let only: TestServer;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'helixgraph-trusted-'));
  // @graphql-codegen's client preset (persistedDocuments: true) writes { "sha256:<hex>": document }.
  codegenManifest = path.join(dir, 'persisted-documents.json');
  writeFileSync(codegenManifest, JSON.stringify({ [`sha256:${sha256(COUNTS)}`]: COUNTS }));
  // @apollo/generate-persisted-query-manifest writes this shape, the ids being bare hex.
  apolloManifest = path.join(dir, 'persisted-query-manifest.json');
  writeFileSync(
    apolloManifest,
    JSON.stringify({ format: 'apollo-persisted-query-manifest', version: 1, operations: [{ id: sha256(TOTALS), name: 'DashboardInvestment', type: 'query', body: TOTALS }] }),
  );
  const files = `${codegenManifest},${apolloManifest}`;
  allow = await startTestServer({ HELIXGRAPH_TRUSTED_DOCUMENTS_FILE: files });
  only = await startTestServer({ NODE_ENV: 'production', HELIXGRAPH_TRUSTED_DOCUMENTS_FILE: files, HELIXGRAPH_TRUSTED_DOCUMENTS: 'only' });
});
afterAll(async () => {
  await allow?.stop();
  await only?.stop();
  rmSync(dir, { recursive: true, force: true });
});

async function post(server: TestServer, body: Record<string, unknown>) {
  const res = await fetch(server.app.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: res.status, ...((await res.json()) as { data?: any; errors?: Array<{ message: string; extensions?: { code?: string } }> }) };
}

const apq = (hash: string) => ({ persistedQuery: { version: 1, sha256Hash: hash } });

describe('trusted documents, HELIXGRAPH_TRUSTED_DOCUMENTS=allow (the default)', () => {
  it('runs a registered document by its APQ sha256Hash and by its documentId, from either manifest format', async () => {
    const byHash = await post(allow, { extensions: apq(sha256(COUNTS)) });
    expect(byHash.status).toBe(200);
    expect(byHash.errors).toBeUndefined();
    expect(byHash.data.counts.map((c: { key: string }) => c.key)).toContain('sector:handicrafts');
    const byId = await post(allow, { documentId: `sha256:${sha256(TOTALS)}` });
    expect(byId.errors).toBeUndefined();
    expect(byId.data.investmentTotals.find((t: { label: string }) => t.label === 'Thủ công mỹ nghệ')).toMatchObject({ currency: 'USD', amount: 360000 });
    expect(await post(allow, { documentId: sha256(TOTALS) })).toEqual({ status: 200, data: byId.data, extensions: expect.anything() });
  });

  it('runs a registered document by documentId in a GET', async () => {
    const res = await fetch(`${allow.app.url}?documentId=sha256:${sha256(COUNTS)}`, { headers: { 'apollo-require-preflight': 'true', accept: 'application/json' } });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { data: unknown };
    expect(body).toEqual({ data: (await post(allow, { query: COUNTS })).data, extensions: expect.anything() });
  });

  it('still runs any other document, and keeps Apollo automatic persisted queries', async () => {
    expect((await post(allow, { query: OTHER })).data.sectors.nodes).toHaveLength(1);
    const doc = '{ sectors(first: 2) { nodes { id } } }';
    const miss = await post(allow, { extensions: apq(sha256(doc)) });
    expect(miss.errors?.map((e) => e.extensions?.code)).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
    const registered = await post(allow, { query: doc, extensions: apq(sha256(doc)) });
    expect(registered.errors).toBeUndefined();
    const hit = await post(allow, { extensions: apq(sha256(doc)) });
    expect(hit).toEqual({ status: 200, data: registered.data, extensions: expect.anything() });
  });

  it('answers an unknown documentId with PERSISTED_QUERY_NOT_IN_LIST (404), and a text that is not the document its id names with 400', async () => {
    const unknown = await post(allow, { documentId: `sha256:${'0'.repeat(64)}` });
    expect(unknown.status).toBe(404);
    expect(unknown.errors).toEqual([
      { message: `No trusted document has the id "sha256:${'0'.repeat(64)}": register the document in the server's manifest (HELIXGRAPH_TRUSTED_DOCUMENTS_FILE) and restart it.`, extensions: expect.objectContaining({ code: 'PERSISTED_QUERY_NOT_IN_LIST' }) },
    ]);
    const mismatch = await post(allow, { query: OTHER, extensions: apq(sha256(COUNTS)) });
    expect(mismatch.status).toBe(400);
    expect(mismatch.errors![0]).toMatchObject({ message: `The document sent is not the one its id names (its sha256 is ${sha256(OTHER)}, the id says ${sha256(COUNTS)}).`, extensions: { code: 'BAD_USER_INPUT' } });
    const malformed = await post(allow, { documentId: 'md5:abc' });
    expect(malformed.status).toBe(400);
    expect(malformed.errors![0].message).toBe('A document id is sha256:<64 hex digits> or the 64 hex digits alone; got "md5:abc".');
  });
});

describe('trusted documents, HELIXGRAPH_TRUSTED_DOCUMENTS=only (production)', () => {
  it('runs the registered documents by id, and by their exact text', async () => {
    const byHash = await post(only, { extensions: apq(sha256(COUNTS)) });
    expect(byHash.errors).toBeUndefined();
    expect(byHash.data).toEqual((await post(allow, { query: COUNTS })).data);
    expect((await post(only, { documentId: `sha256:${sha256(TOTALS)}` })).data.investmentTotals.length).toBeGreaterThan(0);
    expect((await post(only, { query: TOTALS })).errors).toBeUndefined();
  });

  it('refuses any other document with QUERY_NOT_IN_SAFELIST (403) before validating it, introspection included', async () => {
    const message = 'This server runs only its trusted documents (HELIXGRAPH_TRUSTED_DOCUMENTS=only), and this document is not one of them: send the id of a registered document (documentId, or extensions.persistedQuery.sha256Hash).';
    for (const query of [OTHER, '{ __schema { types { name } } }', '{ nope }', `${COUNTS} `]) {
      const res = await post(only, { query });
      expect(res.status).toBe(403);
      expect(res.errors).toEqual([{ message, extensions: { code: 'QUERY_NOT_IN_SAFELIST' } }]);
    }
  });

  it('turns Apollo automatic persisted queries off: an unknown hash is not in the list, and registering one is refused', async () => {
    const miss = await post(only, { extensions: apq(sha256(OTHER)) });
    expect(miss.status).toBe(404);
    expect(miss.errors?.map((e) => e.extensions?.code)).toEqual(['PERSISTED_QUERY_NOT_IN_LIST']);
    const register = await post(only, { query: OTHER, extensions: apq(sha256(OTHER)) });
    expect(register.status).toBe(404);
    expect((await post(only, { extensions: apq(sha256(OTHER)) })).errors?.map((e) => e.extensions?.code)).toEqual(['PERSISTED_QUERY_NOT_IN_LIST']);
  });
});

describe('a bad trusted-document manifest stops start-up with one line, before Neo4j is contacted', () => {
  const manifest = (name: string, content: string) => {
    const file = path.join(dir, name);
    writeFileSync(file, content);
    return file;
  };
  /** Starts against a Neo4j that is not there: only a manifest error can come first. */
  const startWith = (file: string) => startHelixgraph(loadConfig({ NEO4J_URI: 'bolt://127.0.0.1:1', HELIXGRAPH_NEO4J_WAIT_MS: '0', PORT: '0', HELIXGRAPH_TRUSTED_DOCUMENTS_FILE: file }));
  const refusal = async (file: string) => {
    const err = await startWith(file).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as Error).message).not.toContain('\n');
    return (err as Error).message;
  };

  it('names an id that is not the sha256 of its document', async () => {
    const file = manifest('wrong-hash.json', JSON.stringify({ [`sha256:${sha256(OTHER)}`]: COUNTS }));
    expect(await refusal(file)).toBe(
      `Invalid HELIXGRAPH_TRUSTED_DOCUMENTS_FILE=${JSON.stringify(file)}: expected every id to be the sha256 of its document's text; "sha256:${sha256(OTHER)}" hashes to ${sha256(COUNTS)}`,
    );
  });

  it('names a document that does not validate against the schema', async () => {
    const bad = 'query Broken { counts(by: SECTOR) { nope } }';
    const file = manifest('invalid.json', JSON.stringify({ format: 'apollo-persisted-query-manifest', version: 1, operations: [{ id: sha256(bad), name: 'Broken', type: 'query', body: bad }] }));
    expect(await refusal(file)).toBe(
      `Invalid HELIXGRAPH_TRUSTED_DOCUMENTS_FILE=${JSON.stringify(file)}: expected documents valid against the schema and the document limits; operations[0] (Broken): Cannot query field "nope" on type "GroupCount".`,
    );
  });

  it('names a document deeper than the depth limit', async () => {
    let inner = 'id';
    for (let i = 0; i < 12; i++) inner = `parent { organization { ${inner} } }`;
    const deep = `{ node(id: "org:ntbic") { ... on Actor { ${inner} } } }`;
    const file = manifest('deep.json', JSON.stringify({ [sha256(deep)]: deep }));
    expect(await refusal(file)).toMatch(/: expected documents valid against the schema and the document limits; "[0-9a-f]{64}": Query depth limit of 12 exceeded, found \d+\.$/);
  });

  it('names a file that is missing, not JSON, or empty', async () => {
    const missing = path.join(dir, 'missing.json');
    expect(await refusal(missing)).toBe(`Invalid HELIXGRAPH_TRUSTED_DOCUMENTS_FILE=${JSON.stringify(missing)}: expected a readable manifest file (ENOENT)`);
    expect(await refusal(manifest('not.json', '{ "a": '))).toMatch(/: expected a JSON manifest \(.+\)$/);
    expect(await refusal(manifest('empty.json', '{}'))).toMatch(/: expected a manifest with at least one document$/);
  });

  it('refuses only without a manifest, and an unknown mode', () => {
    expect(() => loadConfig({ HELIXGRAPH_TRUSTED_DOCUMENTS: 'only' })).toThrow(
      'Invalid HELIXGRAPH_TRUSTED_DOCUMENTS="only": expected a manifest in HELIXGRAPH_TRUSTED_DOCUMENTS_FILE as well (only, with no registered document, would refuse every request)',
    );
    expect(() => loadConfig({ HELIXGRAPH_TRUSTED_DOCUMENTS: 'strict' })).toThrow(
      'Invalid HELIXGRAPH_TRUSTED_DOCUMENTS="strict": expected allow (registered documents run by id, any other document too) or only (nothing but the registered documents runs)',
    );
  });
});
