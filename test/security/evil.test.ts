import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startTestServer, type TestServer } from '../helpers/server';

/**
 * The evil-query suite: documents built to exhaust a GraphQL server. Each must be refused with a
 * clear error before any Cypher runs (the response's queryStats.roundTrips stays 0).
 * Run alone with `npm run proof:evil`.
 */
let server: TestServer;
const tally: Array<{ name: string; status: number; code: string; roundTrips: number | undefined }> = [];

beforeAll(async () => {
  server = await startTestServer({ HELIXGRAPH_LOAD_DATASET: 'false' });
});
afterAll(async () => {
  await server.stop();
  const refused = tally.filter((t) => t.code && (t.roundTrips ?? 0) === 0).length;
  console.log(`evil queries: ${tally.length} sent, ${refused} refused before any Cypher`);
  console.table(tally);
});

async function post(body: string, contentType = 'application/json') {
  const res = await fetch(server.app.url, { method: 'POST', headers: { 'content-type': contentType }, body });
  const text = await res.text();
  let json: any = {};
  try {
    json = JSON.parse(text);
  } catch {
    json = { raw: text };
  }
  return { status: res.status, json };
}

async function refused(name: string, body: string, code: string | RegExp, message?: RegExp) {
  const { status, json } = await post(body);
  const error = json.errors?.[0] ?? {};
  const roundTrips = json.extensions?.queryStats?.roundTrips;
  tally.push({ name, status, code: error.extensions?.code, roundTrips });
  // Refused before execution: 4xx. Refused by a resolver's argument check: 200 with an error
  // (GraphQL over HTTP), and still no Cypher.
  expect(error.extensions?.code === 'BAD_USER_INPUT' ? status === 200 : status >= 400).toBe(true);
  expect(status).toBeLessThan(500);
  if (typeof code === 'string') expect(error.extensions?.code).toBe(code);
  else expect(String(error.extensions?.code)).toMatch(code);
  if (message) expect(error.message).toMatch(message);
  expect(roundTrips ?? 0).toBe(0);
  expect(JSON.stringify(json)).not.toMatch(/MATCH|neo4j|bolt:|\n\s+at /i);
}

const q = (query: string, variables?: Record<string, unknown>) => JSON.stringify({ query, variables });

describe('the evil-query suite', () => {
  it('refuses deep nesting', async () => {
    let inner = 'id';
    for (let i = 0; i < 20; i++) inner = `... on Actor { children { nodes { ${inner} } } }`;
    await refused('deep nesting', q(`{ node(id: "org:most") { ${inner} } }`), 'GRAPHQL_VALIDATION_FAILED', /depth limit of 12 exceeded/);
  });

  it('refuses an alias flood', async () => {
    const aliases = Array.from({ length: 100 }, (_, i) => `a${i}: node(id: "org:most") { id }`).join(' ');
    await refused('alias flood', q(`{ ${aliases} }`), 'GRAPHQL_VALIDATION_FAILED', /Aliases limit of 15 exceeded/);
  });

  it('refuses batched requests', async () => {
    await refused('batched array', JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]), 'BAD_REQUEST', /batch/i);
  });

  it('refuses a fragment bomb', async () => {
    const fragments = [`fragment F0 on Query { actors(first: 100) { nodes { id } } }`];
    for (let i = 1; i <= 30; i++) fragments.push(`fragment F${i} on Query { ...F${i - 1} ...F${i - 1} }`);
    await refused('fragment bomb', q(`{ ...F30 } ${fragments.join(' ')}`), 'QUERY_TOO_COSTLY', /limit is 50000/);
  });

  it('refuses a fragment cycle', async () => {
    await refused('fragment cycle', q('{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }'), 'GRAPHQL_VALIDATION_FAILED', /Cannot spread fragment/);
  });

  it('refuses first: 99999999, literal or in a variable', async () => {
    await refused('first: 99999999', q('{ actors(first: 99999999) { nodes { id } } }'), 'QUERY_TOO_COSTLY');
    await refused('first in a variable', q('query ($n: Int) { actors(first: $n) { nodes { id } } }', { n: 99999999 }), 'QUERY_TOO_COSTLY');
  });

  it('refuses nested pages that multiply beyond the node limit', async () => {
    await refused(
      'nested pages',
      q('{ actors(first: 100) { nodes { children(first: 100) { nodes { ... on Actor { partners(first: 100) { nodes { id } } } } } } } }'),
      'QUERY_TOO_COSTLY',
    );
  });

  it('refuses a body larger than the limit', async () => {
    await refused('huge body', q(`{ search(query: "${'a'.repeat(200_000)}") { nodes { score } } }`), 'PAYLOAD_TOO_LARGE');
  });

  it('refuses a huge string argument within the body limit', async () => {
    await refused('huge string', q('query ($s: String!) { search(query: $s) { nodes { score } } }', { s: 'bat trang '.repeat(5000) }), 'BAD_USER_INPUT', /at most 200 characters/);
  });

  it('refuses a token flood', async () => {
    await refused('token flood', q(`{ ${'__typename '.repeat(5000)} }`), /GRAPHQL_(PARSE|VALIDATION)_FAILED/, /more tha[nt] 3000 tokens/);
  });

  it('refuses a directive flood', async () => {
    await refused('directive flood', q(`{ __typename ${'@include(if: true) '.repeat(50)} }`), 'GRAPHQL_VALIDATION_FAILED', /Directives limit of 10 exceeded/);
  });

  it('refuses deep introspection', async () => {
    let inner = 'name';
    for (let i = 0; i < 15; i++) inner = `ofType { ${inner} }`;
    await refused('deep introspection', q(`{ __schema { types { fields { type { ${inner} } } } } }`), 'GRAPHQL_VALIDATION_FAILED', /depth limit/);
  });

  it('refuses a body that is not JSON', async () => {
    await refused('not JSON', '{"query": "{ __typename }"', 'BAD_REQUEST', /not valid JSON/);
  });

  it('still answers a normal query after all that', async () => {
    const res = await server.gql('{ __typename }');
    expect(res.data).toEqual({ __typename: 'Query' });
  });
});
