import { afterAll, describe, expect, inject, it } from 'vitest';

import { createDriver } from '../../src/db/database';
import { loadCypher } from '../../src/db/cypher';
import { Executor } from '../../src/db/executor';
import { TimeoutError } from '../../src/errors';
import { formatError } from '../../src/server/errors';
import { startTestServer } from '../helpers/server';

describe('the per-client budget', () => {
  it('charges each query its node estimate, answers with RateLimit headers, and refuses with 429 past the budget', async () => {
    const server = await startTestServer({ HELIXGRAPH_RATE_LIMIT: '100', HELIXGRAPH_LOAD_DATASET: 'false' });
    try {
      const send = () =>
        fetch(server.app.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ actors(first: 40) { nodes { id } } }' }) });
      const first = await send();
      expect(first.status).toBe(200);
      expect(first.headers.get('ratelimit-limit')).toBe('100');
      expect(Number(first.headers.get('ratelimit-remaining'))).toBe(60);
      await send();
      const third = await send();
      expect(third.status).toBe(429);
      expect(Number(third.headers.get('retry-after'))).toBeGreaterThan(0);
      const body = (await third.json()) as any;
      expect(body.errors[0].extensions.code).toBe('RATE_LIMITED');
      expect(body.extensions.queryStats.roundTrips).toBe(0);
    } finally {
      await server.stop();
    }
  });
});

describe('production mode', () => {
  it('hides field suggestions and stack traces, and can turn introspection off', async () => {
    const server = await startTestServer({ NODE_ENV: 'production', HELIXGRAPH_INTROSPECTION: 'false', HELIXGRAPH_LOAD_DATASET: 'false' });
    try {
      const typo = await server.gql('{ actorz { nodes { id } } }');
      expect(typo.errors![0].message).not.toMatch(/Did you mean/);
      const bad = await server.gql('{ actors(first: 0) { nodes { id } } }');
      expect(bad.errors![0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(bad.errors![0].extensions?.stacktrace).toBeUndefined();
      const introspection = await server.gql('{ __schema { queryType { name } } }');
      expect(introspection.errors![0].message).toMatch(/introspection/i);
    } finally {
      await server.stop();
    }
  });

  it('answers an internal error without its message, Cypher or hosts', () => {
    const format = formatError(true);
    const masked = format(
      { message: 'Neo.ClientError.Statement.SyntaxError: Invalid input near MATCH (n:Entity) at bolt://10.0.0.5:7687', extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at x'] }, path: ['actors'] },
    );
    expect(masked).toEqual({ message: 'Internal server error; the server log has the details (quote the requestId).', path: ['actors'], locations: undefined, extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  });
});

describe('the transaction timeout', () => {
  const driver = createDriver(inject('neo4jUri'));
  afterAll(() => driver.close());

  it('ends a slow query with TIMEOUT, and its transaction is gone from the server', async () => {
    const db = new Executor(driver, loadCypher(), { database: 'neo4j', timeoutMs: 500 });
    const started = Date.now();
    const err = await db.runText('UNWIND range(1, 1000000000) AS x WITH x WHERE x % 7 = 0 RETURN count(x) AS n', {}, 'READ').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TimeoutError);
    expect((err as TimeoutError).extensions.code).toBe('TIMEOUT');
    expect(Date.now() - started).toBeLessThan(30_000);
    const { records } = await driver.executeQuery('SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery STARTS WITH "UNWIND range(1, 1000000000)" RETURN count(*) AS n');
    expect(records[0].get('n')).toBe(0);
  });
});
