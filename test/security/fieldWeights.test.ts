import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startTestServer, type TestServer } from '../helpers/server';

/**
 * The per-client budget charges the analytics fields their declared work (src/server/fieldWeights.ts),
 * not the ~1 of their node estimate: gaps rebuilds the actor network on every request, and 50
 * clients asking for it never met the budget.
 */

const GAPS = '{ gaps { unreachedEnterprises { id } } }';
const CHEAP = '{ actors(first: 5) { nodes { id } } }';

let server: TestServer;

const send = (query: string) => fetch(server.app.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });

/** What gaps costs once the server has read the graph's version: one a node, at least 10,000. */
let charge: number;

beforeAll(async () => {
  // The suite's Neo4j holds what earlier test files left, so the store's size is read first
  // (through a server, which loads the founding dataset into an empty store).
  const probe = await startTestServer();
  const [version] = await probe.app.db.executor.read('analytics/getGraphVersion');
  await probe.stop();
  charge = Math.max(10_000, Number(version.nodes));
  server = await startTestServer({ HELIXGRAPH_RATE_LIMIT: String(10_000 + charge + 5_000) });
});
afterAll(async () => {
  await server.stop();
});

describe('the per-client budget and the analytics fields', () => {
  it('charges gaps 10,000 before it knows the store, then one a node of it (at least 10,000): a third time within the minute gets RATE_LIMITED (429), and a cheap query still passes', async () => {
    const first = await send(GAPS);
    expect(first.status).toBe(200);
    expect(((await first.json()) as any).errors).toBeUndefined();
    expect(Number(first.headers.get('ratelimit-remaining'))).toBe(charge + 5_000);
    const second = await send(GAPS);
    expect(second.status).toBe(200);
    // The budget refills continuously (a minute's worth over 60 s): a few seconds' refill at most.
    const remaining = Number(second.headers.get('ratelimit-remaining'));
    expect(remaining).toBeGreaterThanOrEqual(5_000);
    expect(remaining).toBeLessThan(5_000 + ((10_000 + charge + 5_000) / 60) * 5);
    const third = await send(GAPS);
    expect(third.status).toBe(429);
    expect(Number(third.headers.get('retry-after'))).toBeGreaterThan(0);
    const body = (await third.json()) as any;
    expect(body.errors[0].extensions).toMatchObject({ code: 'RATE_LIMITED', cost: charge });
    expect(body.extensions.queryStats.roundTrips).toBe(0);
    const cheap = await send(CHEAP);
    expect(cheap.status).toBe(200);
    const answer = (await cheap.json()) as any;
    expect(answer.errors).toBeUndefined();
    expect(answer.data.actors.nodes).toHaveLength(5);
  });

  it('charges no query more than a whole minute\'s budget, so a budget below a field\'s weight still lets it run once a minute', async () => {
    const small = await startTestServer({ HELIXGRAPH_RATE_LIMIT: '5000', HELIXGRAPH_LOAD_DATASET: 'false' });
    try {
      const post = () => fetch(small.app.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: GAPS }) });
      const first = await post();
      expect(first.status).toBe(200);
      expect(Number(first.headers.get('ratelimit-remaining'))).toBe(0);
      expect((await post()).status).toBe(429);
    } finally {
      await small.stop();
    }
  });
});
