import { inject } from 'vitest';
import { describe, expect, it } from 'vitest';

import { runBenchmark, type BenchResult } from '../../bench/harness';
import { renderMarkdown } from '../../bench/report';

/**
 * The benchmark's quick mode as a smoke test: it runs end to end on the suite's Neo4j with 500
 * generated actors (removed afterwards), and helixgraph, the floor and @neo4j/graphql give the same
 * answers. It asserts no timings: those belong to `npm run bench`.
 */
describe('the benchmark (quick mode)', () => {
  let result: BenchResult;

  it('runs every query on the three implementations and they agree', async () => {
    const lines: string[] = [];
    result = await runBenchmark({
      quick: true,
      actors: 500,
      seed: 7,
      uri: inject('neo4jUri'),
      childProcesses: false,
      scaleSizes: [],
      generateScale: false,
      log: (l) => lines.push(l),
    }).catch((err) => {
      throw new Error(`${(err as Error).message}\n${lines.join('\n')}`);
    });
    console.log(lines.join('\n'));
    const measured = result.queries.filter((q) => !q.skipped);
    expect(measured.map((q) => q.key)).toEqual(expect.arrayContaining(['node', 'page', 'links2', 'search', 'counts', 'report']));
    for (const q of measured) {
      expect({ key: q.key, mismatch: q.mismatch }).toEqual({ key: q.key, mismatch: undefined });
      expect(q.agree.helixgraph).toBe(true);
      expect(q.agree.floor).toBe(true);
      // @neo4j/graphql answers every query it can express, and agrees.
      expect(q.agree['neo4j-graphql']).toBe(q.unsupported ? null : true);
      expect(q.latency.helixgraph!.n).toBeGreaterThan(0);
      expect(q.throughput.floor!.requests).toBeGreaterThan(0);
      expect(q.throughput.helixgraph!.errors).toBe(0);
      expect(q.roundTrips.helixgraph).toBeLessThanOrEqual(q.depth + 1);
      expect(q.dbHits.floor).toBeGreaterThan(0);
    }
    expect(result.dataset.rows).toBeGreaterThan(2500);
  }, 420_000);

  it('climbs the ladder: every rung starts, answers node by id and the page of 100 as the floor does, and takes load', () => {
    const ladder = result.ladder!;
    expect(ladder.rungs.map((r) => r.key)).toEqual(['floor', 'express', 'apollo-express', 'apollo-http', 'plugins', 'schema', 'helixgraph']);
    for (const rung of ladder.rungs) {
      for (const key of ['node', 'page'] as const) {
        const m = rung.queries[key];
        expect({ rung: rung.key, key, error: rung.error, agree: m.agree, mismatch: m.mismatch }).toEqual({ rung: rung.key, key, error: undefined, agree: true, mismatch: undefined });
        expect(m.rounds[0].requests).toBeGreaterThan(0);
        expect(m.rounds[0].errors).toBe(0);
        expect(m.latency!.n).toBeGreaterThan(0);
      }
    }
    // In quick mode the rungs share the test's process: no profile, and the report says why.
    expect(ladder.profilesSkipped).toMatch(/quick mode/);
  });

  it('renders the comparison as a markdown table with the targets', () => {
    const md = renderMarkdown(result);
    expect(md).toContain('| query | answers agree | helixgraph p50 / p95 / p99 | floor p50 / p95 / p99 | @neo4j/graphql p50 / p95 / p99 |');
    expect(md).toContain('| page of 100 enterprises + village, sectors, investments, sources | yes, yes |');
    expect(md).toContain('## Targets');
    expect(md).toContain('## Ladder: what each layer costs');
    expect(md).toMatch(/\| 6 \| \+ helixgraph's schema .* \| agree \|/);
  });
});
