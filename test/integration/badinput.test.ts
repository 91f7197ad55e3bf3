import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startTestServer, type TestServer } from '../helpers/server';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.stop();
});

describe('bad input', () => {
  it('gives null for an unknown id', async () => {
    const res = await server.gql('{ node(id: "org:does-not-exist") { id } }');
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ node: null });
  });

  it.each([
    ['first: 0', 0],
    ['first: 101', 101],
    ['first: -5', -5],
  ])('refuses %s with BAD_USER_INPUT naming first and its range, before any Cypher', async (_label, first) => {
    const res = await server.gql('query ($first: Int) { actors(first: $first) { nodes { id } } }', { first });
    expect(res.errors).toHaveLength(1);
    expect(res.errors![0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors![0].message).toContain('"first"');
    expect(res.errors![0].message).toContain('from 1 to 100');
    expect(res.extensions!.queryStats!.roundTrips).toBe(0);
  });

  it.each(['not-a-cursor', 'aGcxOjE=x', '', 'aGcxOi0x'])('refuses the malformed cursor %j with BAD_USER_INPUT', async (after) => {
    const res = await server.gql('query ($after: String) { actors(first: 5, after: $after) { nodes { id } } }', { after });
    expect(res.errors![0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors![0].message).toContain('"after"');
    expect(res.extensions!.queryStats!.roundTrips).toBe(0);
  });

  it('refuses a bad first on a nested connection too', async () => {
    const res = await server.gql('{ node(id: "project:ntbic-craft-villages-2020") { ... on Project { events(first: 1000) { nodes { id } } } } }');
    expect(res.errors![0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors![0].path).toEqual(['node', 'events']);
  });

  it('refuses a date filter of the wrong form', async () => {
    const res = await server.gql('{ events(filter: { dateFrom: "August 2020" }) { nodes { id } } }');
    expect(res.errors![0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors![0].message).toContain('filter.dateFrom');
    expect(res.extensions!.queryStats!.roundTrips).toBe(0);
  });

  it('refuses a search with nothing to search for, and keeps Lucene syntax out of the query', async () => {
    const empty = await server.gql('{ search(query: "  ***  ") { nodes { score } } }');
    expect(empty.errors![0].extensions?.code).toBe('BAD_USER_INPUT');
    const hostile = await server.gql('{ search(query: "bat) OR name:* AND \\"trang") { nodes { node { id } } } }');
    expect(hostile.errors).toBeUndefined();
  });

  it('refuses an enum value that does not exist, naming it', async () => {
    const res = await server.gql('{ actors(filter: { kinds: [STARTUP] }) { nodes { id } } }');
    expect(res.status).toBe(400);
    expect(res.errors![0].message).toContain('STARTUP');
  });
});
