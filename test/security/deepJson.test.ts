import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { MAX_JSON_DEPTH } from '../../src/server/jsonDepth';
import { startTestServer, type TestServer } from '../helpers/server';

const EDITOR = 'editor-key-deep-0123456789abcdef';
let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ HELIXGRAPH_API_KEYS: `editor:${EDITOR}`, HELIXGRAPH_LOAD_DATASET: 'false' });
});
afterAll(() => server.stop());

/** An upsertEntity request whose body nests `depth` levels in all (the body is level 1). */
function upsertNested(depth: number): string {
  // The body is level 1, variables level 2: the value of p adds the rest.
  let value = '1';
  for (let i = 0; i < depth - 2; i++) value = `{"a":${value}}`;
  const query = 'mutation ($p: JSONObject!) { upsertEntity(input: { id: "test:deep:e", label: ENTERPRISE, name: "Deep", properties: $p, sourceIds: ["test:deep:src"] }) { outcome } }';
  return `{"query":${JSON.stringify(query)},"variables":{"p":${value}}}`;
}

const post = async (body: string) => {
  const res = await fetch(`${server.base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${EDITOR}` }, body });
  return { status: res.status, ...((await res.json()) as { errors?: Array<{ message: string; extensions?: Record<string, unknown> }> }) };
};

describe('deeply nested JSON in a request body', () => {
  it('is refused with a 400 naming the nesting limit, 5,000 levels deep', async () => {
    const res = await post(upsertNested(5000));
    expect(res.status).toBe(400);
    expect(res.errors).toEqual([
      { message: `The request body nests objects or arrays more than ${MAX_JSON_DEPTH} levels deep; at most ${MAX_JSON_DEPTH} are accepted.`, extensions: { code: 'BAD_REQUEST' } },
    ]);
  });

  it(`is refused one level past the limit and read at the limit (${MAX_JSON_DEPTH} levels)`, async () => {
    expect((await post(upsertNested(MAX_JSON_DEPTH + 1))).status).toBe(400);
    const atLimit = await post(upsertNested(MAX_JSON_DEPTH));
    expect(atLimit.status).toBe(200);
    // Read and judged like any other input: `a` is not a property of an enterprise.
    expect(atLimit.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
