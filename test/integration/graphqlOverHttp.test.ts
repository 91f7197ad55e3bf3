import { auditServer } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startTestServer, type TestServer } from '../helpers/server';

/**
 * The GraphQL-over-HTTP spec, as the npm `graphql-http` package audits servers, against a
 * production server: no MUST and no SHOULD may fail (MAY items are notices). Also: unknown paths
 * answer a JSON 404, never Express's HTML page.
 */
let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ NODE_ENV: 'production', HELIXGRAPH_LOAD_DATASET: 'false' });
});
afterAll(async () => {
  await server.stop();
});

describe('the GraphQL-over-HTTP audit', () => {
  it('reports no MUST and no SHOULD failure against a production server', async () => {
    const results = await auditServer({ url: server.app.url });
    const failures = await Promise.all(
      results.filter((r) => r.status !== 'ok').map(async (r) => ({ status: r.status, name: r.name, reason: 'reason' in r ? r.reason : '' })),
    );
    const count = (status: string) => results.filter((r) => r.status === status).length;
    console.log(`graphql-http audit: ${results.length} audits, ${count('ok')} ok, ${count('notice')} notices (MAY), ${count('warn')} warnings (SHOULD), ${count('error')} errors (MUST)`);
    for (const f of failures) console.log(`  ${f.status}: ${f.name} — ${f.reason}`);
    expect(failures.filter((f) => f.status === 'error' || f.status === 'warn')).toEqual([]);
  });
});

describe('status codes of refused documents', () => {
  const send = (query: string, accept?: string, variables?: Record<string, unknown>) =>
    fetch(server.app.url, { method: 'POST', headers: { 'content-type': 'application/json', ...(accept ? { accept } : {}) }, body: JSON.stringify({ query, variables }) });

  it('answers 200 with the errors to a client that asks for application/json', async () => {
    for (const [query, variables, code] of [
      ['{', undefined, 'GRAPHQL_PARSE_FAILED'],
      ['{ nope }', undefined, 'GRAPHQL_VALIDATION_FAILED'],
      ['query ($n: Int) { actors(first: $n) { totalCount } }', { n: 'many' }, 'BAD_USER_INPUT'],
    ] as const) {
      const res = await send(query, 'application/json', variables);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^application\/json/);
      const body = (await res.json()) as any;
      expect(body.data).toBeUndefined();
      expect(body.errors[0].extensions.code).toBe(code);
    }
  });

  it('keeps 400 for application/graphql-response+json, a wildcard or no Accept header', async () => {
    for (const accept of ['application/graphql-response+json', 'application/graphql-response+json, application/json;q=0.9', '*/*', undefined]) {
      expect((await send('{ nope }', accept)).status).toBe(400);
    }
  });

  it('keeps the status of limits that are not GraphQL request errors', async () => {
    const res = await send('{ actors(first: 99999999) { nodes { id } } }', 'application/json');
    expect(res.status).toBe(400);
    expect(((await res.json()) as any).errors[0].extensions.code).toBe('QUERY_TOO_COSTLY');
  });
});

describe('unknown paths', () => {
  it('answer a JSON 404 naming the path', async () => {
    for (const path of ['/nope', '/api/v1/actors', '/graphql/extra']) {
      const res = await fetch(`${server.base}${path}`, { headers: { accept: 'text/html' } });
      expect(res.status).toBe(404);
      expect(res.headers.get('content-type')).toMatch(/^application\/json/);
      expect(await res.json()).toEqual({
        errors: [{ message: `No route for GET ${path}; helixgraph serves /graphql, /export, /health, /ready and the explorer at /.`, extensions: { code: 'NOT_FOUND' } }],
      });
    }
    const post = await fetch(`${server.base}/nope`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(post.status).toBe(404);
    expect(((await post.json()) as any).errors[0].extensions.code).toBe('NOT_FOUND');
  });
});
