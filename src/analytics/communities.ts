import type Graph from 'graphology';
import louvain from 'graphology-communities-louvain';

import { seededRandom } from '../domain/random';
import { CompactNetwork } from './compactNetwork';

/** The seed Louvain uses unless told otherwise: the same graph always gives the same communities. */
export const DEFAULT_LOUVAIN_SEED = 844;

export interface CommunityOptions {
  seed?: number;
  /** Louvain's resolution (1 = standard modularity; higher gives more, smaller communities). */
  resolution?: number;
}

export interface Communities {
  /** Community number of each node: 0 is the largest community, then by size, ties by smallest id. */
  membership: Record<string, number>;
  count: number;
  /** Newman–Girvan modularity of the partition (weighted). */
  modularity: number;
}

/**
 * Communities of an undirected weighted graph by the Louvain method (Blondel et al. 2008, via
 * graphology-communities-louvain), with a seeded random generator so that a run is reproducible.
 * Community numbers are renumbered by size so they do not depend on the library's internal order.
 * Isolated nodes are each their own community.
 */
export function detectCommunities(network: Graph | CompactNetwork, options: CommunityOptions = {}): Communities {
  // Louvain reads the compact network through a graphology-shaped view (no copy).
  const graph = (network instanceof CompactNetwork ? network.louvainView() : network) as Graph;
  if (graph.order === 0) return { membership: {}, count: 0, modularity: 0 };
  let raw: Record<string, number>;
  let modularity = 0;
  if (graph.size === 0) {
    raw = {};
    let next = 0;
    graph.forEachNode((node) => {
      raw[node] = next++;
    });
  } else {
    const detailed = louvain.detailed(graph, {
      getEdgeWeight: 'weight',
      resolution: options.resolution ?? 1,
      rng: seededRandom(options.seed ?? DEFAULT_LOUVAIN_SEED),
    });
    raw = detailed.communities;
    modularity = detailed.modularity;
  }
  const groups = new Map<number, string[]>();
  for (const [node, c] of Object.entries(raw)) {
    const list = groups.get(c);
    if (list) list.push(node);
    else groups.set(c, [node]);
  }
  const ordered = [...groups.values()]
    .map((members) => members.sort())
    .sort((a, b) => b.length - a.length || (a[0] < b[0] ? -1 : 1));
  const membership: Record<string, number> = {};
  ordered.forEach((members, i) => {
    for (const m of members) membership[m] = i;
  });
  return { membership, count: ordered.length, modularity };
}

/**
 * Newman–Girvan modularity of a partition of an undirected weighted graph:
 * Q = Σ_c [ W_c / W − (S_c / 2W)² ], W the total weight, W_c the weight inside c, S_c the
 * summed strength of c's nodes. Used to check the library's figure on known graphs.
 */
export function modularity(graph: Graph, membership: Record<string, number>): number {
  let total = 0;
  const inside = new Map<number, number>();
  const strength = new Map<number, number>();
  graph.forEachEdge((_e, attrs, source, target) => {
    const w = (attrs.weight as number | undefined) ?? 1;
    total += w;
    const cs = membership[source];
    const ct = membership[target];
    if (cs === ct) inside.set(cs, (inside.get(cs) ?? 0) + w);
    strength.set(cs, (strength.get(cs) ?? 0) + w);
    strength.set(ct, (strength.get(ct) ?? 0) + w);
  });
  if (total === 0) return 0;
  let q = 0;
  for (const [c, s] of strength) q += (inside.get(c) ?? 0) / total - (s / (2 * total)) ** 2;
  return q;
}

/**
 * Community numbers of nodes 0..n-1 (numbered in id order) renumbered as detectCommunities numbers
 * them: 0 the largest community, then by size, ties by the smallest member. For labels computed
 * elsewhere (GDS's Louvain), so both engines store communities alike.
 */
export function renumberBySize(raw: ArrayLike<number>): { membership: Int32Array; count: number } {
  const n = raw.length;
  const size = new Map<number, number>();
  const first = new Map<number, number>();
  for (let v = 0; v < n; v++) {
    size.set(raw[v], (size.get(raw[v]) ?? 0) + 1);
    if (!first.has(raw[v])) first.set(raw[v], v);
  }
  const order = [...size.keys()].sort((a, b) => size.get(b)! - size.get(a)! || first.get(a)! - first.get(b)!);
  const number = new Map(order.map((c, i) => [c, i]));
  const membership = new Int32Array(n);
  for (let v = 0; v < n; v++) membership[v] = number.get(raw[v])!;
  return { membership, count: order.length };
}
