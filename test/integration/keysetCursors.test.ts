import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { importDataset } from '../../src/ingest/importer';
import { startTestServer, type TestServer } from '../helpers/server';

/**
 * Cursors name a position in the list's order, not an offset: a client paging while someone adds
 * or removes entities before its position neither skips nor repeats any entity that was there all
 * along (with offsets, one added before the cursor repeats an item, one removed skips one).
 */
const PREFIX = 'test:keyset:';
const SECTOR = `${PREFIX}sector`;
const VILLAGE = `${PREFIX}village`;
const SOURCE = `${PREFIX}source`;
let server: TestServer;

const pad = (i: number) => String(i).padStart(2, '0');

function dataset(ids: number[]) {
  const nodes: any[] = [
    { id: SECTOR, label: 'Sector', name: 'Keyset test sector', sources: [SOURCE] },
    { id: VILLAGE, label: 'CraftVillage', name: 'Keyset test village', sources: [SOURCE] },
  ];
  const links: any[] = [];
  for (const i of ids) {
    const id = `${PREFIX}ent:${pad(i)}`;
    nodes.push({ id, label: 'Enterprise', name: `Keyset enterprise ${pad(i)}`, sources: [SOURCE] });
    links.push({ type: 'ACTIVE_IN', from: id, to: SECTOR, sources: [SOURCE] });
    links.push({ type: 'LOCATED_IN', from: id, to: VILLAGE, sources: [SOURCE] });
  }
  return { format: 'helixgraph-dataset', version: 1, sources: [{ id: SOURCE, title: 'Keyset cursor fixture' }], nodes, links };
}

beforeAll(async () => {
  server = await startTestServer();
  // Enterprises 10, 12, …, 68: room before and between them for the ones added while paging.
  await importDataset(server.app.db.executor, dataset(Array.from({ length: 30 }, (_, i) => 10 + 2 * i)), 'keyset fixture');
});
afterAll(async () => {
  await server.app.db.executor.runText('MATCH (n:Entity) WHERE n.id STARTS WITH $p DETACH DELETE n', { p: PREFIX });
  await server.stop();
});

const LIST = `query ($after: String, $sector: ID!) {
  actors(first: 7, after: $after, filter: { sectorIds: [$sector] }) { pageInfo { hasNextPage endCursor } nodes { id } }
}`;
const RELATION = `query ($after: String, $village: ID!) {
  node(id: $village) { ... on CraftVillage { enterprises(first: 7, after: $after) { pageInfo { hasNextPage endCursor } nodes { id } } } }
}`;

/** Pages through a list to its end, calling `between` after the first page. */
async function pageThrough(read: (after: string | null) => Promise<{ pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: Array<{ id: string }> }>, between: () => Promise<void>) {
  const seen: string[] = [];
  let after: string | null = null;
  for (let page = 0; page < 20; page++) {
    const conn = await read(after);
    seen.push(...conn.nodes.map((n) => n.id));
    if (page === 0) await between();
    if (!conn.pageInfo.hasNextPage) return seen;
    after = conn.pageInfo.endCursor;
  }
  throw new Error('did not reach the end in 20 pages');
}

async function writeBeforeTheCursor(): Promise<void> {
  // Three new enterprises that sort before everything read so far, and one read removed.
  await importDataset(server.app.db.executor, dataset([1, 2, 3]), 'keyset additions');
  await server.app.db.executor.runText('MATCH (n:Entity {id: $id}) DETACH DELETE n', { id: `${PREFIX}ent:12` });
}

async function restore(): Promise<void> {
  await server.app.db.executor.runText('MATCH (n:Entity) WHERE n.id IN $ids DETACH DELETE n', { ids: [1, 2, 3].map((i) => `${PREFIX}ent:${pad(i)}`) });
  await importDataset(server.app.db.executor, dataset([12]), 'keyset restore');
}

const original = Array.from({ length: 30 }, (_, i) => `${PREFIX}ent:${pad(10 + 2 * i)}`);

describe('keyset cursors', () => {
  it('page a root list without skipping or repeating while entities are added and removed before the cursor', async () => {
    const seen = await pageThrough(async (after) => (await server.ok(LIST, { after, sector: SECTOR })).actors, writeBeforeTheCursor);
    await restore();
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual(original);
  });

  it('page a relationship list the same way', async () => {
    const seen = await pageThrough(async (after) => (await server.ok(RELATION, { after, village: VILLAGE })).node.enterprises, writeBeforeTheCursor);
    await restore();
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual(original);
  });

  it('refuse a cursor of the same list in another order, and a relationship cursor on a list', async () => {
    const byName = (await server.ok(LIST, { after: null, sector: SECTOR })).actors.pageInfo.endCursor;
    const other = await server.gql(`query ($after: String) { actors(first: 2, after: $after, orderBy: { field: DATE }) { nodes { id } } }`, { after: byName });
    expect(other.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(other.errors?.[0].message).toContain('sorted by NAME ASC');
    const relationCursor = (await server.ok(RELATION, { after: null, village: VILLAGE })).node.enterprises.pageInfo.endCursor;
    const mixed = await server.gql(LIST, { after: relationCursor, sector: SECTOR });
    expect(mixed.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
