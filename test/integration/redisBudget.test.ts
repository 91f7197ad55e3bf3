import net from 'node:net';

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

import { startRedis, type TestRedis } from '../helpers/redis';
import { startServerProcess, type ServerProcess } from '../helpers/serverProcess';

// Three readers: three clients of the budget (keyed by API key), one for each phase.
const K1 = 'reader-key-budget-one-0123';
const K2 = 'reader-key-budget-two-0123';
const K3 = 'reader-key-budget-three-01';
const PER_MINUTE = 6;
const QUERY = '{ __typename }'; // costs 1

let redis: TestRedis;
let a: ServerProcess;
let b: ServerProcess;

beforeAll(async () => {
  redis = await startRedis();
  const env = {
    NEO4J_URI: inject('neo4jUri'),
    HELIXGRAPH_RATE_LIMIT: String(PER_MINUTE),
    HELIXGRAPH_REDIS_URL: redis.url,
    HELIXGRAPH_API_KEYS: [K1, K2, K3].map((k) => `reader:${k}`).join(','),
  };
  [a, b] = await Promise.all([startServerProcess(env), startServerProcess(env)]);
});

afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
  await redis?.kill();
});

const ask = (server: ServerProcess, key: string) => server.post(QUERY, {}, { authorization: `Bearer ${key}` });

/** Asks `server` for QUERY as `key` `times` times, one after another; the answers in order. */
async function askTimes(server: ServerProcess, key: string, times: number) {
  const answers = [];
  for (let i = 0; i < times; i++) answers.push(await ask(server, key));
  return answers;
}

const waitForLine = async (server: ServerProcess, pattern: RegExp, ms = 15_000) => {
  const until = Date.now() + ms;
  while (!server.lines.some((l) => pattern.test(l))) {
    if (Date.now() > until) throw new Error(`no line matching ${pattern} in:\n${server.lines.join('\n')}`);
    await new Promise((r) => setTimeout(r, 100));
  }
};

describe('a per-client budget shared through Redis by two API processes', () => {
  it('says at start-up that budgets are shared', () => {
    for (const server of [a, b]) expect(server.lines).toContain(`helixgraph: per-client budgets shared through Redis at 127.0.0.1:${redis.port}`);
  });

  it('counts a client once across both processes and refuses it over budget on either (RATE_LIMITED, 429)', async () => {
    const answers = [...(await askTimes(a, K1, 3)), ...(await askTimes(b, K1, 3))];
    expect(answers.map((r) => r.status)).toEqual([200, 200, 200, 200, 200, 200]);
    // One budget of 6: what remains after each query, whichever process answered it.
    expect(answers.map((r) => r.headers.get('ratelimit-remaining'))).toEqual(['5', '4', '3', '2', '1', '0']);
    for (const server of [b, a]) {
      const refused = await ask(server, K1);
      expect(refused.status).toBe(429);
      expect(refused.errors![0].extensions!.code).toBe('RATE_LIMITED');
      expect(refused.errors![0].message).toBe(`Rate limit: this query costs 1 and 0 of your ${PER_MINUTE} per minute remain; retry in ${refused.errors![0].extensions!.retryAfterSeconds} s.`);
      expect(refused.headers.get('retry-after')).toMatch(/^[1-9]\d*$/);
    }
    // Another client is not charged for the first.
    expect((await ask(b, K2)).headers.get('ratelimit-remaining')).toBe('5');
  });

  it('falls back to a budget per process while Redis is down (each process refuses over budget; no request fails or hangs), and shares again once Redis is back', async () => {
    await redis.kill();
    const started = Date.now();
    // K3 has spent nothing: each process now gives it a whole budget of its own, and refuses past it.
    for (const server of [a, b]) {
      const answers = await askTimes(server, K3, PER_MINUTE + 1);
      expect(answers.map((r) => r.status)).toEqual([...Array(PER_MINUTE).fill(200), 429]);
      expect(answers[PER_MINUTE].errors![0].extensions!.code).toBe('RATE_LIMITED');
    }
    // Nothing waits for the dead Redis (each command gives up within 500 ms): 14 answers, bounded loosely for a loaded machine.
    expect(Date.now() - started).toBeLessThan(20_000);
    for (const server of [a, b]) await waitForLine(server, /Redis at 127\.0\.0\.1:\d+ does not answer .*: per-client budgets are per process until it does/);

    await redis.restart();
    for (const server of [a, b]) await waitForLine(server, /Redis at 127\.0\.0\.1:\d+ answers again: per-client budgets are shared again/);
    // A fresh Redis: K2 starts over, counted once across both processes again.
    const answers = [...(await askTimes(a, K2, 3)), ...(await askTimes(b, K2, 3))];
    expect(answers.map((r) => r.headers.get('ratelimit-remaining'))).toEqual(['5', '4', '3', '2', '1', '0']);
    expect((await ask(a, K2)).status).toBe(429);
  });

  it('starts on its own budget, and says so, when Redis does not answer at start-up', async () => {
    // A port that refuses connections: listened on, then closed.
    const probe = net.createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const port = (probe.address() as net.AddressInfo).port;
    await new Promise((resolve) => probe.close(resolve));
    const started = Date.now();
    const alone = await startServerProcess({
      NEO4J_URI: inject('neo4jUri'),
      HELIXGRAPH_RATE_LIMIT: String(PER_MINUTE),
      HELIXGRAPH_REDIS_URL: `redis://127.0.0.1:${port}`,
      HELIXGRAPH_API_KEYS: `reader:${K1}`,
    });
    try {
      expect(alone.lines.some((l) => l.startsWith(`helixgraph: Redis at 127.0.0.1:${port} does not answer (`) && l.endsWith('per-client budgets are per process until it does'))).toBe(true);
      expect(Date.now() - started).toBeLessThan(60_000);
      const answers = await askTimes(alone, K1, PER_MINUTE + 1);
      expect(answers.map((r) => r.status)).toEqual([...Array(PER_MINUTE).fill(200), 429]);
    } finally {
      await alone.stop();
    }
  });
});
