import { spawn } from 'node:child_process';
import fs from 'node:fs';
import readline from 'node:readline';

import { fromRoot } from '../../src/paths';

/** One reading of the API process's memory, taken inside it. */
export interface MemorySample {
  /** Milliseconds since the epoch. */
  at: number;
  rss: number;
  heapUsed: number;
  heapTotal: number;
}

export interface ApiProcess {
  pid: number;
  /** http://127.0.0.1:port/graphql */
  url: string;
  /** http://127.0.0.1:port */
  base: string;
  /** Every memory sample received so far (one a second). */
  memory: MemorySample[];
  /** Runs a full garbage collection in the API process and resolves with its memory right after. */
  collectGarbage(): Promise<MemorySample>;
  /** Resolves with the exit code (or signal) when the process ends, for whatever reason. */
  exited: Promise<string>;
  /** Whether the process is still running. */
  alive(): boolean;
  /** SIGTERM (graceful: drain, close the driver), SIGKILL after `graceMs`; resolves on exit. */
  stop(graceMs?: number): Promise<string>;
}

/**
 * Starts the built API (`node dist/src/cli/main.js start`, exactly what `npm start` runs) as a
 * child process with `env` added to this process's environment, and resolves once it serves.
 *
 * A small prelude, run before the CLI in the same process, reports `process.memoryUsage()` over
 * IPC once a second and, when asked, right after a full garbage collection (node --expose-gc: what
 * the heap really retains); it stops the API (SIGTERM) if this process goes away, so no server is
 * left behind. The API's output is appended to `logFile`.
 */
export async function startApiProcess(env: Record<string, string>, logFile: string, startTimeoutMs = 180_000): Promise<ApiProcess> {
  const main = fromRoot('dist', 'src', 'cli', 'main.js');
  if (!fs.existsSync(main)) throw new Error(`${main} is missing: run \`npm run build\` first`);
  const prelude = `
    const sample = () => {
      const m = process.memoryUsage();
      return { at: Date.now(), rss: m.rss, heapUsed: m.heapUsed, heapTotal: m.heapTotal };
    };
    setInterval(() => process.connected && process.send({ memory: sample() }), 1000).unref();
    process.on('message', (m) => {
      if (m && m.gc && process.connected) {
        global.gc();
        process.send({ afterGc: sample() });
      }
    });
    process.on('disconnect', () => process.kill(process.pid, 'SIGTERM'));
    process.argv = [process.execPath, ${JSON.stringify(main)}, 'start'];
    require(${JSON.stringify(main)});
  `;
  const child = spawn(process.execPath, ['--expose-gc', '-e', prelude], {
    cwd: fromRoot(),
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  const log = fs.createWriteStream(logFile, { flags: 'a' });
  child.stderr!.pipe(log);
  const memory: MemorySample[] = [];
  const gcWaiters: Array<(m: MemorySample) => void> = [];
  child.on('message', (m: { memory?: MemorySample; afterGc?: MemorySample }) => {
    if (m.memory) memory.push(m.memory);
    if (m.afterGc) gcWaiters.shift()?.(m.afterGc);
  });
  let exitReason: string | undefined;
  const exited = new Promise<string>((resolve) =>
    child.once('exit', (code, signal) => {
      exitReason = signal ? `signal ${signal}` : `code ${code}`;
      resolve(exitReason);
    }),
  );
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the API did not start within ${startTimeoutMs / 1000} s; see ${logFile}`));
    }, startTimeoutMs);
    readline.createInterface({ input: child.stdout! }).on('line', (line) => {
      log.write(`${line}\n`);
      const m = /GraphQL at (http:\/\/\S+\/graphql)/.exec(line);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    void exited.then((reason) => {
      clearTimeout(timer);
      reject(new Error(`the API exited (${reason}) before it was ready; see ${logFile}`));
    });
  });
  const alive = () => exitReason === undefined;
  let stopping: Promise<string> | undefined;
  return {
    pid: child.pid ?? -1,
    url,
    base: url.replace(/\/graphql$/, ''),
    memory,
    collectGarbage: () =>
      new Promise<MemorySample>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('the API did not answer a garbage collection request within 60 s')), 60_000);
        gcWaiters.push((m) => {
          clearTimeout(timer);
          resolve(m);
        });
        child.send({ gc: true });
      }),
    exited,
    alive,
    stop: (graceMs = 30_000) => {
      stopping ??= (async () => {
        if (alive()) {
          child.kill('SIGTERM');
          const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
          await exited;
          clearTimeout(timer);
        }
        await new Promise((r) => log.end(r));
        return exited;
      })();
      return stopping;
    },
  };
}
