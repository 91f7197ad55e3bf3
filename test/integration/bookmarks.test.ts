import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

import { removeByIdPrefix } from '../helpers/cleanup';
import { startServerProcess, type ServerProcess } from '../helpers/serverProcess';

const EDITOR = 'editor-key-bookmarks-0123456789';
const P = 'test:bm:';
const HEADER = 'x-helixgraph-bookmarks';
const UPSERT = 'mutation ($input: EntityInput!) { upsertEntity(input: $input) { outcome } }';
const READ = 'query ($id: ID!) { node(id: $id) { id ... on Entity { name } } }';

const enterprise = (id: string) => ({
  id: `${P}${id}`,
  label: 'ENTERPRISE',
  name: `Bookmark test ${id}`,
  newSources: [{ id: `${P}src`, title: 'Bookmark test source', url: 'https://example.org/bookmarks' }],
});

/**
 * The bookmark of the transaction after `bookmark`'s. Neo4j 5.26 issues `FB:` + base64 of
 * PackStream `91 CC 10 <16-byte database id> <transaction id as a PackStream integer> 90` (read
 * off its bookmarks: consecutive writes differ only in that integer). The test forges one to show
 * that an API process really waits for a client's bookmark instead of reading at once.
 */
function nextTransactionBookmark(bookmark: string): string {
  const bytes = Buffer.from(bookmark.replace(/^FB:/, ''), 'base64');
  expect(bytes.subarray(0, 3).toString('hex')).toBe('91cc10');
  expect(bytes[bytes.length - 1]).toBe(0x90);
  const int = bytes.subarray(19, bytes.length - 1);
  const tx = int.length === 1 ? int.readInt8(0) : int[0] === 0xc8 ? int.readInt8(1) : int[0] === 0xc9 ? int.readInt16BE(1) : int[0] === 0xca ? int.readInt32BE(1) : Number(int.readBigInt64BE(1));
  const next = tx + 1;
  let encoded: Buffer;
  if (next <= 127) encoded = Buffer.from([next]);
  else if (next <= 32_767) encoded = Buffer.from([0xc9, next >> 8, next & 0xff]);
  else {
    encoded = Buffer.alloc(5);
    encoded[0] = 0xca;
    encoded.writeInt32BE(next, 1);
  }
  return `FB:${Buffer.concat([bytes.subarray(0, 19), encoded, Buffer.from([0x90])]).toString('base64')}`;
}

let a: ServerProcess;
let b: ServerProcess;

beforeAll(async () => {
  const uri = inject('neo4jUri');
  // A generous timeout: the first write on a cold Neo4j of a loaded machine can take over 15 s,
  // and this test is about order, not speed.
  const env = { HELIXGRAPH_API_KEYS: `editor:${EDITOR}`, HELIXGRAPH_QUERY_TIMEOUT_MS: '60000' };
  // Two API processes on the one Neo4j, as two replicas behind a load balancer; B through the
  // routing driver (neo4j://), which sends READ sessions to readers and WRITE sessions to the leader.
  [a, b] = await Promise.all([startServerProcess({ ...env, NEO4J_URI: uri }), startServerProcess({ ...env, NEO4J_URI: uri.replace(/^bolt:/, 'neo4j:') })]);
});

afterAll(async () => {
  await a?.post('mutation ($id: ID!) { deleteEntity(id: $id) { deleted } }', { id: `${P}one` }, { authorization: `Bearer ${EDITOR}` }).catch(() => {});
  await Promise.all([a?.stop(), b?.stop()]);
  // What the API cannot delete (sources, a deleted entity's restore record) goes with a direct statement.
  await removeByIdPrefix(inject('neo4jUri'), P);
});

describe('bookmarks across two API processes', () => {
  it('returns the bookmark of a write on A in extensions.bookmarks, and B, given it, reads the write', async () => {
    const write = await a.post(UPSERT, { input: enterprise('one') }, { authorization: `Bearer ${EDITOR}` });
    expect(write.errors).toBeUndefined();
    expect(write.data!.upsertEntity.outcome).toBe('CREATED');
    const bookmarks = write.extensions!.bookmarks as string[];
    expect(bookmarks).toHaveLength(1);
    expect(bookmarks[0]).toMatch(/^FB:[A-Za-z0-9+/=]+$/);

    const read = await b.post(READ, { id: `${P}one` }, { [HEADER]: bookmarks.join(',') });
    expect(read.status).toBe(200);
    expect(read.errors).toBeUndefined();
    expect(read.data!.node).toEqual({ id: `${P}one`, name: 'Bookmark test one' });
    // A read commits nothing: no bookmarks to hand back, the client keeps the ones it has.
    expect(read.extensions!.bookmarks).toBeUndefined();
  });

  it('makes B wait for the transaction a bookmark names before it reads (read-your-writes on a lagging member)', async () => {
    const first = await a.post(UPSERT, { input: enterprise('two-a') }, { authorization: `Bearer ${EDITOR}` });
    const next = nextTransactionBookmark((first.extensions!.bookmarks as string[])[0]);
    // B is asked to read an entity that the next transaction will create, after that transaction.
    let settled = false;
    const read = b.post(READ, { id: `${P}two-b` }, { [HEADER]: next }).finally(() => (settled = true));
    await new Promise((r) => setTimeout(r, 1500));
    expect(settled).toBe(false);
    const second = await a.post(UPSERT, { input: enterprise('two-b') }, { authorization: `Bearer ${EDITOR}` });
    expect(second.extensions!.bookmarks).toEqual([next]);
    const answer = await read;
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.node).toEqual({ id: `${P}two-b`, name: 'Bookmark test two-b' });
  });

  it.each([
    ['a space inside', 'FB:abc def', 'entry 1 ("FB:abc def") is not one'],
    ['a quoted JSON list', '["FB:kcwQ"]', 'entry 1 ("[\\"FB:kcwQ\\"]") is not one'],
    ['an empty entry', 'FB:kcwQ,,FB:kcwQ', 'entry 2 ("") is not one'],
    ['17 bookmarks', Array.from({ length: 17 }, (_, i) => `FB:${i}`).join(','), 'holds 17 bookmarks; at most 16 are accepted'],
  ])('refuses a malformed header (%s) with a 400 BAD_REQUEST naming it, before any database work', async (_case, value, reason) => {
    const res = await b.post(READ, { id: `${P}one` }, { [HEADER]: value });
    expect(res.status).toBe(400);
    expect(res.data).toBeUndefined();
    expect(res.errors).toHaveLength(1);
    expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_REQUEST', header: HEADER });
    expect(res.errors![0].message).toContain(`Header ${HEADER} is not a comma-separated list of bookmarks`.slice(0, reason.startsWith('holds') ? 28 : undefined));
    expect(res.errors![0].message).toContain(reason);
  });

  it('refuses a well-formed bookmark that this database did not issue with a 400 BAD_REQUEST, not an internal error', async () => {
    const res = await b.post(READ, { id: `${P}one` }, { [HEADER]: 'FB:abc' });
    expect(res.status).toBe(400);
    expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_REQUEST', header: HEADER });
    expect(res.errors![0].message).toBe(
      `Header ${HEADER} holds a bookmark this database did not issue. Send back exactly the strings of a response's extensions.bookmarks, comma-separated, or no header.`,
    );
  });
});
