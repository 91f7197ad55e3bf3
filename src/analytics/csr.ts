import type Graph from 'graphology';

/**
 * Compressed sparse rows: a graph's adjacency as typed arrays over node numbers 0..n-1, so that the
 * inner loops of the brokerage and sampling algorithms touch integers, not string-keyed maps.
 * Neighbours of node i are nbr[start[i] .. start[i+1]), with weights in w at the same positions.
 */
export interface Csr {
  ids: string[];
  start: Int32Array;
  nbr: Int32Array;
  w: Float64Array;
}

type Which = 'out' | 'in' | 'mutual' | 'undirected';

/**
 * The adjacency of `graph` in one of four views: `out` or `in` arcs of a directed graph; `mutual`,
 * one entry per pair tied in either direction with weight a(u,v) + a(v,u) (Burt's mutual weight);
 * `undirected`, the neighbours of an undirected graph with their edge weights. Self-loops are
 * dropped. Node numbers follow graph.nodes() order.
 */
export function toCsr(graph: Graph, which: Which): Csr {
  const ids = graph.nodes();
  const index = new Map(ids.map((id, i) => [id, i]));
  const n = ids.length;
  const rows: Array<Map<number, number>> = Array.from({ length: n }, () => new Map());
  const add = (from: number, to: number, weight: number) => {
    if (from === to) return;
    const row = rows[from];
    row.set(to, (row.get(to) ?? 0) + weight);
  };
  graph.forEachEdge((_e, attrs, source, target) => {
    const s = index.get(source)!;
    const t = index.get(target)!;
    const weight = (attrs.weight as number | undefined) ?? 1;
    if (which === 'out') add(s, t, weight);
    else if (which === 'in') add(t, s, weight);
    else {
      add(s, t, weight);
      add(t, s, weight);
    }
  });
  const start = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) start[i + 1] = start[i] + rows[i].size;
  const nbr = new Int32Array(start[n]);
  const w = new Float64Array(start[n]);
  for (let i = 0; i < n; i++) {
    let j = start[i];
    for (const [to, weight] of rows[i]) {
      nbr[j] = to;
      w[j] = weight;
      j++;
    }
  }
  return { ids, start, nbr, w };
}
