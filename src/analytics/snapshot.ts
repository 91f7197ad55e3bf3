import type { AnalyticsRepository, GraphVersion } from '../db/repositories/analytics.repository';
import type { EvidenceLevel } from '../domain/model';
import { communitiesOfNetwork, type Communities } from './communities';
import { foldCompactNetwork, type CompactActorNetwork } from './compactNetwork';
import type { GapInput, SectorActivity } from './gaps';
import { DEFAULT_PROJECTION, pairKey, type NetworkData, type ProjectionOptions } from './projection';

/** What coverage and gaps read besides the actor network. */
export interface GapData {
  villages: GapInput['villages'];
  sectors: SectorActivity[];
}

/**
 * What the analytics read from the store and derive from it, for one version of the graph and one
 * set of evidence levels: the actors, ties and affiliations, the village and sector records, and
 * per projection the folded actor network and its Louvain communities. Each is read or computed
 * once, on first use, and shared by every caller of the snapshot; a read that fails is forgotten
 * so the next caller tries again.
 */
export class NetworkSnapshot {
  private data?: Promise<NetworkData>;
  private gapData?: Promise<GapData>;
  private existing?: Promise<ReadonlySet<string>>;
  private readonly networks = new Map<string, Promise<CompactActorNetwork>>();
  private readonly communities = new Map<string, Promise<Communities>>();
  private readonly answers = new Map<string, Promise<unknown>>();

  /** `repo`: the reads of the first caller (its deadline and bookmarks); `version`: the graph's (versionKey), null when not cached. */
  constructor(
    private readonly repo: AnalyticsRepository,
    readonly evidence: readonly EvidenceLevel[],
    readonly version: string | null,
  ) {}

  readData(): Promise<NetworkData> {
    return (this.data ??= forgetOnFailure(this.repo.readNetwork(this.evidence), () => (this.data = undefined)));
  }

  readGapData(): Promise<GapData> {
    this.gapData ??= forgetOnFailure(
      Promise.all([this.repo.readVillages(this.evidence), this.repo.readSectorActivity(this.evidence)]).then(([villages, sectors]) => ({ villages, sectors })),
      () => (this.gapData = undefined),
    );
    return this.gapData;
  }

  /** Every pair of actors a direct relationship joins (suggestions never repeat one). */
  existingPairs(): Promise<ReadonlySet<string>> {
    return (this.existing ??= this.readData().then((d) => new Set(d.ties.map((t) => pairKey(t.from, t.to)))));
  }

  /**
   * The actor network under `projection`, folded into typed arrays (compactNetwork.ts) a slice at a
   * time, so that folding a large graph neither holds the event loop nor an object per tie.
   */
  network(projection: ProjectionOptions = DEFAULT_PROJECTION): Promise<CompactActorNetwork> {
    return memo(this.networks, JSON.stringify(projection), () => this.readData().then((d) => foldCompactNetwork(d, projection)), MAX_PROJECTIONS);
  }

  /**
   * An answer computed from this snapshot (a gaps list, a coverage matrix, suggestions), kept
   * under `key` (the question and its arguments) so that asking again costs nothing.
   */
  answer<T>(key: string, make: () => Promise<T>): Promise<T> {
    return memo(this.answers as Map<string, Promise<T>>, key, make, MAX_ANSWERS);
  }

  /** Louvain's communities of the network under `projection` (default seed: the stored measures'). */
  communitiesOf(projection: ProjectionOptions = DEFAULT_PROJECTION): Promise<Communities> {
    return memo(this.communities, JSON.stringify(projection), () => this.network(projection).then((n) => communitiesOfNetwork(n.graph)), MAX_PROJECTIONS);
  }
}

/**
 * The promise kept under `key`, made on first use; at most `capacity` kept, the least recently
 * used dropped first; a promise that rejects is forgotten.
 */
function memo<T>(map: Map<string, Promise<T>>, key: string, make: () => Promise<T>, capacity: number): Promise<T> {
  let found = map.get(key);
  if (found) map.delete(key);
  else found = forgetOnFailure(make(), () => map.delete(key));
  map.set(key, found);
  while (map.size > capacity) map.delete(map.keys().next().value!);
  return found;
}

function forgetOnFailure<T>(promise: Promise<T>, forget: () => void): Promise<T> {
  promise.catch(forget);
  return promise;
}

/** Answers one snapshot keeps at most. */
export const MAX_ANSWERS = 256;
/** Folded networks (and their communities) one snapshot keeps at most: one per projection asked. */
export const MAX_PROJECTIONS = 4;

/** Snapshots kept at most (one per set of evidence levels asked for). */
export const DEFAULT_SNAPSHOTS = 4;

/**
 * The process's analytics snapshots, kept between requests and keyed by the graph's version as
 * the store reports it (the change log's last number, the node and relationship counts, the time
 * of the stored measures): any recorded write, import or recompute, by this process or another
 * API process on the same Neo4j, gives a new version, so the next request reads the graph again
 * instead of answering from an old one. Each request asks the version once (one short statement,
 * with the request's bookmarks, so a client reads its own writes); requests of one version share
 * one read of the network, so fifty clients asking for gaps at once fold it once, not fifty times.
 * At most `capacity` snapshots are kept (least recently used first out); a snapshot of an older
 * version is dropped as soon as another one is seen.
 */
export class AnalyticsCache {
  private readonly snapshots = new Map<string, NetworkSnapshot>();
  /** The store's node count in the last graph version read (null before the first): what an answer's work grows with. */
  lastNodes: number | null = null;

  constructor(private readonly capacity = DEFAULT_SNAPSHOTS) {}

  async snapshot(repo: AnalyticsRepository, evidence: readonly EvidenceLevel[]): Promise<NetworkSnapshot> {
    const graph = await repo.graphVersion();
    this.lastNodes = graph.nodes;
    const version = versionKey(graph);
    const key = [...evidence].sort().join(',');
    const found = this.snapshots.get(key);
    this.snapshots.delete(key);
    if (found?.version === version) {
      this.snapshots.set(key, found);
      return found;
    }
    const made = new NetworkSnapshot(repo, evidence, version);
    // Another version of the graph makes every kept snapshot of the old one useless.
    for (const [k, s] of this.snapshots) if (s.version !== version) this.snapshots.delete(k);
    this.snapshots.set(key, made);
    while (this.snapshots.size > this.capacity) this.snapshots.delete(this.snapshots.keys().next().value!);
    return made;
  }
}

/** A graph version as one comparable string. */
function versionKey(v: GraphVersion): string {
  return `${v.changeSeq}:${v.nodes}:${v.relationships}:${v.measuresAt ?? ''}`;
}
