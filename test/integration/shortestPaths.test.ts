import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startTestServer, type TestServer } from '../helpers/server';

/**
 * shortestPath(all: true) answers distinct sequences of entities: parallel relationships between
 * two entities do not multiply the paths (an outside check found one path per combination of them,
 * the duplicates using up the 100-path cap). The founding dataset's one parallel pair is the Nam Ô
 * fish sauce association, which both SUPPORTS and is LOCATED_IN its village; this file adds a chain
 * of five organizations joined hop by hop by all four actor–actor types (4^4 = 256 combinations).
 */

const EDITOR = 'shortest-paths-editor-key-0123456789';
const P = 'test:sp17:';
const LINK = `mutation ($input: LinkInput!) { link(input: $input) { outcome } }`;
const UPSERT = `mutation ($input: EntityInput!) { upsertEntity(input: $input) { outcome } }`;
const CHAIN = [0, 1, 2, 3, 4].map((i) => `${P}org${i}`);
const PATHS = `query ($from: ID!, $to: ID!) { shortestPath(from: $from, to: $to, all: true) { length truncated paths { nodes { id } links { type direction } } } }`;

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ HELIXGRAPH_API_KEYS: `editor:${EDITOR}`, HELIXGRAPH_RATE_LIMIT: '0' });
  const source = { newSources: [{ id: `${P}src`, title: 'Shortest paths test source' }] };
  for (const [i, id] of CHAIN.entries()) {
    await server.ok(UPSERT, { input: { id, label: 'SUPPORT_ORGANIZATION', name: `Path test organization ${i}`, ...(i === 0 ? source : { sourceIds: [`${P}src`] }) } }, EDITOR);
  }
  for (let i = 1; i < CHAIN.length; i++) {
    for (const type of ['PART_OF', 'FUNDS', 'SUPPORTS', 'PARTNERS_WITH']) {
      await server.ok(LINK, { input: { type, from: CHAIN[i - 1], to: CHAIN[i], sourceIds: [`${P}src`] } }, EDITOR);
    }
  }
});
afterAll(async () => {
  await server.app.db.executor.runText('MATCH (n) WHERE n.id STARTS WITH $p DETACH DELETE n', { p: P }, 'WRITE');
  await server.stop();
});

describe('shortestPath(all: true)', () => {
  it('gives the Nam Ô association one path to Đà Nẵng through its village, not one per relationship to the village', async () => {
    const data = await server.ok(PATHS, { from: 'org:nam-o-fish-sauce-association', to: 'province:da-nang' });
    expect(data.shortestPath).toEqual({
      length: 2,
      truncated: false,
      paths: [
        {
          nodes: [{ id: 'org:nam-o-fish-sauce-association' }, { id: 'village:nam-o' }, { id: 'province:da-nang' }],
          // LOCATED_IN sorts before SUPPORTS.
          links: [
            { type: 'LOCATED_IN', direction: 'OUT' },
            { type: 'LOCATED_IN', direction: 'OUT' },
          ],
        },
      ],
    });
  });

  it('answers one path along a chain whose four hops each have four parallel relationships, and does not call it truncated', async () => {
    const data = await server.ok(PATHS, { from: CHAIN[0], to: CHAIN[4] });
    expect(data.shortestPath).toEqual({
      length: 4,
      truncated: false,
      paths: [{ nodes: CHAIN.map((id) => ({ id })), links: CHAIN.slice(1).map(() => ({ type: 'FUNDS', direction: 'OUT' })) }],
    });
  });
});
