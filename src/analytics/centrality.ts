import type Graph from 'graphology';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import closenessCentrality from 'graphology-metrics/centrality/closeness';
import pagerankCentrality from 'graphology-metrics/centrality/pagerank';
import { createUnweightedIndexedBrandes } from 'graphology-shortest-path/indexed-brandes';

import { toCsr, type Csr } from './csr';
import { seededRandom } from '../domain/random';

/**
 * Centrality of each actor: degree, betweenness and closeness (exact or sampled), and PageRank, with
 * graphology-metrics doing the exact work. Betweenness and closeness count hops: tie weights are
 * strengths, not distances, so they do not lengthen or shorten a path.
 */

export type NodeValues = Record<string, number>;

/** Betweenness is exact up to this many actors by default, sampled above. */
export const DEFAULT_EXACT_UP_TO = 5000;
/** Pivots (sources) a sampled betweenness uses by default. */
export const DEFAULT_PIVOTS = 500;
/** Confidence of the stated error bound of a sampled betweenness. */
export const ERROR_CONFIDENCE = 0.95;

export interface BetweennessOptions {
  /** Exact (all N sources) when the graph has at most this many nodes. */
  exactUpTo?: number;
  /** Sources sampled above `exactUpTo` (capped at N). */
  pivots?: number;
  /** Seed of the pivot sample, so a run can be repeated. */
  seed?: number;
}

export interface BetweennessResult {
  /** Normalized betweenness: pair dependencies over (N-1)(N-2)/2 pairs (0..1), as networkx. */
  values: NodeValues;
  exact: boolean;
  /** Sources used: N when exact. */
  pivots: number;
  /** Largest estimated standard error of one actor's value (0 when exact). */
  maxStandardError: number;
  /**
   * With probability ERROR_CONFIDENCE every actor's estimate is within this of its exact value
   * (Hoeffding's bound for sampling without replacement, union over all actors; 0 when exact).
   */
  errorBound: number;
}

/**
 * Betweenness centrality of an undirected graph, normalized. Exact (Brandes 2001, via
 * graphology-metrics) up to `exactUpTo` nodes; above it, the Brandes–Pich (2007) estimator: the
 * dependencies of `pivots` sources drawn uniformly without replacement, scaled by N/pivots, which
 * is unbiased. The answer states the sample size, the largest standard error over the actors
 * (from the spread of the per-source dependencies, with the finite-population correction), and a
 * worst-case bound that holds for all actors at once with 95% probability.
 */
export function betweenness(graph: Graph, options: BetweennessOptions = {}): BetweennessResult {
  const n = graph.order;
  const exactUpTo = options.exactUpTo ?? DEFAULT_EXACT_UP_TO;
  if (n <= exactUpTo || n < 3) {
    const values = n < 3 ? zeros(graph) : betweennessCentrality(graph, { getEdgeWeight: null, normalized: true });
    return { values, exact: true, pivots: n, maxStandardError: 0, errorBound: 0 };
  }
  const k = Math.max(2, Math.min(n, options.pivots ?? DEFAULT_PIVOTS));
  if (k === n) {
    return { values: betweennessCentrality(graph, { getEdgeWeight: null, normalized: true }), exact: true, pivots: n, maxStandardError: 0, errorBound: 0 };
  }
  const sampled = sampledBetweennessOfCsr(toCsr(graph, 'undirected'), k, options.seed ?? 1);
  const ids = graph.nodes();
  const values: NodeValues = {};
  for (let v = 0; v < n; v++) values[ids[v]] = sampled.values[v];
  return { values, exact: false, pivots: k, maxStandardError: sampled.maxStandardError, errorBound: sampled.errorBound };
}

/**
 * The sampled betweenness of `betweenness` on an undirected adjacency as typed arrays (node
 * numbers 0..n-1; toCsr's `undirected` view or mutualCsr): the estimate per node number, the
 * largest standard error and the 95% bound. Memory: 7 arrays of n numbers.
 */
export function sampledBetweennessOfCsr(csr: Csr, k: number, seed: number): { values: Float64Array; maxStandardError: number; errorBound: number } {
  const n = csr.ids.length;
  // Brandes' accumulation from each pivot over the adjacency as typed arrays: a BFS that counts
  // shortest paths (sigma), then dependencies in reverse BFS order, the predecessors of w being
  // its neighbours one hop closer to the source. Nothing is allocated per pivot (the library's
  // routine built predecessor lists for every node and source: 650 s of CPU at 100,000 actors).
  const { start, nbr } = csr;
  const pivots = samplePivots(n, k, seed);
  const dist = new Int32Array(n);
  const sigma = new Float64Array(n);
  const order = new Int32Array(n);
  const delta = new Float64Array(n);
  const sum = new Float64Array(n);
  const sumSq = new Float64Array(n);
  // One source's contribution to a node's normalized value, scaled as an estimate of the whole.
  const scale = n / ((n - 1) * (n - 2));
  for (const s of pivots) {
    dist.fill(-1);
    dist[s] = 0;
    sigma[s] = 1;
    delta[s] = 0;
    let head = 0;
    let tail = 0;
    order[tail++] = s;
    while (head < tail) {
      const v = order[head++];
      const next = dist[v] + 1;
      for (let j = start[v]; j < start[v + 1]; j++) {
        const x = nbr[j];
        if (dist[x] === -1) {
          dist[x] = next;
          sigma[x] = 0;
          delta[x] = 0;
          order[tail++] = x;
        }
        if (dist[x] === next) sigma[x] += sigma[v];
      }
    }
    for (let i = tail - 1; i > 0; i--) {
      const w = order[i];
      const coefficient = (1 + delta[w]) / sigma[w];
      const closer = dist[w] - 1;
      for (let j = start[w]; j < start[w + 1]; j++) {
        const u = nbr[j];
        if (dist[u] === closer) delta[u] += sigma[u] * coefficient;
      }
      const x = delta[w] * scale;
      sum[w] += x;
      sumSq[w] += x * x;
    }
  }
  const estimate = new Float64Array(n);
  let maxStandardError = 0;
  const fpc = (n - k) / (n - 1);
  for (let v = 0; v < n; v++) {
    const mean = sum[v] / k;
    estimate[v] = mean;
    const variance = Math.max(0, (sumSq[v] - k * mean * mean) / (k - 1));
    maxStandardError = Math.max(maxStandardError, Math.sqrt((variance / k) * fpc));
  }
  const range = n / (n - 1);
  const errorBound = range * Math.sqrt(Math.log((2 * n) / (1 - ERROR_CONFIDENCE)) / (2 * k));
  return { values: estimate, maxStandardError, errorBound };
}

/** `k` distinct indices of 0..n-1, drawn uniformly with a seeded generator (partial Fisher–Yates). */
export function samplePivots(n: number, k: number, seed: number): number[] {
  const random = seededRandom(seed);
  const indices = Array.from({ length: n }, (_, i) => i);
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(random() * (n - i));
    [indices[i], indices[j]] = [indices[j], indices[i]];
  }
  return indices.slice(0, k).sort((a, b) => a - b);
}

export interface ClosenessResult {
  /** Wasserman–Faust closeness (0..1). */
  values: NodeValues;
  exact: boolean;
  /** Sources used: N when exact, else the sampled pivots. */
  pivots: number;
  /** Largest estimated standard error of one actor's value (0 when exact). */
  maxStandardError: number;
}

/**
 * Closeness centrality with the Wasserman–Faust correction for disconnected graphs (networkx's
 * default): (r / Σd) · (r / (N−1)) for a node that reaches r others at total distance Σd; 0 for
 * an isolate. Exact (graphology-metrics, one BFS per node) up to `exactUpTo` nodes. Above, the
 * Eppstein–Wang (2004) estimate: BFS from `pivots` sources drawn uniformly without replacement; a
 * node's mean distance to the others of its component is estimated by its mean distance to the
 * pivots in that component (r is known exactly from the component sizes), with a standard error
 * from their spread (finite-population corrected, carried to closeness by the delta method). A
 * pivot's own BFS gives its value exactly, and so does a BFS of its own for every node of a
 * component holding fewer than two pivots; these count 0 in `maxStandardError`, which is the
 * largest standard error of one estimated actor (not a bound on the largest error over all of
 * them: in an outside check that was up to 4.8× it). `pivots` ≥ N gives the exact values.
 */
export function closeness(graph: Graph, options: BetweennessOptions = {}): ClosenessResult {
  const n = graph.order;
  if (n === 0) return { values: {}, exact: true, pivots: 0, maxStandardError: 0 };
  const exactUpTo = options.exactUpTo ?? DEFAULT_EXACT_UP_TO;
  const k = Math.max(2, Math.min(n, options.pivots ?? DEFAULT_PIVOTS));
  if (n <= exactUpTo || k === n) {
    return { values: closenessCentrality(graph, { wassermanFaust: true }), exact: true, pivots: n, maxStandardError: 0 };
  }
  const sampled = sampledClosenessOfCsr(toCsr(graph, 'undirected'), k, options.seed ?? 1);
  const ids = graph.nodes();
  const out: NodeValues = {};
  sampled.values.forEach((value, i) => {
    out[ids[i]] = value;
  });
  return { values: out, exact: false, pivots: k, maxStandardError: sampled.maxStandardError };
}

/**
 * The sampled closeness of `closeness` on an undirected adjacency as typed arrays (node numbers
 * 0..n-1): the value per node number and the largest standard error. Memory: 8 arrays of n numbers.
 */
export function sampledClosenessOfCsr(csr: Csr, k: number, seed: number): { values: Float64Array; maxStandardError: number } {
  const n = csr.ids.length;
  const { start, nbr } = csr;
  const component = new Int32Array(n).fill(-1);
  const sizes: number[] = [];
  const dist = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  let lastVisited = 0;
  /**
   * BFS from s: fills dist (−1 = unreached) for the nodes it visits, in queue[0 .. returned count).
   * Only the previous search's nodes are reset, so a search costs its component, not N.
   */
  const bfs = (s: number): number => {
    for (let i = 0; i < lastVisited; i++) dist[queue[i]] = -1;
    dist[s] = 0;
    let head = 0;
    let tail = 0;
    queue[tail++] = s;
    while (head < tail) {
      const v = queue[head++];
      for (let j = start[v]; j < start[v + 1]; j++) {
        const x = nbr[j];
        if (dist[x] === -1) {
          dist[x] = dist[v] + 1;
          queue[tail++] = x;
        }
      }
    }
    lastVisited = tail;
    return tail;
  };
  /** Total distance from s to the others of its component: its exact closeness needs only this. */
  const totalDistance = (s: number): number => {
    const visited = bfs(s);
    let total = 0;
    for (let i = 1; i < visited; i++) total += dist[queue[i]];
    return total;
  };
  for (let v = 0; v < n; v++) {
    if (component[v] !== -1) continue;
    const size = bfs(v);
    for (let i = 0; i < size; i++) component[queue[i]] = sizes.length;
    sizes.push(size);
  }
  const sum = new Float64Array(n);
  const sumSq = new Float64Array(n);
  const count = new Float64Array(n);
  // A pivot's own search reaches every other node of its component: its total is exact.
  const exactTotal = new Float64Array(n).fill(-1);
  const pivotsIn = new Int32Array(sizes.length);
  for (const p of samplePivots(n, k, seed)) {
    const visited = bfs(p);
    let total = 0;
    for (let i = 1; i < visited; i++) {
      const v = queue[i];
      total += dist[v];
      sum[v] += dist[v];
      sumSq[v] += dist[v] * dist[v];
      count[v] += 1;
    }
    exactTotal[p] = total;
    pivotsIn[component[p]] += 1;
  }
  const values = new Float64Array(n);
  let maxStandardError = 0;
  for (let v = 0; v < n; v++) {
    const r = sizes[component[v]] - 1;
    if (r === 0) continue;
    // Exact from a search of its own: a pivot, and every node of a component holding fewer than
    // two pivots (one pivot's distance has no spread, so it could carry no stated error). A
    // component of s nodes draws fewer than two of k pivots with probability about
    // (1 + ks/N)·e^(−ks/N), so these searches stay small beside the pivots' own.
    if (exactTotal[v] < 0 && pivotsIn[component[v]] < 2) exactTotal[v] = totalDistance(v);
    if (exactTotal[v] >= 0) {
      values[v] = (r / exactTotal[v]) * (r / (n - 1));
      continue;
    }
    const c = count[v];
    const mean = sum[v] / c;
    values[v] = (1 / mean) * (r / (n - 1));
    // c = r: every other node of the component is a pivot, so the mean is exact.
    if (c < r) {
      const variance = Math.max(0, (sumSq[v] - c * mean * mean) / (c - 1));
      const seMean = Math.sqrt((variance / c) * ((r - c) / (r - 1)));
      maxStandardError = Math.max(maxStandardError, (values[v] * seMean) / mean);
    }
  }
  return { values, maxStandardError };
}

/**
 * PageRank (damping 0.85) on the directed, weighted graph of flows: an actor ranks high when
 * actors that rank high send it ties. Reciprocal ties are arcs both ways.
 */
export function pagerank(arcs: Graph, alpha = 0.85): NodeValues {
  if (arcs.order === 0) return {};
  return pagerankCentrality(arcs, { getEdgeWeight: 'weight', alpha, maxIterations: 1000, tolerance: 1e-10 });
}

export interface DegreeValues {
  /** Distinct actors tied to this one. */
  degree: number;
  /** degree / (N-1). */
  degreeCentrality: number;
  /** Sum of tie weights (relationships and shared contexts). */
  strength: number;
}

/** Degree, normalized degree and strength of every node of an undirected weighted graph. */
export function degrees(graph: Graph): Record<string, DegreeValues> {
  const n = graph.order;
  const out: Record<string, DegreeValues> = {};
  graph.forEachNode((node) => {
    let strength = 0;
    graph.forEachEdge(node, (_e, attrs) => {
      strength += (attrs.weight as number | undefined) ?? 1;
    });
    const degree = graph.degree(node);
    out[node] = { degree, degreeCentrality: n > 1 ? degree / (n - 1) : 0, strength };
  });
  return out;
}

function zeros(graph: Graph): NodeValues {
  const out: NodeValues = {};
  graph.forEachNode((node) => {
    out[node] = 0;
  });
  return out;
}
