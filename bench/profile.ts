/**
 * What each implementation asks Neo4j, and what it costs: the statements it sends for one request
 * (captured at the driver or executor), their count (round trips), and their dbHits under PROFILE.
 */
import type { Driver } from 'neo4j-driver';

import { Executor } from '../src/db/executor';

export interface Statement {
  text: string;
  params: Record<string, unknown>;
}

/** Sum of dbHits over a profiled plan tree. */
function planHits(plan: { dbHits?: number; children?: unknown[] } | null | undefined): number {
  if (!plan) return 0;
  return (plan.dbHits ?? 0) + (plan.children ?? []).reduce((s: number, c) => s + planHits(c as never), 0);
}

/** Runs each statement under PROFILE (read transaction) and returns the summed dbHits. */
export async function profileDbHits(driver: Driver, statements: Statement[], database = 'neo4j'): Promise<number> {
  let hits = 0;
  for (const s of statements) {
    const session = driver.session({ database });
    try {
      const result = await session.executeRead((tx) => tx.run(`PROFILE ${s.text}`, s.params));
      hits += planHits(result.summary.profile as never);
    } finally {
      await session.close();
    }
  }
  return hits;
}

/**
 * Records the statements helixgraph's executors send while `work` runs (every Executor in this
 * process: the server's per-request executors are copies). Benchmark instrumentation only.
 */
export async function captureHelixgraph<T>(work: () => Promise<T>): Promise<{ result: T; statements: Statement[] }> {
  type Self = { cypher: ReadonlyMap<string, string> };
  const proto = Executor.prototype as unknown as {
    run: (tx: unknown, name: string, params: Record<string, unknown>) => Promise<unknown>;
    read: (name: string, params?: Record<string, unknown>) => Promise<unknown>;
    readCompiled: (name: string, text: string, params: Record<string, unknown>, convert: boolean) => Promise<unknown>;
  };
  const { run, read, readCompiled } = proto;
  const statements: Statement[] = [];
  // Reads are auto-commit statements (`read`); writes and multi-statement work go through `run`.
  proto.run = function (this: Self, tx, name, params) {
    statements.push({ text: this.cypher.get(name)!, params });
    return run.call(this, tx, name, params);
  };
  proto.read = function (this: Self, name, params = {}) {
    statements.push({ text: this.cypher.get(name)!, params });
    return read.call(this, name, params);
  };
  // Statements the read compiler made (src/db/compiled/) carry their own text.
  proto.readCompiled = function (this: Self, name, text, params, convert) {
    statements.push({ text, params });
    return readCompiled.call(this, name, text, params, convert);
  };
  try {
    return { result: await work(), statements };
  } finally {
    proto.run = run;
    proto.read = read;
    proto.readCompiled = readCompiled;
  }
}

/**
 * A driver that forwards everything to `driver` and records each statement run in a managed
 * transaction (how @neo4j/graphql runs its Cypher) into `sink` while `sink.on` is true.
 */
export function capturingDriver(driver: Driver, sink: { on: boolean; statements: Statement[] }): Driver {
  const wrapTx = (tx: any) =>
    new Proxy(tx, {
      get(target, prop) {
        if (prop === 'run') {
          return (text: string, params: Record<string, unknown>) => {
            if (sink.on) sink.statements.push({ text, params: params ?? {} });
            return target.run(text, params);
          };
        }
        const v = target[prop];
        return typeof v === 'function' ? v.bind(target) : v;
      },
    });
  return new Proxy(driver, {
    get(target, prop) {
      if (prop === 'session') {
        return (config: unknown) => {
          const session = (target as any).session(config);
          return new Proxy(session, {
            get(s, p) {
              if (p === 'executeRead' || p === 'executeWrite') return (work: (tx: unknown) => unknown, cfg: unknown) => s[p]((tx: unknown) => work(wrapTx(tx)), cfg);
              if (p === 'run') {
                return (text: string, params: Record<string, unknown>, cfg: unknown) => {
                  if (sink.on) sink.statements.push({ text, params: params ?? {} });
                  return s.run(text, params, cfg);
                };
              }
              const v = s[p];
              return typeof v === 'function' ? v.bind(s) : v;
            },
          });
        };
      }
      const v = (target as any)[prop];
      return typeof v === 'function' ? v.bind(target) : v;
    },
  }) as Driver;
}
