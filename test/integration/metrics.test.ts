import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { MAX_OPERATION_NAMES } from '../../src/server/metricsPlugin';
import { startTestServer, type TestServer } from '../helpers/server';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ HELIXGRAPH_LOAD_DATASET: 'false' });
});
afterAll(async () => {
  await server.stop();
});

async function metrics(): Promise<string> {
  const res = await fetch(`${server.base}/metrics`);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  return res.text();
}

/** The value of one series, or 0 when it has not been written. */
function value(text: string, series: string): number {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line ? Number(line.slice(series.length + 1)) : 0;
}

describe('GET /metrics', () => {
  it('counts requests by operation and outcome, with their latency and round trips', async () => {
    const before = await metrics();
    for (let i = 0; i < 3; i++) expect((await server.gql('query MetricsProbe { actors(first: 2) { nodes { id } } }')).errors).toBeUndefined();
    const after = await metrics();
    const ok = 'helixgraph_graphql_requests_total{operation="MetricsProbe",outcome="ok"}';
    expect(value(after, ok) - value(before, ok)).toBe(3);
    expect(value(after, 'helixgraph_graphql_request_duration_seconds_count{operation="MetricsProbe",outcome="ok"}')).toBe(3);
    // Each of the three requests read one page: at least one statement each.
    expect(value(after, 'helixgraph_neo4j_round_trips_sum{operation="MetricsProbe"}')).toBeGreaterThanOrEqual(3);
  });

  it('counts errors by their code, and the request as an error', async () => {
    const before = await metrics();
    const res = await server.gql('query MetricsBad { search(query: "!!!") { totalCount } }');
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const after = await metrics();
    expect(value(after, 'helixgraph_graphql_errors_total{code="BAD_USER_INPUT"}') - value(before, 'helixgraph_graphql_errors_total{code="BAD_USER_INPUT"}')).toBe(1);
    expect(value(after, 'helixgraph_graphql_requests_total{operation="MetricsBad",outcome="error"}')).toBe(1);
  });

  it('keeps the number of series bounded whatever operation names clients send', async () => {
    for (let i = 0; i < MAX_OPERATION_NAMES + 5; i++) await server.gql(`query Flood${i} { __typename }`);
    await server.gql('query { __typename }');
    const text = await metrics();
    const names = new Set([...text.matchAll(/helixgraph_graphql_requests_total\{operation="([^"]+)"/g)].map((m) => m[1]));
    expect(names.size).toBeLessThanOrEqual(MAX_OPERATION_NAMES + 2);
    expect(names.has('other')).toBe(true);
    expect(names.has('anonymous')).toBe(true);
  });

  it('exposes the process metrics', async () => {
    const text = await metrics();
    expect(text).toMatch(/^helixgraph_process_cpu_user_seconds_total \d/m);
    expect(text).toMatch(/^helixgraph_nodejs_eventloop_lag_seconds \d/m);
  });

  it('needs a key when reads need one', async () => {
    const closed = await startTestServer({ HELIXGRAPH_LOAD_DATASET: 'false', HELIXGRAPH_READ_ACCESS: 'key', HELIXGRAPH_API_KEYS: 'reader:metrics-reader-key-0123456789' });
    try {
      expect((await fetch(`${closed.base}/metrics`)).status).toBe(401);
      expect((await fetch(`${closed.base}/metrics`, { headers: { authorization: 'Bearer metrics-reader-key-0123456789' } })).status).toBe(200);
    } finally {
      await closed.stop();
    }
  });
});
