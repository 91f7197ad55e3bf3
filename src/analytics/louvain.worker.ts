import { parentPort, workerData } from 'node:worker_threads';

import { runLouvain, type CommunityOptions } from './communities';
import { louvainGraph, type WeightedTies } from './compactNetwork';

/**
 * The worker thread of communitiesOfNetwork (communities.ts): Louvain on the ties it is given, nodes
 * keyed by their numbers; posts each node's label (by number) and the modularity, or the error.
 */
const { ties, options } = workerData as { ties: WeightedTies; options: CommunityOptions };
try {
  const keys = Array.from({ length: ties.order }, (_, i) => String(i));
  const { communities, modularity } = runLouvain(louvainGraph(keys, ties), options);
  const labels = new Int32Array(ties.order);
  for (let i = 0; i < ties.order; i++) labels[i] = communities[keys[i]];
  parentPort!.postMessage({ communities: labels, modularity }, [labels.buffer]);
} catch (err) {
  parentPort!.postMessage({ error: err instanceof Error ? err.message : String(err) });
}
