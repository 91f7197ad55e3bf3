import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startTestServer, type TestServer } from '../helpers/server';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.stop();
});

describe('the GraphQL server', () => {
  it('answers {__typename} with Query', async () => {
    const res = await server.gql('{ __typename }');
    expect(res.status).toBe(200);
    expect(res.data).toEqual({ __typename: 'Query' });
  });

  it('is alive at /health and ready at /ready while Neo4j answers', async () => {
    const health = await fetch(`${server.base}/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${server.base}/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ready', neo4j: 'up' });
  });

  it('writes through Bolt and reads the write back', async () => {
    const id = `test:bolt:${Date.now()}`;
    const db = server.app.db.executor;
    await db.runText('CREATE (:BoltProbe {id: $id, value: $value})', { id, value: 'written' });
    const rows = await db.runText('MATCH (p:BoltProbe {id: $id}) RETURN p.value AS value', { id }, 'READ');
    expect(rows).toEqual([{ value: 'written' }]);
    await db.runText('MATCH (p:BoltProbe {id: $id}) DELETE p', { id });
  });

  it('records each migration once', async () => {
    const rows = await server.app.db.executor.runText('MATCH (m:Migration) RETURN m.id AS id ORDER BY id', {}, 'READ');
    // Every file of cypher/migrations, once each, in order (006 is the change log of issue 18).
    expect(rows.map((r) => r.id)).toEqual(['001_constraints', '002_indexes', '003_search', '004_sort_name', '005_source_sort_name', '006_change_log']);
  });

  it('answers a malformed document with GRAPHQL_PARSE_FAILED', async () => {
    const res = await server.gql('{ actors(first: 2 { nodes { id } } }');
    expect(res.status).toBe(400);
    expect(res.errors?.[0].extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('answers an unknown field with GRAPHQL_VALIDATION_FAILED', async () => {
    const res = await server.gql('{ actors { nodes { salary } } }');
    expect(res.status).toBe(400);
    expect(res.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});
