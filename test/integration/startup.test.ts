import { spawn } from 'node:child_process';
import net from 'node:net';

import { describe, expect, inject, it } from 'vitest';

import { fromRoot } from '../../src/paths';

const CLI = fromRoot('dist', 'src', 'cli', 'main.js');

/** Runs `helixgraph start` until it exits (or `timeoutMs`); resolves with its exit code, stderr and time taken. */
function start(env: Record<string, string>, timeoutMs = 30_000): Promise<{ status: number | null; stderr: string; ms: number }> {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(process.execPath, [CLI, 'start'], { env: { PATH: process.env.PATH ?? '', HELIXGRAPH_LOAD_DATASET: 'false', ...env } });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('exit', (status) => {
      clearTimeout(timer);
      resolve({ status, stderr, ms: Date.now() - started });
    });
  });
}

const oneLine = (stderr: string) => {
  expect(stderr).not.toMatch(/\n\s+at /);
  const lines = stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  return lines[0];
};

describe('helixgraph start stops with one clear line', () => {
  it.each(['not a host', 'a..b', '-x.example', '999.1.1.1', 'http://localhost'])('on HOST=%j, before any work', async (host) => {
    const r = await start({ HOST: host, NEO4J_URI: 'bolt://127.0.0.1:1' });
    expect(r.status).toBe(1);
    expect(oneLine(r.stderr)).toBe(`helixgraph: Invalid HOST=${JSON.stringify(host)}: expected an IP address or a host name of this machine to bind to, such as 127.0.0.1, 0.0.0.0, :: or localhost`);
  });

  it('on a port already in use, naming the port and PORT', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as net.AddressInfo).port;
    try {
      const r = await start({ PORT: String(port), NEO4J_URI: inject('neo4jUri') });
      expect(r.status).toBe(1);
      expect(oneLine(r.stderr)).toBe(`helixgraph: port ${port} on 127.0.0.1 is already in use (PORT=${port}): stop the program using it or set PORT to a free port (0 = any free port)`);
    } finally {
      blocker.close();
    }
  });

  it('on an unreachable NEO4J_URI, within HELIXGRAPH_NEO4J_WAIT_MS (default 15 s), naming NEO4J_URI and what to do', async () => {
    const r = await start({ NEO4J_URI: 'bolt://127.0.0.1:1', HELIXGRAPH_NEO4J_WAIT_MS: '2000' }, 15_000);
    expect(r.status).toBe(1);
    expect(r.ms).toBeLessThan(10_000);
    expect(oneLine(r.stderr)).toBe(
      'helixgraph: Neo4j at NEO4J_URI=bolt://127.0.0.1:1 did not answer within 2 s (connect ECONNREFUSED 127.0.0.1:1): check that it is running and that NEO4J_URI names it, raise HELIXGRAPH_NEO4J_WAIT_MS if it is still starting, or unset NEO4J_URI to use the embedded Neo4j',
    );
  }, 20_000);
});
