import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { modularity } from '../../src/analytics/communities';
import { projectActorNetwork } from '../../src/analytics/projection';
import { AnalyticsRepository } from '../../src/db/repositories/analytics.repository';
import type { EvidenceLevel } from '../../src/domain/model';
import { generateDataset } from '../../src/ingest/generate';
import { importDataset } from '../../src/ingest/importer';
import { startTestServer, type TestServer } from '../helpers/server';

/**
 * Graph Data Science in the test run's embedded Neo4j against helixgraph's own engine (the
 * fallback on a Neo4j without GDS), both through recomputeMeasures over HTTP, on the founding
 * dataset and on a generated graph. Stated tolerances (docs/analytics.md): every measure both
 * engines compute identically agrees to 1e-9 (PageRank, iterated to 1e-10 by both, to 1e-6);
 * Louvain labels may differ, so its modularity is compared (within 0.03 of ours), and the stored
 * GDS partition must have the modularity the run states.
 */

const EDITOR = 'gds-test-editor-key-0123456789abcdef';
const GENERATED = 300;

const MEASURES = `degree degreeCentrality strength betweenness closeness pagerank community effectiveSize efficiency constraint
  brokerage { coordinator itinerant gatekeeper representative liaison total }`;
const RUN = `actors ties arcs betweennessExact pivots maxStandardError errorBound closenessMaxStandardError communities modularity
  cappedContexts gdsVersion timings { measure engine }`;

let server: TestServer;

type Measures = Record<string, any>;

/** Every actor's stored measures, read page by page through the API. */
async function storedMeasures(): Promise<Map<string, Measures>> {
  const out = new Map<string, Measures>();
  let after: string | null = null;
  for (;;) {
    const data: any = await server.ok(`query($after: String) { actors(first: 100, after: $after) { pageInfo { hasNextPage endCursor } nodes { id measures { ${MEASURES} } } } }`, { after });
    for (const a of data.actors.nodes) if (a.measures) out.set(a.id, a.measures);
    if (!data.actors.pageInfo.hasNextPage) return out;
    after = data.actors.pageInfo.endCursor;
  }
}

async function recompute(engine: 'GDS' | 'HELIXGRAPH', args: string): Promise<{ run: Record<string, any>; measures: Map<string, Measures> }> {
  const data = await server.ok(`mutation { recomputeMeasures(engine: ${engine} ${args}) { ${RUN} } }`, {}, EDITOR);
  return { run: data.recomputeMeasures, measures: await storedMeasures() };
}

/** The largest difference of each measure between two stores, over every actor of `a`. */
function largestDifferences(a: Map<string, Measures>, b: Map<string, Measures>): Record<string, number> {
  const worst: Record<string, number> = {};
  const flat = (m: Measures): Record<string, unknown> => ({ ...m, ...Object.fromEntries(Object.entries(m.brokerage).map(([k, v]) => [`brokerage.${k}`, v])), brokerage: undefined });
  for (const [id, ma] of a) {
    const mb = b.get(id);
    expect(mb, `actor ${id} has measures from both engines`).toBeDefined();
    const fa = flat(ma);
    const fb = flat(mb!);
    for (const [k, v] of Object.entries(fa)) {
      if (k === 'brokerage' || k === 'community') continue;
      const d = v === null || fb[k] === null ? (v === fb[k] ? 0 : Infinity) : Math.abs((v as number) - (fb[k] as number));
      worst[k] = Math.max(worst[k] ?? 0, d);
    }
  }
  return worst;
}

function expectAgreement(worst: Record<string, number>): void {
  for (const [measure, d] of Object.entries(worst)) expect(d, measure).toBeLessThanOrEqual(measure === 'pagerank' ? 1e-6 : 1e-9);
}

beforeAll(async () => {
  server = await startTestServer({ HELIXGRAPH_API_KEYS: `editor:${EDITOR}`, HELIXGRAPH_EVIDENCE: 'ALL', HELIXGRAPH_QUERY_TIMEOUT_MS: '120000' });
});
afterAll(async () => {
  await server.app.db.executor.runText("MATCH (n) WHERE n.id STARTS WITH 'gen:' DETACH DELETE n");
  await server.stop();
});

describe('GDS and helixgraph engines', () => {
  it('agree on every measure of the founding dataset, GDS computing degree, PageRank, betweenness, closeness and Louvain', async () => {
    const ours = await recompute('HELIXGRAPH', '');
    const gds = await recompute('GDS', '');
    expect(ours.run.gdsVersion).toBeNull();
    expect(ours.run.timings.every((t: { engine: string }) => t.engine === 'HELIXGRAPH')).toBe(true);
    expect(gds.run.gdsVersion).toBe('2.13.9');
    expect(gds.run.timings).toEqual([
      { measure: 'degree', engine: 'GDS' },
      { measure: 'betweenness', engine: 'GDS' },
      { measure: 'closeness', engine: 'GDS' },
      { measure: 'pagerank', engine: 'GDS' },
      { measure: 'communities', engine: 'GDS' },
      { measure: 'burt', engine: 'HELIXGRAPH' },
      { measure: 'gouldFernandez', engine: 'HELIXGRAPH' },
    ]);
    // The network GDS folded in Neo4j is the one helixgraph folds in Node.
    const { timings: _a, gdsVersion: _b, modularity: qOurs, communities: _c, ...shapeOurs } = ours.run;
    const { timings: _d, gdsVersion: _e, modularity: qGds, communities: _f, ...shapeGds } = gds.run;
    expect(shapeGds).toEqual(shapeOurs);
    expect(shapeGds).toMatchObject({ actors: 79, ties: 347, arcs: 691, betweennessExact: true });
    expectAgreement(largestDifferences(ours.measures, gds.measures));
    expect(Math.abs(qGds - qOurs)).toBeLessThanOrEqual(0.03);
  });

  it('agree on a generated graph with sampled betweenness and closeness, and GDS stores the partition whose modularity it states', async () => {
    await importDataset(server.app.db.executor, generateDataset({ actors: GENERATED, seed: 17 }), 'generated-gds-test.json', { batchSize: 5000 });
    const args = 'evidence: [SYNTHETIC], exactUpTo: 100, pivots: 60';
    const ours = await recompute('HELIXGRAPH', args);
    const gds = await recompute('GDS', args);
    expect(gds.run.betweennessExact).toBe(false);
    expect(gds.run.pivots).toBe(60);
    // Sampled: the same seeded pivots on the same network, so the same estimates and stated errors.
    for (const k of ['actors', 'ties', 'arcs', 'cappedContexts']) expect(gds.run[k], k).toBe(ours.run[k]);
    // (Summed in another order: equal to the last bits.)
    for (const k of ['maxStandardError', 'errorBound', 'closenessMaxStandardError']) expect(gds.run[k], k).toBeCloseTo(ours.run[k], 12);
    expect(gds.run.actors).toBeGreaterThanOrEqual(GENERATED);
    expect(gds.run.timings.map((t: { measure: string; engine: string }) => `${t.measure}:${t.engine}`)).toEqual([
      'degree:GDS',
      'betweenness:HELIXGRAPH',
      'closeness:HELIXGRAPH',
      'pagerank:GDS',
      'communities:GDS',
      'burt:HELIXGRAPH',
      'gouldFernandez:HELIXGRAPH',
    ]);
    const ids = new Set([...gds.measures.keys()].filter((id) => id.startsWith('gen:')));
    const only = (m: Map<string, Measures>) => new Map([...m].filter(([id]) => ids.has(id)));
    expectAgreement(largestDifferences(only(ours.measures), only(gds.measures)));
    expect(Math.abs(gds.run.modularity - ours.run.modularity)).toBeLessThanOrEqual(0.03);

    // The communities stored by GDS, on the network helixgraph folds, have the modularity GDS stated.
    const evidence: EvidenceLevel[] = ['SYNTHETIC'];
    const data = await new AnalyticsRepository(server.app.db.executor).readNetwork(evidence);
    const network = projectActorNetwork(data.actors, data.ties, data.affiliations);
    const membership = Object.fromEntries(network.graph.nodes().map((id) => [id, gds.measures.get(id)!.community as number]));
    expect(modularity(network.graph, membership)).toBeCloseTo(gds.run.modularity, 9);
    expect(new Set(Object.values(membership)).size).toBe(gds.run.communities);
  });
});
