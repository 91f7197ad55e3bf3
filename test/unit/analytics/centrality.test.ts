import { DirectedGraph, UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';

import { betweenness, closeness, degrees, pagerank, samplePivots } from '../../../src/analytics/centrality';
import { seededRandom } from '../../../src/domain/random';

function undirected(edges: Array<[string, string, number?]>, extra: string[] = []): UndirectedGraph {
  const g = new UndirectedGraph();
  for (const n of extra) g.mergeNode(n);
  for (const [a, b, w] of edges) {
    g.mergeNode(a);
    g.mergeNode(b);
    g.addEdge(a, b, { weight: w ?? 1 });
  }
  return g;
}

const path5 = () => undirected([['a', 'b'], ['b', 'c'], ['c', 'd'], ['d', 'e']]);
const star = () => undirected([['hub', 'l1'], ['hub', 'l2'], ['hub', 'l3'], ['hub', 'l4']]);

/** A connected random graph (a ring plus random chords), deterministic. */
function randomGraph(n: number, chords: number, seed: number): UndirectedGraph {
  const random = seededRandom(seed);
  const g = new UndirectedGraph();
  for (let i = 0; i < n; i++) g.addNode(`n${i}`);
  for (let i = 0; i < n; i++) g.mergeEdge(`n${i}`, `n${(i + 1) % n}`, { weight: 1 });
  for (let k = 0; k < chords; k++) {
    const a = Math.floor(random() * n);
    const b = Math.floor(random() * n);
    if (a !== b) g.mergeEdge(`n${a}`, `n${b}`, { weight: 1 });
  }
  return g;
}

describe('betweenness', () => {
  it('is exact on a path of five: 0, 0.5, 0.667, 0.5, 0 (pairs through a node over the 6 pairs of others)', () => {
    const r = betweenness(path5());
    expect(r).toMatchObject({ exact: true, pivots: 5, maxStandardError: 0, errorBound: 0 });
    expect(Object.fromEntries(Object.entries(r.values).map(([k, v]) => [k, Number(v.toFixed(4))]))).toEqual({
      a: 0,
      b: 0.5,
      c: 0.6667,
      d: 0.5,
      e: 0,
    });
  });

  it('gives a star centre 1 and its leaves 0', () => {
    expect(betweenness(star()).values).toEqual({ hub: 1, l1: 0, l2: 0, l3: 0, l4: 0 });
  });

  it('counts hops, not weights: a heavy tie is not a longer path', () => {
    const g = undirected([['a', 'b', 10], ['b', 'c', 10], ['a', 'd', 1], ['d', 'c', 1]]);
    const r = betweenness(g).values;
    expect(r.b).toBeCloseTo(r.d, 12);
  });

  it('samples all sources when pivots = N, giving the exact values', () => {
    const g = randomGraph(120, 60, 7);
    const exact = betweenness(g).values;
    const sampled = betweenness(g, { exactUpTo: 10, pivots: 120 });
    expect(sampled.exact).toBe(true);
    for (const node of g.nodes()) expect(sampled.values[node]).toBeCloseTo(exact[node], 12);
  });

  it('above exactUpTo, estimates from k pivots, states k and its error, and stays within the stated bound', () => {
    const g = randomGraph(400, 300, 11);
    const exact = betweenness(g).values;
    const sampled = betweenness(g, { exactUpTo: 100, pivots: 100, seed: 3 });
    expect(sampled.exact).toBe(false);
    expect(sampled.pivots).toBe(100);
    // Hoeffding, union over 400 nodes at 95%: (n/(n−1)) · sqrt(ln(2n/0.05) / 2k).
    expect(sampled.errorBound).toBeCloseTo((400 / 399) * Math.sqrt(Math.log(800 / 0.05) / 200), 12);
    expect(sampled.maxStandardError).toBeGreaterThan(0);
    expect(sampled.maxStandardError).toBeLessThan(sampled.errorBound);
    let worst = 0;
    for (const node of g.nodes()) worst = Math.max(worst, Math.abs(sampled.values[node] - exact[node]));
    expect(worst).toBeLessThan(sampled.errorBound);
    expect(worst).toBeLessThan(5 * sampled.maxStandardError);
  });

  it('is unbiased: the mean of many sampled estimates approaches the exact value', () => {
    const g = randomGraph(200, 120, 5);
    const exact = betweenness(g).values;
    const top = Object.entries(exact).sort((a, b) => b[1] - a[1])[0][0];
    let sum = 0;
    const runs = 40;
    for (let seed = 1; seed <= runs; seed++) sum += betweenness(g, { exactUpTo: 10, pivots: 20, seed }).values[top];
    expect(Math.abs(sum / runs - exact[top]) / exact[top]).toBeLessThan(0.05);
  });

  it('draws the same pivots from the same seed, all distinct', () => {
    expect(samplePivots(50, 10, 9)).toEqual(samplePivots(50, 10, 9));
    expect(new Set(samplePivots(50, 50, 9)).size).toBe(50);
    expect(samplePivots(50, 10, 9)).not.toEqual(samplePivots(50, 10, 10));
  });
});

describe('closeness', () => {
  it('uses the Wasserman–Faust form: b on a path of five reaches 4 at total distance 7 → 4/7', () => {
    expect(closeness(path5()).values.b).toBeCloseTo(4 / 7, 12);
  });

  it('scales by the share of actors reached when the graph is disconnected, and gives an isolate 0', () => {
    const r = closeness(undirected([['a', 'b'], ['b', 'c'], ['c', 'd'], ['d', 'e']], ['lonely'])).values;
    expect(r.b).toBeCloseTo((4 / 7) * (4 / 5), 12);
    expect(r.lonely).toBe(0);
  });
});

describe('closeness, sampled above exactUpTo', () => {
  it('equals the exact values when every node is a pivot', () => {
    const g = randomGraph(150, 80, 2);
    const exact = closeness(g).values;
    const all = closeness(g, { exactUpTo: 10, pivots: 150 });
    expect(all.exact).toBe(true);
    for (const node of g.nodes()) expect(all.values[node]).toBeCloseTo(exact[node], 12);
  });

  it('estimates from k pivots within a few stated standard errors, exact for components without a pivot', () => {
    const g = randomGraph(400, 200, 13);
    g.addNode('x');
    g.addNode('y');
    g.addEdge('x', 'y', { weight: 1 });
    const exact = closeness(g).values;
    const sampled = closeness(g, { exactUpTo: 100, pivots: 60, seed: 4 });
    expect(sampled).toMatchObject({ exact: false, pivots: 60 });
    expect(sampled.maxStandardError).toBeGreaterThan(0);
    let worst = 0;
    for (const node of g.nodes()) worst = Math.max(worst, Math.abs(sampled.values[node] - exact[node]));
    expect(worst).toBeLessThan(5 * sampled.maxStandardError);
    // x and y form a component of two; unless a pivot fell in it, their value is computed exactly.
    expect(sampled.values.x).toBeCloseTo(exact.x, 12);
  });

  it('gives each pivot its exact closeness: its own search reaches every other node', () => {
    const g = randomGraph(400, 200, 13);
    const exact = closeness(g).values;
    const sampled = closeness(g, { exactUpTo: 100, pivots: 60, seed: 4 });
    const ids = g.nodes();
    const pivots = samplePivots(400, 60, 4).map((i) => ids[i]);
    expect(pivots).toHaveLength(60);
    for (const p of pivots) expect(sampled.values[p]).toBeCloseTo(exact[p], 12);
  });

  it('computes exactly every node of a component that drew a single pivot, and states the error of the others', () => {
    // A random component of 300 and a chain of 40; the seed is the first to put exactly one of the
    // 30 pivots in the chain, so the chain's 39 other nodes would have one distance each to go on.
    const g = randomGraph(300, 150, 21);
    for (let i = 1; i < 40; i++) g.mergeEdge(`c${i - 1}`, `c${i}`, { weight: 1 });
    const ids = g.nodes();
    const inChain = (seed: number) => samplePivots(340, 30, seed).filter((i) => ids[i].startsWith('c')).length;
    const seed = Array.from({ length: 200 }, (_, i) => i + 1).find((s) => inChain(s) === 1)!;
    expect(seed).toBeDefined();
    const exact = closeness(g).values;
    const sampled = closeness(g, { exactUpTo: 100, pivots: 30, seed });
    expect(sampled.exact).toBe(false);
    for (let i = 0; i < 40; i++) expect(sampled.values[`c${i}`]).toBeCloseTo(exact[`c${i}`], 12);
    let worst = 0;
    for (const node of ids) worst = Math.max(worst, Math.abs(sampled.values[node] - exact[node]));
    expect(sampled.maxStandardError).toBeGreaterThan(0);
    expect(worst).toBeLessThan(5 * sampled.maxStandardError);
  });

  it('states no error for a graph whose components each drew at most one pivot, as every value is then exact', () => {
    // Twenty chains of 10: with 12 pivots most chains draw none or one.
    const g = new UndirectedGraph();
    for (let c = 0; c < 20; c++) for (let i = 1; i < 10; i++) g.mergeEdge(`k${c}.${i - 1}`, `k${c}.${i}`, { weight: 1 });
    const ids = g.nodes();
    const atMostOne = (seed: number) => {
      const per = new Map<string, number>();
      for (const i of samplePivots(200, 12, seed)) per.set(ids[i].split('.')[0], (per.get(ids[i].split('.')[0]) ?? 0) + 1);
      return [...per.values()].every((x) => x <= 1);
    };
    const seed = Array.from({ length: 500 }, (_, i) => i + 1).find(atMostOne)!;
    expect(seed).toBeDefined();
    const exact = closeness(g).values;
    const sampled = closeness(g, { exactUpTo: 10, pivots: 12, seed });
    expect(sampled).toMatchObject({ exact: false, pivots: 12, maxStandardError: 0 });
    for (const node of ids) expect(sampled.values[node]).toBeCloseTo(exact[node], 12);
  });
});

describe('pagerank', () => {
  it('is uniform on a directed cycle and sums to 1', () => {
    const g = new DirectedGraph();
    for (const [a, b] of [['x', 'y'], ['y', 'z'], ['z', 'x']]) {
      g.mergeNode(a);
      g.mergeNode(b);
      g.addEdge(a, b, { weight: 1 });
    }
    const r = pagerank(g);
    for (const v of Object.values(r)) expect(v).toBeCloseTo(1 / 3, 8);
  });

  it('ranks the receiver of many flows first: leaves → hub gives the hub (1 − 0.85)/5 + 0.85·(leaves and dangling mass)', () => {
    const g = new DirectedGraph();
    g.addNode('hub');
    for (const l of ['l1', 'l2', 'l3', 'l4']) {
      g.addNode(l);
      g.addEdge(l, 'hub', { weight: 1 });
    }
    const r = pagerank(g);
    // Stationary: leaf = 0.15/5 + 0.85·hub/5, hub = 0.15/5 + 0.85·(4 leaf + hub/5) → hub ≈ 0.4796.
    const leaf = r.l1;
    expect(leaf).toBeCloseTo(0.03 + (0.85 * r.hub) / 5, 8);
    expect(r.hub).toBeCloseTo(0.03 + 0.85 * (4 * leaf + r.hub / 5), 8);
    expect(Object.values(r).reduce((s, v) => s + v, 0)).toBeCloseTo(1, 8);
    expect(r.hub).toBeGreaterThan(4 * leaf);
  });
});

describe('degrees', () => {
  it('gives distinct neighbours, degree / (N−1) and the summed tie weights', () => {
    const r = degrees(undirected([['a', 'b', 2], ['a', 'c', 1]], ['d']));
    expect(r).toEqual({
      a: { degree: 2, degreeCentrality: 2 / 3, strength: 3 },
      b: { degree: 1, degreeCentrality: 1 / 3, strength: 2 },
      c: { degree: 1, degreeCentrality: 1 / 3, strength: 1 },
      d: { degree: 0, degreeCentrality: 0, strength: 0 },
    });
  });
});
