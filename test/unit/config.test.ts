import { describe, expect, it } from 'vitest';

import { ConfigError, loadConfig } from '../../src/config';

describe('loadConfig', () => {
  it('defaults to an embedded Neo4j and port 4000 on loopback', () => {
    const c = loadConfig({}, '/srv/app');
    expect(c.port).toBe(4000);
    expect(c.host).toBe('127.0.0.1');
    expect(c.neo4j).toMatchObject({ mode: 'embedded', boltPort: 7687, dataDir: '/srv/app/.neo4j/data', pageCacheBytes: 256 * 1024 ** 2 });
  });

  it('selects an external Neo4j with NEO4J_URI', () => {
    const c = loadConfig({ NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io', NEO4J_USER: 'neo4j', NEO4J_PASSWORD: 'pw', NEO4J_DATABASE: 'graph' });
    expect(c.neo4j).toEqual({ mode: 'external', uri: 'neo4j+s://abc.databases.neo4j.io', user: 'neo4j', password: 'pw', database: 'graph' });
  });

  it.each([
    [{ PORT: 'abc' }, 'Invalid PORT="abc": expected an integer port from 0 to 65535 (0 = any free port)'],
    [{ PORT: '70000' }, 'Invalid PORT="70000"'],
    [{ NEO4J_URI: 'ftp://x' }, 'Invalid NEO4J_URI="ftp://x": expected a Neo4j URI such as bolt://localhost:7687'],
    [{ NEO4J_PAGECACHE: '-1g' }, 'Invalid NEO4J_PAGECACHE="-1g": expected a size of at least 8m'],
    [{ NEO4J_HEAP: 'lots' }, 'Invalid NEO4J_HEAP="lots"'],
    [{ NEO4J_EMBEDDED_PORT: '-1' }, 'Invalid NEO4J_EMBEDDED_PORT="-1"'],
    [{ HELIXGRAPH_LOAD_DATASET: 'maybe' }, 'Invalid HELIXGRAPH_LOAD_DATASET="maybe": expected true or false'],
    [{ NEO4J_DATABASE: 'x' }, 'Invalid NEO4J_DATABASE="x"'],
    [{ NEO4J_URI: 'bolt://h:7687', NEO4J_USER: 'neo4j' }, 'Invalid NEO4J_PASSWORD'],
    [{ HELIXGRAPH_REDIS_URL: 'localhost:6379' }, 'Invalid HELIXGRAPH_REDIS_URL="localhost:6379": expected a Redis URL such as redis://127.0.0.1:6379'],
    [{ HELIXGRAPH_REDIS_URL: 'http://redis:6379' }, 'Invalid HELIXGRAPH_REDIS_URL="http://redis:6379"'],
    [{ HELIXGRAPH_REDIS_URL: 'redis://redis:6379/16' }, 'Invalid HELIXGRAPH_REDIS_URL="redis://redis:6379/16"'],
  ])('refuses %j with one line naming the variable, the value and the expected form', (env, message) => {
    let error: unknown;
    try {
      loadConfig(env);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message.startsWith(message)).toBe(true);
    expect((error as Error).message).not.toContain('\n');
  });

  it('keeps the budget in memory unless HELIXGRAPH_REDIS_URL names a Redis, and never shows its password in an error', () => {
    expect(loadConfig({}).redisUrl).toBeUndefined();
    expect(loadConfig({ HELIXGRAPH_REDIS_URL: 'redis://:s3cret@redis:6379/0' }).redisUrl).toBe('redis://:s3cret@redis:6379/0');
    expect(loadConfig({ HELIXGRAPH_REDIS_URL: 'rediss://cache.example.org:6380' }).redisUrl).toBe('rediss://cache.example.org:6380');
    expect(() => loadConfig({ HELIXGRAPH_REDIS_URL: 'redis://user:s3cret@redis:6379/x' })).toThrow('Invalid HELIXGRAPH_REDIS_URL="redis://user:***@redis:6379/x"');
  });

  it('parses sizes with units', () => {
    expect(loadConfig({ NEO4J_PAGECACHE: '1g', NEO4J_HEAP: '768m' }).neo4j).toMatchObject({ pageCacheBytes: 1024 ** 3, heapBytes: 768 * 1024 ** 2 });
  });

  it('bounds the driver retries to 1 s unless HELIXGRAPH_DB_RETRY_MS says otherwise (0 to 120000)', () => {
    expect(loadConfig({}).dbRetryMs).toBe(1000);
    expect(loadConfig({ HELIXGRAPH_DB_RETRY_MS: '10000' }).dbRetryMs).toBe(10000);
    expect(() => loadConfig({ HELIXGRAPH_DB_RETRY_MS: '-1' })).toThrow('Invalid HELIXGRAPH_DB_RETRY_MS="-1": expected an integer from 0 to 120000');
  });
});

describe('API keys', () => {
  it('reads role:key and role:name:key entries (a key without a name is named role#N)', () => {
    const c = loadConfig({ HELIXGRAPH_API_KEYS: 'editor:abcdefghijklmnop1234, admin:ZYXWVUTSRQPONMLK9876, editor:lan.ntbic@hanoi:0123456789abcdefXYZ' });
    expect(c.apiKeys).toEqual([
      { role: 'editor', name: 'editor#1', key: 'abcdefghijklmnop1234' },
      { role: 'admin', name: 'admin#2', key: 'ZYXWVUTSRQPONMLK9876' },
      { role: 'editor', name: 'lan.ntbic@hanoi', key: '0123456789abcdefXYZ' },
    ]);
    expect(c.readAccess).toBe('open');
  });

  it.each(['editor:short', 'owner:abcdefghijklmnop1234', 'abcdefghijklmnop1234'])('refuses %j without repeating the key', (entry) => {
    let message = '';
    try {
      loadConfig({ HELIXGRAPH_API_KEYS: entry });
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toContain('Invalid HELIXGRAPH_API_KEYS="<entry 1 hidden>"');
    expect(message).not.toContain('abcdefghijklmnop1234');
    expect(message).not.toContain('short');
  });

  it('refuses an unknown read access mode', () => {
    expect(() => loadConfig({ HELIXGRAPH_READ_ACCESS: 'closed' })).toThrow('Invalid HELIXGRAPH_READ_ACCESS="closed": expected open');
  });
});
