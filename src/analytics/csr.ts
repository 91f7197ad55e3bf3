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

/**
 * The out-arcs of a directed graph on nodes 0..n-1, from `count` arcs given as parallel arrays
 * (at most one arc per ordered pair, as a projection streams them), by counting sort: no maps,
 * 4 + 12 bytes per arc beside the input. Self-loops are dropped.
 */
export function csrFromArcs(ids: string[], src: Int32Array, dst: Int32Array, weight: Float64Array, count: number): Csr {
  const n = ids.length;
  const start = new Int32Array(n + 1);
  for (let i = 0; i < count; i++) if (src[i] !== dst[i]) start[src[i] + 1] += 1;
  for (let i = 0; i < n; i++) start[i + 1] += start[i];
  const fill = start.slice(0, n);
  const nbr = new Int32Array(start[n]);
  const w = new Float64Array(start[n]);
  for (let i = 0; i < count; i++) {
    if (src[i] === dst[i]) continue;
    const j = fill[src[i]]++;
    nbr[j] = dst[i];
    w[j] = weight[i];
  }
  return { ids, start, nbr, w };
}

/** The in-arcs of the graph whose out-arcs `out` holds (each arc u → v listed under v). */
export function transposeCsr(out: Csr): Csr {
  const n = out.ids.length;
  const start = new Int32Array(n + 1);
  for (let j = 0; j < out.nbr.length; j++) start[out.nbr[j] + 1] += 1;
  for (let i = 0; i < n; i++) start[i + 1] += start[i];
  const fill = start.slice(0, n);
  const nbr = new Int32Array(start[n]);
  const w = new Float64Array(start[n]);
  for (let u = 0; u < n; u++) {
    for (let j = out.start[u]; j < out.start[u + 1]; j++) {
      const k = fill[out.nbr[j]]++;
      nbr[k] = u;
      w[k] = out.w[j];
    }
  }
  return { ids: out.ids, start, nbr, w };
}

/**
 * One entry per pair tied in either direction, weight a(u,v) + a(v,u) (Burt's mutual weight): the
 * `mutual` view of toCsr, from out- and in-arcs. Its neighbours are the undirected neighbours.
 */
export function mutualCsr(out: Csr, inArcs: Csr): Csr {
  const n = out.ids.length;
  const slot = new Int32Array(n).fill(-1);
  const start = new Int32Array(n + 1);
  // First pass: the size of each row (neighbours in either direction, once).
  for (let u = 0; u < n; u++) {
    let size = 0;
    for (const c of [out, inArcs]) {
      for (let j = c.start[u]; j < c.start[u + 1]; j++) {
        if (slot[c.nbr[j]] !== u) {
          slot[c.nbr[j]] = u;
          size += 1;
        }
      }
    }
    start[u + 1] = start[u] + size;
  }
  slot.fill(-1);
  const position = new Int32Array(n);
  const nbr = new Int32Array(start[n]);
  const w = new Float64Array(start[n]);
  for (let u = 0; u < n; u++) {
    let next = start[u];
    for (const c of [out, inArcs]) {
      for (let j = c.start[u]; j < c.start[u + 1]; j++) {
        const v = c.nbr[j];
        if (slot[v] !== u) {
          slot[v] = u;
          position[v] = next;
          nbr[next++] = v;
        }
        w[position[v]] += c.w[j];
      }
    }
  }
  return { ids: out.ids, start, nbr, w };
}
