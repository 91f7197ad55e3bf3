import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';

import type { BenchServer } from './types';

/** A server running in a child process (./child.ts), with the process itself for messages. */
export interface ForkedServer {
  server: BenchServer & { compat: string | null };
  child: ChildProcess;
}

/**
 * Starts one server under test (`kind`: helixgraph, floor, neo4j-graphql or a ladder rung) in its
 * own Node process on the Neo4j at `uri`; resolves once it prints BENCH_READY. `execArgv` are the
 * child's Node flags.
 */
export function forkServer(kind: string, uri: string, extra: string[] = [], execArgv: string[] = []): Promise<ForkedServer> {
  const script = path.join(__dirname, 'child.js');
  const child = fork(script, [kind, uri, ...extra], { stdio: ['pipe', 'pipe', 'inherit', 'ipc'], execArgv });
  return new Promise((resolve, reject) => {
    const lines = readline.createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      const ready = /^BENCH_READY (.*)$/.exec(line);
      const error = /^BENCH_ERROR (.*)$/.exec(line);
      if (ready) {
        const info = JSON.parse(ready[1]) as { url: string; compat: string | null };
        resolve({
          child,
          server: {
            name: kind,
            url: info.url,
            pid: child.pid ?? -1,
            compat: info.compat,
            stop: async () => {
              child.stdin?.end();
              child.kill('SIGTERM');
              await new Promise((r) => (child.exitCode !== null ? r(null) : child.once('exit', r)));
            },
          },
        });
      } else if (error) reject(new Error(`${kind}: ${JSON.parse(error[1]).message}`));
    });
    child.once('exit', (code) => reject(new Error(`${kind} exited with ${code} before it was ready`)));
  });
}

/** Sends `message` to a forked server and resolves with its first answer of type `reply`. */
export function askChild<T extends { type: string }>(child: ChildProcess, message: { type: string; [k: string]: unknown }, reply: string, timeoutMs = 60_000): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.off('message', onMessage);
      reject(new Error(`no ${reply} from process ${child.pid} within ${timeoutMs / 1000} s`));
    }, timeoutMs);
    const onMessage = (m: unknown) => {
      const msg = m as T & { error?: string };
      if (msg?.type !== reply && msg?.type !== `${message.type}-failed`) return;
      clearTimeout(timer);
      child.off('message', onMessage);
      if (msg.type === reply) resolve(msg);
      else reject(new Error(msg.error ?? `${message.type} failed`));
    };
    child.on('message', onMessage);
    child.send(message);
  });
}
