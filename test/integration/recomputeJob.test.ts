import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { generateDataset } from '../../src/ingest/generate';
import { importDataset } from '../../src/ingest/importer';
import { startTestServer, type TestServer } from '../helpers/server';

/**
 * Recomputes as background jobs, over HTTP: the API answers other requests while one runs (the
 * work is in a worker thread), one runs at a time, a job reports phase and percentage, can be
 * cancelled without touching the stored measures, and a finished job's run is what measuresRun
 * then shows. The job computes exact betweenness and closeness with helixgraph's own engine on a
 * generated graph of GENERATED actors, seconds of CPU, so that it is still running when the
 * lookups arrive.
 */

const EDITOR = 'job-test-editor-key-0123456789abcdef';
const GENERATED = 3000;
const SLOW = 'engine: HELIXGRAPH, evidence: [SYNTHETIC], exactUpTo: 1000000';
const JOB = 'id state phase percent startedAt finishedAt error computedAt';

let server: TestServer;

async function waitUntilFinished(): Promise<Record<string, any>> {
  for (;;) {
    const { measuresJob } = await server.ok(`{ measuresJob { ${JOB} } }`);
    if (measuresJob.state !== 'RUNNING') return measuresJob;
    await new Promise((r) => setTimeout(r, 250));
  }
}

beforeAll(async () => {
  server = await startTestServer({ HELIXGRAPH_API_KEYS: `editor:${EDITOR}`, HELIXGRAPH_EVIDENCE: 'ALL', HELIXGRAPH_QUERY_TIMEOUT_MS: '120000' });
  await importDataset(server.app.db.executor, generateDataset({ actors: GENERATED, seed: 23 }), 'generated-job-test.json', { batchSize: 5000 });
});
afterAll(async () => {
  await server.gql('mutation { cancelMeasuresRecompute { id } }', {}, EDITOR);
  await server.app.db.executor.runText("MATCH (n) WHERE n.id STARTS WITH 'gen:' DETACH DELETE n");
  await server.stop();
});

describe('startMeasuresRecompute', () => {
  it('answers lookups while the recompute runs, one job at a time, and cancels without touching the stored measures', async () => {
    const before = (await server.ok('{ measuresRun { computedAt } }')).measuresRun?.computedAt ?? null;
    const { startMeasuresRecompute: job } = await server.ok(`mutation { startMeasuresRecompute(${SLOW}) { ${JOB} } }`, {}, EDITOR);
    expect(job).toMatchObject({ state: 'RUNNING', percent: 0, finishedAt: null, computedAt: null });

    // A lookup and the job's state in one request: the API answered it while the job was running.
    const during = await server.ok(`{ node(id: "org:ntbic") { id } measuresJob { id state } }`);
    expect(during).toEqual({ node: { id: 'org:ntbic' }, measuresJob: { id: job.id, state: 'RUNNING' } });

    // Progress: a phase past the start and a percentage between 0 and 100, while it runs.
    let seen: Record<string, any> | undefined;
    for (let i = 0; i < 400 && !seen; i++) {
      const { measuresJob } = await server.ok(`{ measuresJob { ${JOB} } }`);
      expect(measuresJob.state).toBe('RUNNING');
      if (measuresJob.percent > 0) seen = measuresJob;
      else await new Promise((r) => setTimeout(r, 100));
    }
    expect(seen!.percent).toBeGreaterThan(0);
    expect(seen!.percent).toBeLessThan(100);
    expect(['read', 'project', 'measures']).toContain(seen!.phase);

    const second = await server.gql(`mutation { startMeasuresRecompute(${SLOW}) { id } }`, {}, EDITOR);
    expect(second.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(second.errors?.[0].message).toContain(`already running (job ${job.id})`);

    const { cancelMeasuresRecompute: cancelled } = await server.ok(`mutation { cancelMeasuresRecompute { ${JOB} } }`, {}, EDITOR);
    expect(cancelled).toMatchObject({ id: job.id, state: 'CANCELLED', computedAt: null });
    expect(cancelled.finishedAt).not.toBeNull();
    const after = await server.ok(`{ measuresRun { computedAt job { id state } } }`);
    expect(after.measuresRun?.computedAt ?? null).toBe(before);
    expect(after.measuresRun?.job ?? { id: job.id, state: 'CANCELLED' }).toEqual({ id: job.id, state: 'CANCELLED' });
  });

  it('stores the run of a finished job, which measuresRun then shows, and refuses without an editor key', async () => {
    const refused = await server.gql('mutation { startMeasuresRecompute { id } }');
    expect(refused.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');

    const { startMeasuresRecompute: job } = await server.ok(`mutation { startMeasuresRecompute(evidence: [SYNTHETIC]) { ${JOB} } }`, {}, EDITOR);
    const finished = await waitUntilFinished();
    expect(finished).toMatchObject({ id: job.id, state: 'DONE', phase: 'done', percent: 100, error: null });
    const { measuresRun } = await server.ok(`{ measuresRun { computedAt evidence actors gdsVersion timings { measure engine } job { id state computedAt } } }`);
    expect(measuresRun.computedAt).toBe(finished.computedAt);
    expect(measuresRun.evidence).toEqual(['SYNTHETIC']);
    expect(measuresRun.actors).toBeGreaterThanOrEqual(GENERATED);
    expect(measuresRun.job).toEqual({ id: job.id, state: 'DONE', computedAt: finished.computedAt });
    // The test Neo4j has GDS: the job used it by default.
    expect(measuresRun.gdsVersion).toBe('2.13.9');
    expect(measuresRun.timings.find((t: { measure: string }) => t.measure === 'pagerank').engine).toBe('GDS');
  });
});
