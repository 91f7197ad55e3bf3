import { spawn } from 'node:child_process';

import { describe, expect, inject, it } from 'vitest';

import { fromRoot } from '../../src/paths';

const CLI = fromRoot('dist', 'src', 'cli', 'main.js');

describe('HELIXGRAPH_LOG_FORMAT=json', () => {
  it('writes every line as one JSON record, each GraphQL request with the request id the response carries', async () => {
    const child = spawn(process.execPath, [CLI, 'start'], {
      env: { PATH: process.env.PATH ?? '', NEO4J_URI: inject('neo4jUri'), PORT: '0', HELIXGRAPH_LOAD_DATASET: 'false', HELIXGRAPH_LOG_FORMAT: 'json' },
    });
    const lines: string[] = [];
    let buffer = '';
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no start line in: ${lines.join('\n')}`)), 60_000);
      child.stdout.on('data', (chunk: Buffer) => {
        buffer += chunk.toString();
        const parts = buffer.split('\n');
        buffer = parts.pop() ?? '';
        for (const line of parts) {
          lines.push(line);
          const m = /GraphQL at (\S+)/.exec(line);
          if (m) {
            clearTimeout(timer);
            resolve(m[1]);
          }
        }
      });
      child.once('exit', (code) => reject(new Error(`exited with ${code}: ${lines.join('\n')}`)));
    });
    try {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-request-id': 'log-test-1' },
        body: JSON.stringify({ query: 'query LogProbe { search(query: "!!!") { totalCount } }' }),
      });
      const body = (await res.json()) as { extensions: { queryStats: { requestId: string } } };
      expect(body.extensions.queryStats.requestId).toBe('log-test-1');
      await new Promise((r) => setTimeout(r, 300));
    } finally {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    }
    const records = lines.filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(records.every((r) => typeof r.time === 'string' && r.service === 'helixgraph' && typeof r.msg === 'string')).toBe(true);
    expect(records.find((r) => r.requestId === 'log-test-1')).toMatchObject({
      level: 'info',
      msg: 'graphql request',
      operation: 'LogProbe',
      outcome: 'error',
      codes: ['BAD_USER_INPUT'],
    });
    expect(records.some((r) => String(r.msg).startsWith('ready in'))).toBe(true);
  });
});
