import neo4j, { isRetryableError, Neo4jError, type BookmarkManager, type Driver, type ManagedTransaction, type QueryResult, type Session, type SessionMode } from 'neo4j-driver';

import { DEFAULT_DB_RETRY_MS } from '../config';
import { TimeoutError, UnavailableError } from '../errors';

import type { CypherRegistry, QueryName } from './cypher';
import { isTransactionMemoryLimit, mapDriverError } from './errors';

/** A row returned by a statement, with Neo4j values converted to plain JavaScript. */
export type Row = Record<string, unknown>;

/** Called once per statement sent to Neo4j: the round-trip counter of a request hooks in here. */
export type QueryObserver = (name: QueryName | CompiledName) => void;

/** The name of a statement the read compiler made (src/db/compiled/): `compiled/<root field>`. */
export type CompiledName = `compiled/${string}`;

/**
 * The causal state of one request: the bookmarks its client sent (every transaction it runs waits
 * until the Neo4j member serving it has caught up with them), and the bookmarks of its last
 * committed write, which the response hands back so the client can send them to any replica.
 */
export interface CausalState {
  readonly bookmarks: readonly string[];
  written?: string[];
}

export interface ExecutorOptions {
  database: string;
  /** Server-side transaction timeout, in milliseconds. */
  timeoutMs: number;
  /** Sees every named statement sent, with its text (tests prove no text depends on input). */
  trace?: (name: QueryName | CompiledName, text: string) => void;
  /** How long a read that failed on a transient error may be retried (HELIXGRAPH_DB_RETRY_MS). */
  retryMs?: number;
  /**
   * When the work of the request this executor serves must be over (epoch ms; see `withDeadline`).
   * Enforced here, on the client side, because a frozen Neo4j enforces no timeout of its own.
   */
  deadline?: number;
  /**
   * The process-wide bookmark manager (one per driver): every session of this process starts after
   * the transactions this process committed before, on whichever cluster member serves it.
   */
  bookmarkManager?: BookmarkManager;
  /** This request's bookmarks (see `withBookmarks`). */
  causal?: CausalState;
}

/**
 * Margin between the server-side transaction timeout and the client-side deadline of a request: a
 * Neo4j that is alive answers TransactionTimedOut (TIMEOUT) before the deadline; one that has not
 * answered a second after its own timeout is not answering at all (UNAVAILABLE).
 */
export const DEADLINE_GRACE_MS = 1000;

/**
 * The only door to Neo4j. A read is one statement in an auto-commit transaction of a READ session
 * (see `read`; a `neo4j://` driver routes it to a follower or read replica, as it would
 * `executeRead`), writes go through `executeWrite` on a WRITE session (routed to the leader,
 * retried by the driver on transient errors), every session carries the process's bookmark
 * manager and the request's bookmarks (read-your-writes on a cluster), sessions are
 * closed in `finally`, statements are looked up by name in the Cypher registry, parameters are
 * always `$` parameters, and Neo4j values are converted to plain JavaScript at this boundary.
 */
export class Executor {
  constructor(
    readonly driver: Driver,
    private readonly cypher: CypherRegistry,
    private readonly options: ExecutorOptions,
    private readonly observer?: QueryObserver,
  ) {}

  /** The same executor, reporting each statement it runs to `observer` (one per request). */
  observed(observer: QueryObserver): Executor {
    return new Executor(this.driver, this.cypher, this.options, observer);
  }

  /**
   * The same executor with another server-side transaction timeout: for batch work that is not a
   * request, such as loading the founding dataset at start-up on a busy machine.
   */
  withTimeout(timeoutMs: number): Executor {
    return new Executor(this.driver, this.cypher, { ...this.options, timeoutMs }, this.observer);
  }

  /**
   * The same executor with an end-to-end deadline from now: the transaction timeout plus
   * DEADLINE_GRACE_MS, shared by every statement it runs (one per request). Each statement's
   * server-side timeout is what is left of the timeout; a statement still unanswered at the
   * deadline (connection acquisition, send and receive included) fails with UNAVAILABLE at once,
   * and one started after the timeout is spent fails with TIMEOUT.
   */
  withDeadline(): Executor {
    return new Executor(this.driver, this.cypher, { ...this.options, deadline: Date.now() + this.options.timeoutMs + DEADLINE_GRACE_MS }, this.observer);
  }

  /**
   * The same executor for one request whose client sent `bookmarks` (x-helixgraph-bookmarks):
   * every transaction waits for them, and `state.written` receives the bookmarks of each write
   * committed, for the response's `extensions.bookmarks`.
   */
  withBookmarks(state: CausalState): Executor {
    return new Executor(this.driver, this.cypher, { ...this.options, causal: state }, this.observer);
  }

  /**
   * Opens a session routed by its access mode (a `neo4j://` driver sends READ sessions to
   * followers and read replicas, WRITE sessions to the leader), causally chained after this
   * process's earlier transactions (the bookmark manager) and after the request's bookmarks.
   */
  private open(mode: SessionMode): Session {
    return this.driver.session({
      database: this.options.database,
      defaultAccessMode: mode,
      bookmarkManager: this.options.bookmarkManager,
      bookmarks: this.options.causal?.bookmarks.length ? [...this.options.causal.bookmarks] : undefined,
    });
  }

  /** Records the bookmarks a committed write ended with, for the response. */
  private wrote(session: Session): void {
    const causal = this.options.causal;
    const bookmarks = session.lastBookmarks();
    if (causal && bookmarks.length > 0) causal.written = bookmarks;
  }

  /**
   * Runs `work` with the server-side timeout it may use, and races it against the deadline when
   * there is one. Work that loses the race goes on in the background until Neo4j answers or the
   * connection drops (its session is closed then); nobody waits for it.
   */
  private async bounded<T>(work: (timeoutMs: number) => Promise<T>): Promise<T> {
    const deadline = this.options.deadline;
    if (deadline === undefined) return work(this.options.timeoutMs);
    const left = deadline - Date.now();
    if (left <= DEADLINE_GRACE_MS) throw new TimeoutError();
    const pending = work(Math.min(this.options.timeoutMs, left - DEADLINE_GRACE_MS));
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        pending.catch(() => {});
        reject(new UnavailableError(`The database did not answer within ${((this.options.timeoutMs + DEADLINE_GRACE_MS) / 1000).toFixed(1)} s; retry in a few seconds.`));
      }, left);
    });
    try {
      return await Promise.race([pending, late]);
    } finally {
      clearTimeout(timer);
    }
  }

  /**
   * Runs a named read statement and returns its rows. One statement is atomic on its own, so it
   * runs as an auto-commit transaction: RUN and PULL in one network write and one round trip,
   * where a managed transaction adds BEGIN and COMMIT (three writes, two round trips; measured on
   * the 10,000-actor store: a lookup by id a third faster, twice the requests per second at
   * concurrency 32). Transient failures (a lost
   * connection, a leader switch) are retried here, with backoff, within HELIXGRAPH_DB_RETRY_MS,
   * as `executeRead` would.
   */
  async read(name: QueryName, params: Record<string, unknown> = {}): Promise<Row[]> {
    const text = this.textOf(name);
    return this.bounded((timeoutMs) => this.readOnce(name, text, params, timeoutMs, true));
  }

  /**
   * Runs a statement made by the read compiler (src/db/compiled/; its text depends only on the
   * document's shape, see cypher/compiled/) as `read` runs a named one. Its rows are map
   * projections of plain values (integers are numbers: the driver is made with
   * disableLosslessIntegers), so they are not walked again unless `convert` says the statement
   * reads whole records, which may hold temporals.
   */
  async readCompiled(name: CompiledName, text: string, params: Record<string, unknown>, convert: boolean): Promise<Row[]> {
    return this.bounded((timeoutMs) => this.readOnce(name, text, params, timeoutMs, convert));
  }

  private async readOnce(name: QueryName | CompiledName, text: string, params: Record<string, unknown>, timeoutMs: number, convert: boolean): Promise<Row[]> {
    const deadline = Date.now() + (this.options.retryMs ?? DEFAULT_DB_RETRY_MS);
    for (let attempt = 0; ; attempt++) {
      this.observer?.(name);
      this.options.trace?.(name, text);
      const session = this.open(neo4j.session.READ);
      try {
        const result = await withoutCallSite(() => session.run(text, params, { timeout: timeoutMs }));
        return convert ? result.records.map((r) => toNative(r.toObject()) as Row) : result.records.map((r) => r.toObject() as Row);
      } catch (err) {
        const delay = Math.min(100 * 2 ** attempt, 1000) * (0.8 + Math.random() * 0.4);
        // A transaction over its memory limit would fail the same way again: not retried.
        if (!isRetryableError(err) || isTransactionMemoryLimit(err) || Date.now() + delay > deadline) throw namingStatement(mapDriverError(err), name);
        await new Promise((resolve) => setTimeout(resolve, delay));
      } finally {
        await session.close();
      }
    }
  }

  /**
   * Runs a named read statement and hands each record's values (in column order, converted like
   * `read`'s) to `onValues` as they arrive, never holding all rows: for results too large to keep
   * as objects (the projection a recompute streams out of Neo4j). Not retried: a stream half
   * consumed cannot be replayed. Resolves with the number of records.
   */
  async stream(name: QueryName, params: Record<string, unknown>, onValues: (values: unknown[]) => void): Promise<number> {
    const text = this.textOf(name);
    return this.bounded(async (timeout) => {
      this.observer?.(name);
      this.options.trace?.(name, text);
      const session = this.open(neo4j.session.READ);
      let count = 0;
      try {
        await new Promise<void>((resolve, reject) => {
          session.run(text, params, { timeout }).subscribe({
            onNext: (record) => {
              count += 1;
              onValues(record.keys.map((_k, i) => toNative(record.get(i))));
            },
            onCompleted: () => resolve(),
            onError: reject,
          });
        });
        return count;
      } catch (err) {
        throw mapDriverError(err);
      } finally {
        await session.close();
      }
    });
  }

  /** Runs a named write statement in its own transaction and returns its rows. */
  async write(name: QueryName, params: Record<string, unknown> = {}): Promise<Row[]> {
    return this.session('WRITE', (tx) => this.run(tx, name, params));
  }

  /**
   * Runs `work` in one write transaction: every statement it runs commits together or not at all.
   * `work` may be retried by the driver, so it must be idempotent (MERGE on ids).
   */
  async writeTransaction<T>(work: (run: (name: QueryName, params?: Record<string, unknown>) => Promise<Row[]>) => Promise<T>): Promise<T> {
    return this.session('WRITE', (tx) => work((name, params = {}) => this.run(tx, name, params)));
  }

  /** Runs raw Cypher text (migrations, test fixtures and benchmarks only; never user input). */
  async runText(text: string, params: Record<string, unknown> = {}, mode: 'READ' | 'WRITE' = 'WRITE'): Promise<Row[]> {
    return this.bounded(async (timeout) => {
      const session = this.open(mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE);
      try {
        const result = await session.run(text, params, { timeout });
        if (mode === 'WRITE') this.wrote(session);
        return result.records.map((r) => toNative(r.toObject()) as Row);
      } catch (err) {
        throw mapDriverError(err);
      } finally {
        await session.close();
      }
    });
  }

  /**
   * Whether Neo4j answers a trivial query right now (readiness). An auto-commit query, which the
   * driver never retries: while Neo4j is down /ready answers 503 at once, not after the retry budget.
   */
  async ping(): Promise<void> {
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: neo4j.session.READ });
    try {
      await session.run('RETURN 1', {}, { timeout: this.options.timeoutMs });
    } catch (err) {
      throw mapDriverError(err);
    } finally {
      await session.close();
    }
  }

  private async session<T>(mode: 'READ' | 'WRITE', work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    return this.bounded(async (timeout) => {
      const session = this.open(mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE);
      const config = { timeout };
      try {
        if (mode === 'READ') return await session.executeRead(work, config);
        const result = await session.executeWrite(work, config);
        this.wrote(session);
        return result;
      } catch (err) {
        throw mapDriverError(err);
      } finally {
        await session.close();
      }
    });
  }

  private textOf(name: QueryName): string {
    const text = this.cypher.get(name);
    if (text === undefined) throw new Error(`Cypher statement ${name} is not loaded`);
    return text;
  }

  private async run(tx: ManagedTransaction, name: QueryName, params: Record<string, unknown>): Promise<Row[]> {
    const text = this.textOf(name);
    this.observer?.(name);
    this.options.trace?.(name, text);
    try {
      const result: QueryResult = await withoutCallSite(() => tx.run(text, params));
      return result.records.map((r) => toNative(r.toObject()) as Row);
    } catch (err) {
      // Still the driver's error (it decides on retries), with the statement's name for the log.
      throw namingStatement(err, name);
    }
  }
}

/**
 * Starts a statement without the call-site stack neo4j-driver captures for every result it
 * creates (`new Error('').stack`, formatted at once) only to put it on that result's errors:
 * about 11 µs a statement (15 µs with Node's default limit of 10 frames, 3.5 µs with 0), 1–4 % of
 * the API's CPU on a lookup by id in the ladder's profiles (issue 14). The driver creates the
 * result synchronously inside `start`, so no other code runs while the limit is 0.
 */
function withoutCallSite<T>(start: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return start();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/**
 * A driver error as it goes on unmapped (an internal error, logged with the request id): without
 * the call-site stack (withoutCallSite), it says which statement failed instead.
 */
function namingStatement(err: unknown, name: QueryName | CompiledName): unknown {
  if (err instanceof Neo4jError && !err.stack?.includes('\n    at ')) err.stack = `${String(err)}\n    at Cypher statement ${name}`;
  return err;
}

/** Converts Neo4j driver values (integers, temporals, nodes, lists, maps) to plain JavaScript. */
export function toNative(value: unknown): unknown {
  if (value === null || value === undefined) return value ?? null;
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (Array.isArray(value)) return value.map(toNative);
  if (typeof value === 'object') {
    if (
      neo4j.isDate(value as never) ||
      neo4j.isDateTime(value as never) ||
      neo4j.isLocalDateTime(value as never) ||
      neo4j.isTime(value as never) ||
      neo4j.isLocalTime(value as never) ||
      neo4j.isDuration(value as never)
    ) {
      return (value as { toString(): string }).toString();
    }
    if (neo4j.isNode(value as never)) return toNative((value as { properties: unknown }).properties);
    if (neo4j.isRelationship(value as never)) return toNative((value as { properties: unknown }).properties);
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) out[k] = toNative(v);
    return out;
  }
  return value;
}
