import { Neo4jError } from 'neo4j-driver';
import { afterAll, describe, expect, inject, it } from 'vitest';

import { createDriver } from '../../src/db/database';
import { loadCypher } from '../../src/db/cypher';
import { Executor } from '../../src/db/executor';

/**
 * Reads start without neo4j-driver's per-result call-site stack (src/db/executor.ts
 * withoutCallSite): the stack limit is put back, and a driver error that goes on unmapped still
 * says where it came from.
 */
describe('driver errors of reads', () => {
  const driver = createDriver(inject('neo4jUri'));
  afterAll(() => driver.close());
  const db = new Executor(driver, loadCypher(), { database: 'neo4j', timeoutMs: 10_000 });

  it('name the statement that failed, and leave the stack trace limit as it was', async () => {
    const limit = Error.stackTraceLimit;
    expect(await db.readCompiled('compiled/probe', 'RETURN $x AS x', { x: 1 }, true)).toEqual([{ x: 1 }]);
    const err = await db.readCompiled('compiled/probe', 'RETURN 1 +', {}, true).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Neo4jError);
    expect((err as Neo4jError).code).toBe('Neo.ClientError.Statement.SyntaxError');
    expect((err as Error).stack).toMatch(/^Neo4jError: [\s\S]*\n {4}at Cypher statement compiled\/probe$/);
    expect(Error.stackTraceLimit).toBe(limit);
    expect(new Error('x').stack).toMatch(/\n {4}at /);
  });
});
