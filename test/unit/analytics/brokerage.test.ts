import { DirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';

import { gouldFernandez, structuralHoles } from '../../../src/analytics/brokerage';
import { seededRandom } from '../../../src/domain/random';

/** A directed graph from arcs [from, to, weight?]. */
function digraph(arcs: Array<[string, string, number?]>, extraNodes: string[] = []): DirectedGraph {
  const g = new DirectedGraph();
  for (const n of extraNodes) g.mergeNode(n);
  for (const [a, b, w] of arcs) {
    g.mergeNode(a);
    g.mergeNode(b);
    g.addDirectedEdge(a, b, { weight: w ?? 1 });
  }
  return g;
}

/** An undirected graph as arcs both ways, as the actor network's `arcs` holds it. */
function symmetric(edges: Array<[string, string, number?]>, extraNodes: string[] = []): DirectedGraph {
  return digraph(
    edges.flatMap(([a, b, w]) => [
      [a, b, w],
      [b, a, w],
    ]),
    extraNodes,
  );
}

const round = (x: number | null, places: number) => (x === null ? null : Number(x.toFixed(places)));

// The reference values below are networkx's own tests of structuralholes (test_structuralholes.py),
// "originally computed using UCINET and igraph, and then computed by hand".
describe('structuralHoles (Burt 1992, networkx reference values)', () => {
  const D: Array<[string, string, number?]> = [
    ['0', '1'],
    ['0', '2'],
    ['1', '0'],
    ['2', '1'],
  ];
  const DWeights: Record<string, number> = { '0-1': 2, '0-2': 2, '1-0': 1, '2-1': 1 };
  // Borgatti's example, http://www.analytictech.com/connections/v20(1)/holes.htm
  const G: Array<[string, string]> = [
    ['A', 'B'],
    ['A', 'F'],
    ['A', 'G'],
    ['A', 'E'],
    ['E', 'G'],
    ['F', 'G'],
    ['B', 'G'],
    ['B', 'D'],
    ['D', 'G'],
    ['G', 'C'],
  ];
  const GWeights: Record<string, number> = { AB: 2, AF: 3, AG: 5, AE: 2, EG: 8, FG: 3, BG: 4, BD: 1, DG: 3, GC: 10 };

  it('gives the constraint and effective size of the directed example: 1.003, 1.003, 1.389 and 1.167, 1.167, 1', () => {
    const r = structuralHoles(digraph(D));
    expect([0, 1, 2].map((n) => round(r[n].constraint, 3))).toEqual([1.003, 1.003, 1.389]);
    expect([0, 1, 2].map((n) => round(r[n].effectiveSize, 3))).toEqual([1.167, 1.167, 1]);
  });

  it('gives the weighted directed example: constraint 0.840, 1.143, 1.378; effective size 1.567, 1.083, 1', () => {
    const r = structuralHoles(digraph(D.map(([a, b]) => [a, b, DWeights[`${a}-${b}`]])));
    expect([0, 1, 2].map((n) => round(r[n].constraint, 3))).toEqual([0.84, 1.143, 1.378]);
    expect([0, 1, 2].map((n) => round(r[n].effectiveSize, 3))).toEqual([1.567, 1.083, 1]);
  });

  it("gives Borgatti's undirected example: constraint G 0.400, A 0.595, C 1; effective size G 4.67, A 2.50, C 1", () => {
    const r = structuralHoles(symmetric(G));
    expect(['G', 'A', 'C'].map((n) => round(r[n].constraint, 3))).toEqual([0.4, 0.595, 1]);
    expect(['G', 'A', 'C'].map((n) => round(r[n].effectiveSize, 2))).toEqual([4.67, 2.5, 1]);
    // Borgatti's n − 2t/n for an unweighted undirected graph: G has 6 contacts with 3 ties among them.
    expect(r.G.effectiveSize).toBeCloseTo(6 - (2 * 4) / 6, 10);
    expect(r.G.efficiency).toBeCloseTo(r.G.effectiveSize! / 6, 10);
  });

  it('gives the weighted undirected example: constraint G 0.299, A 0.795, C 1; effective size G 5.47, A 2.47, C 1', () => {
    const r = structuralHoles(symmetric(G.map(([a, b]) => [a, b, GWeights[`${a}${b}`]])));
    expect(['G', 'A', 'C'].map((n) => round(r[n].constraint, 3))).toEqual([0.299, 0.795, 1]);
    expect(['G', 'A', 'C'].map((n) => round(r[n].effectiveSize, 2))).toEqual([5.47, 2.47, 1]);
  });

  it('leaves the measures of an isolated node undefined (null), as networkx gives NaN', () => {
    const r = structuralHoles(symmetric(G, ['1']));
    expect(r['1']).toEqual({ effectiveSize: null, efficiency: null, constraint: null });
  });

  it('gives a star centre constraint 1/n and effective size n, and each leaf constraint 1', () => {
    const r = structuralHoles(symmetric([['c', 'a'], ['c', 'b'], ['c', 'd'], ['c', 'e']]));
    expect(r.c).toEqual({ effectiveSize: 4, efficiency: 1, constraint: 0.25 });
    expect(r.a).toEqual({ effectiveSize: 1, efficiency: 1, constraint: 1 });
  });
});

// The strike network of a wood-processing plant (Michael 1997), the brokerage example of de Nooy,
// Mrvar & Batagelj, "Exploratory Social Network Analysis with Pajek" (2005), with its three groups
// (Spanish-speaking; older English-speaking; younger English-speaking). The expected counts are
// the output of statnet's sna::brokerage(strike, groups)$raw.nli on the symmetric data.
describe('gouldFernandez on the textbook strike network (sna::brokerage reference output)', () => {
  const edges: Array<[string, string]> = [
    ['Frank', 'Gill'], ['Gill', 'Ike'], ['Gill', 'Hal'], ['Gill', 'John'], ['Ike', 'Mike'], ['Ike', 'Bob'],
    ['Mike', 'Bob'], ['Hal', 'John'], ['Hal', 'Bob'], ['John', 'Karl'], ['John', 'Lanny'], ['John', 'Bob'],
    ['Karl', 'Lanny'], ['Karl', 'Ozzie'], ['Lanny', 'Bob'], ['Bob', 'Alejandro'], ['Bob', 'Norm'],
    ['Alejandro', 'Carlos'], ['Alejandro', 'Eduardo'], ['Alejandro', 'Domingo'], ['Carlos', 'Eduardo'],
    ['Carlos', 'Domingo'], ['Eduardo', 'Domingo'], ['Norm', 'Ozzie'], ['Norm', 'Vern'], ['Norm', 'Paul'],
    ['Norm', 'Utrecht'], ['Norm', 'Sam'], ['Vern', 'Ted'], ['Paul', 'Quint'], ['Quint', 'Utrecht'],
    ['Quint', 'Russ'], ['Utrecht', 'Russ'], ['Utrecht', 'Sam'], ['Russ', 'Ted'], ['Sam', 'Xavier'],
    ['Sam', 'Wendle'], ['Xavier', 'Wendle'],
  ];
  const group: Record<string, string> = {};
  for (const n of ['Frank', 'Gill', 'Ike', 'Mike', 'Hal', 'John', 'Karl', 'Lanny', 'Bob']) group[n] = 'younger';
  for (const n of ['Alejandro', 'Carlos', 'Eduardo', 'Domingo']) group[n] = 'spanish';
  for (const n of ['Norm', 'Ozzie', 'Vern', 'Paul', 'Quint', 'Utrecht', 'Russ', 'Ted', 'Sam', 'Xavier', 'Wendle']) group[n] = 'older';

  // name: [w_I coordinator, w_O itinerant, b_IO gatekeeper, b_OI representative, b_O liaison, total]
  const expected: Record<string, number[]> = {
    Xavier: [0, 0, 0, 0, 0, 0],
    Utrecht: [8, 0, 0, 0, 0, 8],
    Frank: [0, 0, 0, 0, 0, 0],
    Domingo: [0, 0, 0, 0, 0, 0],
    Norm: [18, 0, 5, 5, 0, 28],
    Hal: [2, 0, 0, 0, 0, 2],
    Russ: [4, 0, 0, 0, 0, 4],
    Karl: [0, 0, 2, 2, 0, 4],
    Bob: [14, 0, 10, 10, 2, 36],
    Quint: [4, 0, 0, 0, 0, 4],
    Wendle: [0, 0, 0, 0, 0, 0],
    Ozzie: [0, 0, 1, 1, 0, 2],
    Ike: [4, 0, 0, 0, 0, 4],
    Ted: [2, 0, 0, 0, 0, 2],
    Sam: [8, 0, 0, 0, 0, 8],
    Vern: [2, 0, 0, 0, 0, 2],
    Gill: [10, 0, 0, 0, 0, 10],
    Lanny: [2, 0, 0, 0, 0, 2],
    Mike: [0, 0, 0, 0, 0, 0],
    Carlos: [0, 0, 0, 0, 0, 0],
    Alejandro: [0, 0, 3, 3, 0, 6],
    Paul: [2, 0, 0, 0, 0, 2],
    Eduardo: [0, 0, 0, 0, 0, 0],
    John: [12, 0, 0, 0, 0, 12],
  };

  it('reproduces the role counts of all 24 workers', () => {
    const roles = gouldFernandez(symmetric(edges), (n) => group[n]);
    const actual = Object.fromEntries(
      Object.entries(roles).map(([n, r]) => [n, [r.coordinator, r.itinerant, r.gatekeeper, r.representative, r.liaison, r.total]]),
    );
    expect(actual).toEqual(expected);
  });
});

describe('gouldFernandez on directed two-paths', () => {
  const roleOf = (groups: string) => {
    const [ga, gb, gc] = groups.split('');
    const r = gouldFernandez(digraph([['a', 'b'], ['b', 'c']]), (n) => ({ a: ga, b: gb, c: gc })[n]!);
    return r.b;
  };

  it('names the five roles from the groups of A → B → C', () => {
    expect(roleOf('xxx')).toMatchObject({ coordinator: 1, total: 1 });
    expect(roleOf('xyx')).toMatchObject({ itinerant: 1, total: 1 });
    expect(roleOf('xyy')).toMatchObject({ gatekeeper: 1, total: 1 });
    expect(roleOf('xxy')).toMatchObject({ representative: 1, total: 1 });
    expect(roleOf('xyz')).toMatchObject({ liaison: 1, total: 1 });
  });

  it('counts no brokerage when A already sends to C, and ignores the reverse arc C → A', () => {
    const same = () => 'g';
    expect(gouldFernandez(digraph([['a', 'b'], ['b', 'c'], ['a', 'c']]), same).b.total).toBe(0);
    expect(gouldFernandez(digraph([['a', 'b'], ['b', 'c'], ['c', 'a']]), same).b).toEqual({
      coordinator: 1,
      itinerant: 0,
      gatekeeper: 0,
      representative: 0,
      liaison: 0,
      total: 1,
    });
  });

  it('follows the direction of flow: a funder → incubator → enterprise chain makes the incubator a liaison once', () => {
    const sphere: Record<string, string> = { fund: 'INTERNATIONAL', inc: 'GOVERNMENT', ent: 'INDUSTRY' };
    const r = gouldFernandez(digraph([['fund', 'inc'], ['inc', 'ent']]), (n) => sphere[n]);
    expect(r.inc).toEqual({ coordinator: 0, itinerant: 0, gatekeeper: 0, representative: 0, liaison: 1, total: 1 });
    expect(r.fund.total + r.ent.total).toBe(0);
  });

  it('counts ordered two-paths: on mutual ties each unordered two-path counts twice, as coordinator, itinerant or liaison twice or as one gatekeeper and one representative', () => {
    // A government broker tied both ways to two government actors, two enterprises and a university:
    // C(5,2) = 10 unordered open two-paths through it, 20 ordered ones.
    const sphere: Record<string, string> = { b: 'GOVERNMENT', g1: 'GOVERNMENT', g2: 'GOVERNMENT', e1: 'INDUSTRY', e2: 'INDUSTRY', u: 'UNIVERSITY' };
    const r = gouldFernandez(symmetric(['g1', 'g2', 'e1', 'e2', 'u'].map((x): [string, string] => ['b', x])), (n) => sphere[n]);
    // g1–b–g2: coordinator 2; e1–b–e2: itinerant 2; e1–b–u, e2–b–u: liaison 4; each of the 6 pairs
    // of a government actor and an outsider: one gatekeeper and one representative.
    expect(r.b).toEqual({ coordinator: 2, itinerant: 2, gatekeeper: 6, representative: 6, liaison: 4, total: 20 });
  });
});

describe('gouldFernandez counts by groups exactly as enumerating every open two-path', () => {
  it('agrees with the naive definition on a random directed graph with reciprocal and one-way arcs', () => {
    const random = seededRandom(21);
    const g = new DirectedGraph();
    const n = 60;
    for (let i = 0; i < n; i++) g.addNode(`v${i}`);
    for (let k = 0; k < 500; k++) {
      const a = Math.floor(random() * n);
      const b = Math.floor(random() * n);
      if (a !== b) g.mergeEdge(`v${a}`, `v${b}`, { weight: 1 });
    }
    const groupOf = (node: string) => ['x', 'y', 'z'][Number(node.slice(1)) % 3];
    const naive: Record<string, number[]> = {};
    g.forEachNode((b) => {
      const counts = [0, 0, 0, 0, 0];
      for (const a of g.inNeighbors(b)) {
        for (const c of g.outNeighbors(b)) {
          if (a === c || g.hasDirectedEdge(a, c)) continue;
          const [ga, gb, gc] = [groupOf(a), groupOf(b), groupOf(c)];
          counts[ga === gb && gb === gc ? 0 : ga === gc ? 1 : gb === gc ? 2 : ga === gb ? 3 : 4] += 1;
        }
      }
      naive[b] = counts;
    });
    const roles = gouldFernandez(g, groupOf);
    const actual = Object.fromEntries(Object.entries(roles).map(([k, r]) => [k, [r.coordinator, r.itinerant, r.gatekeeper, r.representative, r.liaison]]));
    expect(actual).toEqual(naive);
    expect(Object.values(roles).some((r) => r.liaison > 0 && r.coordinator > 0)).toBe(true);
  });
});
