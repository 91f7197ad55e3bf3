import { UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';

import { detectCommunities, modularity } from '../../../src/analytics/communities';

/** Two 5-cliques a1..a5 and b1..b5 joined by the single bridge a5–b1, plus an isolate. */
function barbell(): UndirectedGraph {
  const g = new UndirectedGraph();
  for (const side of ['a', 'b']) {
    for (let i = 1; i <= 5; i++) g.mergeNode(`${side}${i}`);
    for (let i = 1; i <= 5; i++) for (let j = i + 1; j <= 5; j++) g.addEdge(`${side}${i}`, `${side}${j}`, { weight: 1 });
  }
  g.addEdge('a5', 'b1', { weight: 1 });
  g.addNode('z');
  return g;
}

describe('detectCommunities (Louvain)', () => {
  it('finds the two cliques of a barbell, numbers them by size then smallest id, and isolates apart', () => {
    const r = detectCommunities(barbell());
    expect(r.count).toBe(3);
    expect(r.membership).toEqual({ a1: 0, a2: 0, a3: 0, a4: 0, a5: 0, b1: 1, b2: 1, b3: 1, b4: 1, b5: 1, z: 2 });
  });

  it('reports the modularity of its partition: 2·(10/21 − (21/42)²) = 0.4524 for the barbell', () => {
    const r = detectCommunities(barbell());
    expect(r.modularity).toBeCloseTo(2 * (10 / 21 - (21 / 42) ** 2), 10);
    expect(modularity(barbell(), r.membership)).toBeCloseTo(r.modularity, 10);
  });

  it('gives the same communities for the same seed', () => {
    const g = new UndirectedGraph();
    for (let i = 0; i < 60; i++) g.addNode(`n${i}`);
    for (let i = 0; i < 60; i++) for (let j = i + 1; j < 60; j++) if ((i * 7 + j * 13) % 11 === 0 || j === i + 1) g.addEdge(`n${i}`, `n${j}`, { weight: 1 });
    expect(detectCommunities(g, { seed: 5 })).toEqual(detectCommunities(g, { seed: 5 }));
  });

  it('puts every node of a graph without ties in its own community', () => {
    const g = new UndirectedGraph();
    g.addNode('x');
    g.addNode('y');
    expect(detectCommunities(g)).toEqual({ membership: { x: 0, y: 1 }, count: 2, modularity: 0 });
  });
});
