import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';

import { fromRoot } from '../../src/paths';

const CLI = fromRoot('dist', 'src', 'cli', 'main.js');

export interface ProcessResponse<T = Record<string, any>> {
  status: number;
  headers: Headers;
  data?: T;
  errors?: Array<{ message: string; extensions?: Record<string, any> }>;
  extensions?: Record<string, any>;
}

/** An API process of its own (`helixgraph start`, built entry point), as a deployment runs a replica. */
export interface ServerProcess {
  url: string;
  pid: number;
  /** Every line it wrote to stdout and stderr so far. */
  lines: string[];
  /** Posts a GraphQL request with extra headers (`authorization`, `x-helixgraph-bookmarks`, …). */
  post<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<ProcessResponse<T>>;
  /** SIGTERM, and waits for the process to exit. */
  stop(): Promise<void>;
}

/**
 * Starts `helixgraph start` in a child process with `env` (PORT=0 and no dataset load unless
 * given) and resolves once it prints its GraphQL URL; rejects with its output if it exits first,
 * or kills it and rejects after `timeoutMs` (generous: migrating a fresh store on a loaded 2-core
 * machine took over 60 s).
 */
export async function startServerProcess(env: Record<string, string>, timeoutMs = 150_000): Promise<ServerProcess> {
  const child: ChildProcessWithoutNullStreams = spawn(process.execPath, [CLI, 'start'], {
    env: { PATH: process.env.PATH ?? '', PORT: '0', HELIXGRAPH_LOAD_DATASET: 'false', ...env },
  });
  const lines: string[] = [];
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`no start line within ${timeoutMs} ms:\n${lines.join('\n')}`));
    }, timeoutMs);
    const onExit = (code: number | null) => reject(new Error(`helixgraph start exited with ${code}:\n${lines.join('\n')}`));
    for (const stream of [child.stdout, child.stderr]) {
      let buffer = '';
      stream.on('data', (chunk: Buffer) => {
        buffer += chunk.toString();
        const parts = buffer.split('\n');
        buffer = parts.pop() ?? '';
        for (const line of parts) {
          lines.push(line);
          const m = /GraphQL at (\S+)/.exec(line);
          if (m) {
            clearTimeout(timer);
            child.off('exit', onExit);
            resolve(m[1]);
          }
        }
      });
    }
    child.once('exit', onExit);
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    url,
    pid: child.pid!,
    lines,
    async post(query, variables, headers = {}) {
      const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
      return { status: res.status, headers: res.headers, ...((await res.json()) as object) };
    },
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
