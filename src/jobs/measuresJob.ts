import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';

import type { MeasuresRun, RecomputeOptions } from '../analytics/service';
import type { Executor } from '../db/executor';
import { GdsRepository } from '../db/repositories/gds.repository';
import type { EvidenceLevel } from '../domain/model';
import { BadInputError, QueryTooLargeError } from '../errors';
import { fromRoot } from '../paths';

/**
 * Recomputes of the network measures as background jobs: one at a time per process, in a worker
 * thread with its own Neo4j driver, so the API's event loop keeps answering while the measures are
 * computed (the Node side of a recompute, Burt's and Gould–Fernandez's measures and every measure
 * of the fallback engine, is CPU-bound for seconds to minutes on a large network). A job reports
 * its phase and progress, can be cancelled (the worker is stopped, its Neo4j transactions end with
 * its connections, its GDS graph is dropped; the stored measures stay those of the last run, since
 * they are written in one transaction at the end), and ends with the run it stored.
 */

/** Transaction timeout of a recompute's own statements (projection, streams, the write of every actor). */
export const RECOMPUTE_TIMEOUT_MS = 60 * 60 * 1000;

export type MeasuresJobState = 'RUNNING' | 'DONE' | 'FAILED' | 'CANCELLED';

/** A recompute job as the API shows it. */
export interface MeasuresJobStatus {
  id: string;
  state: MeasuresJobState;
  /** read, project, degree, betweenness, …, write, done (or where it stopped). */
  phase: string;
  /** 0 to 100. */
  percent: number;
  startedAt: string;
  finishedAt: string | null;
  /** Why it failed (FAILED only). */
  error: string | null;
  /** The computedAt of the run it stored (DONE only). */
  computedAt: string | null;
}

/** What a worker needs to reach Neo4j on its own (the server's own driver stays in the main thread). */
export interface Neo4jConnection {
  uri: string;
  user?: string;
  password?: string;
  database: string;
  /** Transaction timeout of the worker's statements: a recompute's reads and writes are long. */
  timeoutMs: number;
}

/** Options a job passes to the worker's recompute (plain data: no callbacks). */
export type JobOptions = Omit<RecomputeOptions, 'onProgress'> & { evidence: readonly EvidenceLevel[] };

/** Messages from the worker. */
export type WorkerMessage =
  | { type: 'progress'; phase: string; fraction: number }
  | { type: 'done'; run: MeasuresRun }
  | { type: 'error'; message: string; code?: string };

/** A second recompute asked while one runs. */
export class RecomputeRunningError extends BadInputError {
  constructor(id: string) {
    super('recomputeMeasures', id, 'cannot start: a recompute of the measures is already running (job ' + id + '); wait for it (measuresJob) or cancel it (cancelMeasuresRecompute)');
  }
}

function workerFile(): string {
  // Built: beside this file. Under vitest (src/ run as TypeScript): the build in dist.
  const here = path.join(__dirname, 'measures.worker.js');
  return fs.existsSync(here) ? here : fromRoot('dist', 'src', 'jobs', 'measures.worker.js');
}

interface Running {
  status: MeasuresJobStatus;
  worker: Worker;
  graph: string;
  done: Promise<MeasuresRun>;
}

/** The recompute jobs of one process. */
export class MeasuresJobs {
  private current?: Running;
  private last?: MeasuresJobStatus;

  /** `db`: the process's executor (to check for GDS and drop a cancelled job's graph). */
  constructor(
    private readonly connection: Neo4jConnection,
    private readonly db: Executor,
  ) {}

  /** The running job, else the last one of this process; null before any. */
  status(): MeasuresJobStatus | null {
    return this.current ? { ...this.current.status } : this.last ? { ...this.last } : null;
  }

  /**
   * Starts a recompute in a worker and returns at once. Refuses while one runs, and refuses
   * engine GDS on a Neo4j without it, before any work.
   */
  async start(options: JobOptions, onProgress?: (status: MeasuresJobStatus) => void): Promise<MeasuresJobStatus> {
    if (this.current) throw new RecomputeRunningError(this.current.status.id);
    if (options.engine === 'GDS' && !(await new GdsRepository(this.db).version())) {
      throw new BadInputError('engine', 'GDS', 'needs a Neo4j with Graph Data Science installed; this one has none (leave engine out to compute every measure in helixgraph)');
    }
    if (this.current) throw new RecomputeRunningError((this.current as Running).status.id);
    const id = randomUUID();
    const graph = `helixgraph-measures-${id}`;
    const status: MeasuresJobStatus = { id, state: 'RUNNING', phase: 'start', percent: 0, startedAt: new Date().toISOString(), finishedAt: null, error: null, computedAt: null };
    const worker = new Worker(workerFile(), { workerData: { connection: this.connection, options: { ...options, gdsGraph: graph } } });
    const finish = (state: MeasuresJobState, patch: Partial<MeasuresJobStatus> = {}) => {
      Object.assign(status, { state, finishedAt: new Date().toISOString(), ...patch });
      if (this.current?.status === status) {
        this.last = { ...status };
        this.current = undefined;
      }
    };
    const done = new Promise<MeasuresRun>((resolve, reject) => {
      worker.on('message', (m: WorkerMessage) => {
        if (m.type === 'progress') {
          status.phase = m.phase;
          status.percent = Math.round(m.fraction * 100);
          onProgress?.({ ...status });
        } else if (m.type === 'done') {
          finish('DONE', { phase: 'done', percent: 100, computedAt: m.run.computedAt });
          resolve(m.run);
        } else {
          finish('FAILED', { error: m.message });
          // A database refusal keeps its code (QUERY_TOO_LARGE, TIMEOUT…): the caller's mistake or the
          // database's state, not an internal error.
          reject(m.code === 'QUERY_TOO_LARGE' ? new QueryTooLargeError() : new Error(`the recompute failed: ${m.message}`));
        }
      });
      worker.on('error', (err) => {
        finish('FAILED', { error: err.message });
        reject(err);
      });
      worker.on('exit', () => {
        if (status.state === 'RUNNING') {
          finish('FAILED', { error: 'the worker stopped before it finished' });
          reject(new Error('the recompute worker stopped before it finished'));
        } else if (status.state === 'CANCELLED') reject(new RecomputeCancelledError(id));
      });
    });
    done.catch(() => {});
    this.current = { status, worker, graph, done };
    return { ...status };
  }

  /** Resolves with the run job `id` stored (rejects when it failed or was cancelled). */
  async wait(id: string): Promise<MeasuresRun> {
    if (this.current?.status.id !== id) throw new Error(`recompute job ${id} is not running`);
    return this.current.done;
  }

  /** Cancels the running job; null when none runs. Resolves once the worker has stopped. */
  async cancel(): Promise<MeasuresJobStatus | null> {
    const running = this.current;
    if (!running) return null;
    Object.assign(running.status, { state: 'CANCELLED', finishedAt: new Date().toISOString() });
    this.last = { ...running.status };
    this.current = undefined;
    await running.worker.terminate();
    await new GdsRepository(this.db).drop(running.graph).catch(() => {});
    return { ...running.status };
  }

  /** Stops a running job (server shutdown). */
  async close(): Promise<void> {
    await this.cancel();
  }
}

/** A job cancelled while someone waited for it. */
export class RecomputeCancelledError extends BadInputError {
  constructor(id: string) {
    super('recomputeMeasures', id, 'was cancelled before it finished; the stored measures are those of the last run');
  }
}
