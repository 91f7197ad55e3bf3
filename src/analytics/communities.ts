import type Graph from 'graphology';
import louvain from 'graphology-communities-louvain';

import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';

import { seededRandom } from '../domain/random';
import { fromRoot } from '../paths';
import { CompactNetwork, type LouvainGraph, type WeightedTies } from './compactNetwork';

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
    ({ communities: raw, modularity } = runLouvain(graph, options));
  }
  return numberedBySize(raw, modularity);
}

/** Louvain's own labels and modularity on a graph with ties (seeded, weighted by `weight`). */
export function runLouvain(graph: Graph | LouvainGraph, options: CommunityOptions = {}): { communities: Record<string, number>; modularity: number } {
  return louvain.detailed(graph as Graph, {
    getEdgeWeight: 'weight',
    resolution: options.resolution ?? 1,
    rng: seededRandom(options.seed ?? DEFAULT_LOUVAIN_SEED),
  });
}

/** Networks with more ties than this have their communities found in a worker thread. */
export const LOUVAIN_INLINE_TIES = 50_000;

/**
 * detectCommunities on the compact network, in a worker thread when it has more than `inlineUpTo`
 * ties (Louvain on 100,000 actors takes tens of seconds of CPU, which would stop the API's event
 * loop): the same communities, since the worker runs the same Louvain on the same ties in the
 * same order (only the nodes' keys differ, which Louvain does not read).
 */
export async function communitiesOfNetwork(network: CompactNetwork, options: CommunityOptions = {}, inlineUpTo = LOUVAIN_INLINE_TIES): Promise<Communities> {
  if (network.size <= inlineUpTo) return detectCommunities(network, options);
  const labels = await louvainInWorker(network.ties(), options);
  const raw: Record<string, number> = {};
  network.ids.forEach((id, i) => (raw[id] = labels.communities[i]));
  return numberedBySize(raw, labels.modularity);
}

function louvainWorkerFile(): string {
  // Built: beside this file. Under vitest (src/ run as TypeScript): the build in dist.
  const here = path.join(__dirname, 'louvain.worker.js');
  return fs.existsSync(here) ? here : fromRoot('dist', 'src', 'analytics', 'louvain.worker.js');
}

function louvainInWorker(ties: WeightedTies, options: CommunityOptions): Promise<{ communities: Int32Array; modularity: number }> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(louvainWorkerFile(), { workerData: { ties, options } });
    worker.once('message', (m: { communities: Int32Array; modularity: number } | { error: string }) => {
      if ('error' in m) reject(new Error(`Louvain failed in its worker: ${m.error}`));
      else resolve(m);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`Louvain's worker stopped (exit code ${code}) before answering`)));
  });
}

/** Communities numbered as detectCommunities promises: 0 the largest, then by size, ties by smallest id. */
function numberedBySize(raw: Record<string, number>, modularity: number): Communities {
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
