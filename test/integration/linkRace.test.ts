import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startTestServer, type TestServer } from '../helpers/server';

const EDITOR = 'editor-key-race-0123456789abcdef';
const P = 'test:race:';
const CONCURRENT = 12;
let server: TestServer;

const UPSERT = `mutation ($input: EntityInput!) { upsertEntity(input: $input) { outcome } }`;
const LINK = `mutation ($input: LinkInput!) { link(input: $input) { outcome } }`;

beforeAll(async () => {
  server = await startTestServer({ HELIXGRAPH_API_KEYS: `editor:${EDITOR}`, HELIXGRAPH_RATE_LIMIT: '0' });
  const source = { id: `${P}src`, title: 'Concurrent link test source' };
  expect((await server.gql(UPSERT, { input: { id: `${P}ent`, label: 'ENTERPRISE', name: 'Race enterprise', newSources: [source] } }, EDITOR)).errors).toBeUndefined();
  for (let i = 0; i < 3; i++) {
    const res = await server.gql(UPSERT, { input: { id: `${P}sector${i}`, label: 'SECTOR', name: `Race sector ${i}`, sourceIds: [source.id] } }, EDITOR);
    expect(res.errors).toBeUndefined();
  }
});
afterAll(async () => {
  await server.app.db.executor.runText('MATCH (n) WHERE n.id STARTS WITH $p DETACH DELETE n', { p: P });
  await server.stop();
});

describe('concurrent link mutations for the same relationship', () => {
  it.each([0, 1, 2])('answer CREATED exactly once and UNCHANGED for the others, and leave one relationship (round %i)', async (i) => {
    const input = { type: 'ACTIVE_IN', from: `${P}ent`, to: `${P}sector${i}`, sourceIds: [`${P}src`] };
    const answers = await Promise.all(Array.from({ length: CONCURRENT }, () => server.gql(LINK, { input }, EDITOR)));
    expect(answers.map((a) => a.errors)).toEqual(Array(CONCURRENT).fill(undefined));
    const outcomes = answers.map((a) => (a.data as { link: { outcome: string } }).link.outcome).sort();
    expect(outcomes).toEqual(['CREATED', ...Array(CONCURRENT - 1).fill('UNCHANGED')]);
    const [row] = await server.app.db.executor.runText('MATCH (:Entity {id: $from})-[r:ACTIVE_IN]->(:Entity {id: $to}) RETURN count(r) AS n', input, 'READ');
    expect(row.n).toBe(1);
  });
});
