import { parentPort, workerData } from 'node:worker_threads';

import { AnalyticsService } from '../analytics/service';
import { loadCypher } from '../db/cypher';
import { createDriver } from '../db/database';
import { Executor } from '../db/executor';
import { AnalyticsRepository } from '../db/repositories/analytics.repository';
import { GdsRepository } from '../db/repositories/gds.repository';
import type { JobOptions, Neo4jConnection, WorkerMessage } from './measuresJob';

/**
 * The worker thread of one recompute job (src/jobs/measuresJob.ts): its own driver and executor,
 * the recompute with its progress posted to the parent, then the stored run, or the error.
 */
async function main(): Promise<void> {
  const { connection, options } = workerData as { connection: Neo4jConnection; options: JobOptions };
  const post = (m: WorkerMessage) => parentPort!.postMessage(m);
  const driver = createDriver(connection.uri, connection.user, connection.password);
  try {
    const db = new Executor(driver, loadCypher(), { database: connection.database, timeoutMs: connection.timeoutMs });
    const { evidence, ...rest } = options;
    const service = new AnalyticsService(new AnalyticsRepository(db), evidence, new GdsRepository(db));
    const run = await service.recompute({ ...rest, onProgress: (p) => post({ type: 'progress', phase: p.phase, fraction: p.fraction }) });
    post({ type: 'done', run });
  } catch (err) {
    post({ type: 'error', message: err instanceof Error ? err.message : String(err), code: (err as { extensions?: { code?: string } }).extensions?.code });
  } finally {
    await driver.close();
  }
}

void main();
