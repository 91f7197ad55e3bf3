import { randomUUID } from 'node:crypto';

import DataLoader from 'dataloader';

import type { CausalState, Executor, Row } from '../db/executor';
import { DashboardRepository } from '../db/repositories/dashboard.repository';
import { linkQueryKey, NodeRepository, type LinkPage, type LinkQuery, type NodeProps } from '../db/repositories/node.repository';
import { DEFAULT_EVIDENCE, type EvidenceLevel } from '../domain/model';
import type { AnalyticsCache } from '../analytics/snapshot';
import type { MeasuresJobs } from '../jobs/measuresJob';
import type { Caller } from './access';

/** Largest batch a loader sends in one round trip. */
const MAX_BATCH = 1000;

export interface Loaders {
  node: DataLoader<string, NodeProps | null>;
  source: DataLoader<string, Row | null>;
  links: DataLoader<LinkQuery, LinkPage, string>;
  degree: DataLoader<string, number>;
}

/** What every resolver receives: the repositories, this request's loaders, and its counters. */
export interface Context {
  requestId: string;
  /** Who is calling (the role of their API key, or anonymous). */
  caller: Caller;
  /** The executor for this request (writes go through it; it counts round trips). */
  db: Executor;
  nodes: NodeRepository;
  dashboards: DashboardRepository;
  loaders: Loaders;
  /** Who to charge for this request's cost: an API key digest or the client's address. */
  clientId: string;
  /** The evidence levels an answer rests on when the request does not say (the deployment's default). */
  evidence: readonly EvidenceLevel[];
  /** The bookmarks the client sent, and those of the request's last committed write. */
  causal: CausalState;
  /** The process's background recomputes of the network measures (absent: recomputes run in the request). */
  jobs?: MeasuresJobs;
  /** The process's analytics snapshots, kept until the graph changes (absent: read per request). */
  analytics?: AnalyticsCache;
  /** Statements sent to Neo4j while answering this request, and the request's node estimate. */
  stats: { roundTrips: number; cost?: number };
}

/**
 * Builds the context of one request. Loaders are created here, per request, never shared: each
 * batch function makes one round trip and returns results in key order; nodes read as the far end
 * of a relationship prime the node loader so reading them again costs nothing.
 */
export function createContext(
  db: Executor,
  requestId: string = randomUUID(),
  caller: Caller = { role: 'anonymous' },
  clientId = 'local',
  evidence: readonly EvidenceLevel[] = DEFAULT_EVIDENCE,
  bookmarks: readonly string[] = [],
  jobs?: MeasuresJobs,
  analytics?: AnalyticsCache,
): Context {
  const stats: Context['stats'] = { roundTrips: 0 };
  const causal: CausalState = { bookmarks };
  // One end-to-end deadline for all of the request's statements (a frozen Neo4j answers none).
  const observed = db
    .observed(() => {
      stats.roundTrips += 1;
    })
    .withDeadline()
    .withBookmarks(causal);
  const nodes = new NodeRepository(observed);
  const node = new DataLoader<string, NodeProps | null>((ids) => nodes.getNodes(ids), { maxBatchSize: MAX_BATCH });
  const links = new DataLoader<LinkQuery, LinkPage, string>(
    async (queries) => {
      const pages = await nodes.getLinks(queries);
      for (const page of pages) for (const item of page.items) node.prime(item.node.id, item.node);
      return pages;
    },
    { maxBatchSize: MAX_BATCH, cacheKeyFn: linkQueryKey },
  );
  return {
    requestId,
    caller,
    clientId,
    evidence,
    db: observed,
    nodes,
    dashboards: new DashboardRepository(observed),
    loaders: {
      node,
      source: new DataLoader((ids) => nodes.getSources(ids), { maxBatchSize: MAX_BATCH }),
      links,
      degree: new DataLoader((ids) => nodes.getDegrees(ids), { maxBatchSize: MAX_BATCH }),
    },
    causal,
    stats,
    jobs,
    analytics,
  };
}
