import { describe, expect, it } from 'vitest';

import { ACTOR_KINDS } from '../../src/domain/model';
import { seededRandom } from '../../src/domain/random';
import { generateBatches, generateDataset, planDataset } from '../../src/ingest/generate';
import { validateDataset } from '../../src/ingest/validate';

describe('seededRandom', () => {
  it('gives the same sequence for the same seed and another for another seed', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const c = seededRandom(43);
    const xs = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(xs);
    expect(c()).not.toBe(xs[0]);
    for (const x of xs) expect(x >= 0 && x < 1).toBe(true);
  });
});

describe('generateDataset', () => {
  const data = generateDataset({ actors: 2000, seed: 5 });

  it('is the same record for record for the same size and seed, and differs with the seed', () => {
    expect(JSON.stringify(generateDataset({ actors: 2000, seed: 5 }))).toBe(JSON.stringify(data));
    expect(JSON.stringify(generateDataset({ actors: 2000, seed: 6 }))).not.toBe(JSON.stringify(data));
  });

  it('passes the importer\'s validation as a whole', () => {
    expect(validateDataset(data, 'generated')).toEqual([]);
  });

  it('has the planned number of each actor kind, mostly enterprises', () => {
    const plan = planDataset(2000);
    const counts = Object.fromEntries(ACTOR_KINDS.map((k) => [k, data.nodes.filter((n) => n.label === k).length]));
    expect(counts).toEqual(plan.actors);
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(2000);
    expect(counts.Enterprise).toBe(1600);
    for (const k of ACTOR_KINDS) expect(counts[k]).toBeGreaterThan(0);
  });

  it('marks every record as synthetic: gen: ids, placeholder flags, a source on every node and link', () => {
    for (const r of [...data.sources, ...data.nodes]) expect(r.id.startsWith('gen:')).toBe(true);
    for (const r of [...data.nodes, ...data.links]) {
      expect(r.placeholder).toBe(true);
      expect(r.sources).toHaveLength(1);
    }
  });

  it('has heavy-tailed degrees: the best-connected actor has many times the median degree', () => {
    const degree = new Map<string, number>();
    for (const l of data.links) for (const id of [l.from, l.to]) degree.set(id, (degree.get(id) ?? 0) + 1);
    const actors = data.nodes.filter((n) => (ACTOR_KINDS as readonly string[]).includes(n.label)).map((n) => degree.get(n.id) ?? 0).sort((a, b) => a - b);
    const median = actors[actors.length >> 1];
    expect(actors[actors.length - 1]).toBeGreaterThan(8 * median);
  });

  it('has events with participants, investments with an investor and an enterprise, villages in provinces', () => {
    const types = new Set(data.links.map((l) => l.type));
    for (const t of ['PARTICIPATED_IN', 'INVESTED', 'RECEIVED', 'RESULT_OF', 'LOCATED_IN', 'ACTIVE_IN', 'SUPPORTS', 'PARTNERS_WITH', 'ORGANIZED']) expect(types).toContain(t);
    const labels = new Set(data.nodes.map((n) => n.label));
    for (const l of ['Province', 'CraftVillage', 'Sector', 'Event', 'Investment', 'Project', 'Program', 'Market']) expect(labels).toContain(l);
  });
});

describe('generateBatches', () => {
  it('yields batches whose links point into the same batch or an earlier one', () => {
    const seen = new Set<string>();
    let batches = 0;
    for (const batch of generateBatches({ actors: 3000, seed: 1, batchSize: 500 })) {
      batches++;
      for (const n of batch.nodes) seen.add(n.id);
      for (const l of batch.links) {
        expect(seen.has(l.from) && seen.has(l.to)).toBe(true);
      }
    }
    expect(batches).toBeGreaterThan(10);
  });

  it('refuses sizes outside 1 to 2,000,000 actors', () => {
    expect(() => planDataset(0)).toThrow('actors must be an integer from 1 to 2000000; got 0');
    expect(() => planDataset(2_000_001)).toThrow(RangeError);
  });
});
