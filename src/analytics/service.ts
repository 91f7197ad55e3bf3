import { randomUUID } from 'node:crypto';

import type { AnalyticsRepository } from '../db/repositories/analytics.repository';
import type { GdsRepository } from '../db/repositories/gds.repository';
import type { Row } from '../db/executor';
import { BadInputError } from '../errors';
import { DEFAULT_EVIDENCE, EVIDENCE_LEVELS, type ActorKind, type EvidenceLevel, type HelixSphere, type LinkType } from '../domain/model';
import { gouldFernandezOfCsr, ROLE_COUNT, structuralHolesOfCsr } from './brokerage';
import { DEFAULT_EXACT_UP_TO, DEFAULT_PIVOTS, sampledBetweennessOfCsr, sampledClosenessOfCsr } from './centrality';
import { DEFAULT_LOUVAIN_SEED, detectCommunities, renumberBySize } from './communities';
import { csrFromArcs, mutualCsr, transposeCsr } from './csr';
import {
  coverageMatrix,
  DEFAULT_SUPPORTER_KINDS,
  projectOnlyEnterprises,
  sectorsWithEventsButNoInvestment,
  unreached,
  type CoverageMatrix,
  type CoveragePlace,
  type GapInput,
  type ProjectOnlyEnterprise,
  type SectorActivity,
  type Unreached,
} from './gaps';
import { helixLinkage, type HelixGrouping, type HelixLinkage } from './helix';
import { computeMeasures, type MeasureEngine, type MeasureOptions, type MeasureRow, type MeasuresSummary, type MeasureTiming } from './measures';
import { DEFAULT_PROJECTION, pairKey, projectActorNetwork, type Fold, type NetworkData, type ProjectionOptions } from './projection';
import type { CompactActorNetwork } from './compactNetwork';
import { AnalyticsCache, NetworkSnapshot } from './snapshot';
import { sphereBrokers, type SphereBroker } from './sphereBrokers';
import { suggestLinks, suggestSupportersForVillage, type Suggestion, type SuggestionOptions } from './suggestions';

/**
 * The analytics use cases: read the actor network through the repository, run the pure
 * algorithms of src/analytics on it, and (for measures) write the results back. This is the only
 * module of src/analytics that does I/O, and only through AnalyticsRepository.
 */

export interface RecomputeOptions extends MeasureOptions {
  projection?: ProjectionOptions;
  /**
   * Which engine computes the measures GDS has (degree, PageRank, exact betweenness and closeness,
   * Louvain): GDS, helixgraph's own code, or (default) GDS when Neo4j has it and ours otherwise.
   */
  engine?: MeasureEngine | 'AUTO';
  /** Threads a GDS algorithm may use (default 2; GDS Community uses at most 4). */
  gdsConcurrency?: number;
  /** Name of the GDS in-memory graph (default: a new unique one); a job names it to drop it on cancel. */
  gdsGraph?: string;
  /** Told each phase as it starts and how far the whole recompute is (0..1). */
  onProgress?: (progress: RecomputeProgress) => void;
}

/** Where a recompute is: its current phase and the fraction of the work done (0..1). */
export interface RecomputeProgress {
  phase: string;
  fraction: number;
}

/** How and when the stored measures were computed. */
export interface MeasuresRun extends MeasuresSummary {
  computedAt: string;
  projection: ProjectionOptions;
  /** The evidence levels of the records and relationships the measures were computed on. */
  evidence: EvidenceLevel[];
  /** The GDS version that computed the measures timed with engine GDS; null when none did. */
  gdsVersion: string | null;
  /** Milliseconds reading the network from Neo4j, writing the measures back, and in all. */
  readMs: number;
  writeMs: number;
  totalMs: number;
}

export interface Gaps {
  unreached: Unreached;
  projectOnly: ProjectOnlyEnterprise[];
  sectorsWithEventsButNoInvestment: SectorActivity[];
}

/** The measures of a run, in the order computeMeasures times them. */
const MEASURE_ORDER = ['degree', 'betweenness', 'closeness', 'pagerank', 'communities', 'burt', 'gouldFernandez'];

const ms = (since: number) => Math.round(performance.now() - since);

/** Turns a stored AnalyticsRun node back into a MeasuresRun. */
export function runFromRow(row: Row): MeasuresRun {
  const names = (row.timingMeasures as string[] | undefined) ?? [];
  const times = (row.timingMs as number[] | undefined) ?? [];
  const cpu = (row.timingCpuMs as number[] | undefined) ?? [];
  const engines = (row.timingEngines as MeasureEngine[] | undefined) ?? [];
  return {
    computedAt: row.computedAt as string,
    projection: {
      linkTypes: row.linkTypes as LinkType[],
      via: row.via as Fold[],
      maxCoMembers: row.maxCoMembers as number,
    },
    // Runs recorded before evidence levels existed were computed on every record.
    evidence: (row.evidence as EvidenceLevel[] | undefined) ?? [...EVIDENCE_LEVELS],
    actors: row.actors as number,
    ties: row.ties as number,
    arcs: row.arcs as number,
    betweennessExact: row.betweennessExact as boolean,
    pivots: row.pivots as number,
    maxStandardError: row.maxStandardError as number,
    errorBound: row.errorBound as number,
    closenessMaxStandardError: (row.closenessMaxStandardError as number | undefined) ?? 0,
    communities: row.communities as number,
    modularity: row.modularity as number,
    seed: row.seed as number,
    cappedContexts: row.cappedContexts as number,
    // Runs recorded before GDS computed anything were computed by helixgraph throughout.
    timings: names.map((measure, i) => ({ measure, engine: engines[i] ?? 'HELIXGRAPH', ms: times[i], cpuMs: cpu[i] ?? 0 })),
    gdsVersion: (row.gdsVersion as string | undefined) ?? null,
    computeMs: row.computeMs as number,
    computeCpuMs: (row.computeCpuMs as number | undefined) ?? 0,
    readMs: row.readMs as number,
    writeMs: row.writeMs as number,
    totalMs: row.totalMs as number,
  };
}

/** The properties an AnalyticsRun node stores for a run (Neo4j properties: numbers, strings, lists). */
export function runToRow(run: MeasuresRun): Record<string, unknown> {
  const { projection, timings, gdsVersion, ...rest } = run;
  return {
    ...rest,
    ...(gdsVersion ? { gdsVersion } : {}),
    linkTypes: [...projection.linkTypes],
    via: [...projection.via],
    maxCoMembers: projection.maxCoMembers,
    timingMeasures: timings.map((t) => t.measure),
    timingMs: timings.map((t) => t.ms),
    timingCpuMs: timings.map((t) => t.cpuMs),
    timingEngines: timings.map((t) => t.engine),
  };
}

/**
 * Analytics over one executor (one request). The network and what is derived from it come from a
 * snapshot: the process's AnalyticsCache's for the graph's current version when given one (kept
 * between requests until a write), else one read for this service's lifetime.
 */
export class AnalyticsService {
  private current?: Promise<NetworkSnapshot>;

  /** `evidence`: the levels of the records and relationships every answer of this service rests on. */
  /** `gds`: Graph Data Science through this repository when Neo4j has it (absent: never). */
  /** `cache`: snapshots kept between requests (absent: read per service). */
  constructor(
    private readonly repo: AnalyticsRepository,
    readonly evidence: readonly EvidenceLevel[] = DEFAULT_EVIDENCE,
    private readonly gds?: GdsRepository,
    private readonly cache?: AnalyticsCache,
  ) {}

  /** The snapshot this service answers from (the graph's version is asked once per service). */
  private snapshot(): Promise<NetworkSnapshot> {
    this.current ??= this.cache ? this.cache.snapshot(this.repo, this.evidence) : Promise.resolve(new NetworkSnapshot(this.repo, this.evidence, null));
    return this.current;
  }

  /**
   * Recomputes every measure on the actor network and writes it onto the actors with the time,
   * replacing the previous run: in GDS where Neo4j has it (options.engine), else all in Node from
   * the network read and folded here. Deterministic for a given graph, projection and seed on our
   * engine; GDS's Louvain may split ties between equally good moves differently from run to run.
   */
  async recompute(options: RecomputeOptions = {}): Promise<MeasuresRun> {
    const engine = options.engine ?? 'AUTO';
    const gdsVersion = engine === 'HELIXGRAPH' || !this.gds ? null : await this.gds.version();
    if (engine === 'GDS' && !gdsVersion) {
      throw new BadInputError('engine', 'GDS', 'needs a Neo4j with Graph Data Science installed; this one has none (leave engine out to compute every measure in helixgraph)');
    }
    if (gdsVersion) return this.recomputeWithGds(gdsVersion, options);
    const progress = options.onProgress ?? (() => {});
    const projection = options.projection ?? DEFAULT_PROJECTION;
    const started = performance.now();
    progress({ phase: 'read', fraction: 0 });
    const data = await this.repo.readNetwork(this.evidence);
    const readMs = ms(started);
    progress({ phase: 'project', fraction: 0.1 });
    const network = projectActorNetwork(data.actors, data.ties, data.affiliations, projection);
    progress({ phase: 'measures', fraction: 0.3 });
    const { rows, summary } = computeMeasures(network, options);
    progress({ phase: 'write', fraction: 0.9 });
    const computedAt = new Date().toISOString();
    const writeStarted = performance.now();
    await this.repo.writeMeasures(rows, computedAt);
    const run: MeasuresRun = { ...summary, computedAt, projection, evidence: [...this.evidence], gdsVersion: null, readMs, writeMs: ms(writeStarted), totalMs: ms(started) };
    await this.repo.saveRun(runToRow(run));
    progress({ phase: 'done', fraction: 1 });
    return run;
  }

  /**
   * The recompute with GDS: the actor network folded and projected in Neo4j; degree, strength,
   * PageRank, Louvain, and betweenness and closeness when exact, computed there; the arcs streamed
   * out into typed arrays for Burt's and Gould–Fernandez's measures (which GDS lacks) and for the
   * sampled betweenness and closeness (GDS samples sources by degree and does not rescale, so its
   * estimate has no stated error: ours does). Node's memory: about 40 bytes per arc and 24 per
   * tied pair, beside 80 per actor; no graph library objects.
   */
  private async recomputeWithGds(gdsVersion: string, options: RecomputeOptions): Promise<MeasuresRun> {
    const gds = this.gds!;
    const progress = options.onProgress ?? (() => {});
    const projection = options.projection ?? DEFAULT_PROJECTION;
    const seed = options.seed ?? DEFAULT_LOUVAIN_SEED;
    const concurrency = options.gdsConcurrency ?? 2;
    const graph = options.gdsGraph ?? `helixgraph-measures-${randomUUID()}`;
    const timings: MeasureTiming[] = [];
    const round = (x: number) => Math.round(x * 10) / 10;
    const timed = async <T>(measure: string, engine: MeasureEngine, work: () => T | Promise<T>): Promise<T> => {
      const t = performance.now();
      const cpu = process.cpuUsage();
      const result = await work();
      const used = process.cpuUsage(cpu);
      timings.push({ measure, engine, ms: round(performance.now() - t), cpuMs: round((used.user + used.system) / 1000) });
      return result;
    };
    const started = performance.now();
    let readMs = 0;
    try {
      progress({ phase: 'project', fraction: 0 });
      const projected = await gds.project(graph, this.evidence, projection);
      const actors = (await gds.actorNodes(this.evidence)).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      readMs = ms(started);
      const n = actors.length;
      const ids = actors.map((a) => a.id);
      const indexOf = new Map(actors.map((a, i) => [a.node, i]));
      const k = Math.max(2, Math.min(n, options.pivots ?? DEFAULT_PIVOTS));
      const exact = n <= (options.exactUpTo ?? DEFAULT_EXACT_UP_TO) || k === n || n < 3;
      const base = { relationshipTypes: ['TIE'], concurrency };
      progress({ phase: 'degree', fraction: 0.15 });
      await timed('degree', 'GDS', async () => {
        await gds.mutate('gds/mutateDegree', graph, { ...base, mutateProperty: 'degree' });
        await gds.mutate('gds/mutateDegree', graph, { ...base, relationshipWeightProperty: 'weight', mutateProperty: 'strength' });
      });
      if (exact) {
        progress({ phase: 'betweenness', fraction: 0.2 });
        if (n >= 3) await timed('betweenness', 'GDS', () => gds.mutate('gds/mutateBetweenness', graph, { ...base, mutateProperty: 'betweenness' }));
        progress({ phase: 'closeness', fraction: 0.35 });
        await timed('closeness', 'GDS', () => gds.mutate('gds/mutateCloseness', graph, { ...base, useWassermanFaust: true, mutateProperty: 'closeness' }));
      }
      progress({ phase: 'pagerank', fraction: 0.45 });
      await timed('pagerank', 'GDS', () =>
        gds.mutate('gds/mutatePageRank', graph, {
          relationshipTypes: ['ARC'],
          relationshipWeightProperty: 'weight',
          dampingFactor: 0.85,
          maxIterations: 1000,
          tolerance: 1e-10,
          concurrency,
          mutateProperty: 'pagerank',
        }),
      );
      progress({ phase: 'communities', fraction: 0.5 });
      // Without a tie every actor is its own community (GDS's Louvain needs relationships).
      const louvain = await timed('communities', 'GDS', () =>
        projected.relationships > 0 ? gds.mutate('gds/mutateLouvain', graph, { ...base, relationshipWeightProperty: 'weight', mutateProperty: 'community' }) : null,
      );

      progress({ phase: 'stream', fraction: 0.6 });
      const streamStarted = performance.now();
      const values: Record<string, Float64Array> = {};
      const properties = ['degree', 'strength', 'pagerank', ...(louvain ? ['community'] : []), ...(exact ? ['closeness'] : []), ...(exact && n >= 3 ? ['betweenness'] : [])];
      for (const p of properties) values[p] = new Float64Array(n);
      await gds.streamNodeProperties(graph, properties, (node, property, value) => {
        const i = indexOf.get(node);
        if (i !== undefined) values[property][i] = value;
      });
      let capacity = Math.max(16, projected.relationships);
      let src = new Int32Array(capacity);
      let dst = new Int32Array(capacity);
      let weight = new Float64Array(capacity);
      let count = 0;
      await gds.streamArcs(graph, (s, t, w) => {
        if (count === capacity) {
          capacity *= 2;
          const grow = <A extends Int32Array | Float64Array>(a: A, make: (size: number) => A): A => {
            const b = make(capacity);
            b.set(a);
            return b;
          };
          src = grow(src, (size) => new Int32Array(size));
          dst = grow(dst, (size) => new Int32Array(size));
          weight = grow(weight, (size) => new Float64Array(size));
        }
        src[count] = indexOf.get(s)!;
        dst[count] = indexOf.get(t)!;
        weight[count] = w;
        count += 1;
      });
      readMs += ms(streamStarted);
      const out = csrFromArcs(ids, src, dst, weight, count);
      const ins = transposeCsr(out);
      const mutual = mutualCsr(out, ins);
      const ties = mutual.nbr.length / 2;

      let betweenness = values.betweenness;
      let closeness = values.closeness;
      let maxStandardError = 0;
      let errorBound = 0;
      let closenessMaxStandardError = 0;
      if (n < 3) {
        betweenness = new Float64Array(n);
      } else if (exact) {
        // GDS counts each unordered pair once on an undirected graph; normalize as networkx does.
        const scale = 2 / ((n - 1) * (n - 2));
        for (let v = 0; v < n; v++) betweenness[v] *= scale;
      } else {
        progress({ phase: 'betweenness', fraction: 0.65 });
        const b = await timed('betweenness', 'HELIXGRAPH', () => sampledBetweennessOfCsr(mutual, k, seed));
        betweenness = b.values;
        maxStandardError = b.maxStandardError;
        errorBound = b.errorBound;
        progress({ phase: 'closeness', fraction: 0.72 });
        const c = await timed('closeness', 'HELIXGRAPH', () => sampledClosenessOfCsr(mutual, k, seed));
        closeness = c.values;
        closenessMaxStandardError = c.maxStandardError;
      }
      // GDS's PageRank leaks the rank of dangling actors; networkx's gives it to all alike. The
      // two differ by a constant factor only (the teleport term absorbs the redistribution), so
      // dividing by the sum gives networkx's values.
      const rank = values.pagerank;
      const rankSum = rank.reduce((a, b) => a + b, 0);
      if (rankSum > 0) for (let v = 0; v < n; v++) rank[v] /= rankSum;
      const communities = louvain ? renumberBySize(values.community) : renumberBySize(Int32Array.from({ length: n }, (_, i) => i));

      progress({ phase: 'burt', fraction: 0.8 });
      const holes = await timed('burt', 'HELIXGRAPH', () => structuralHolesOfCsr(mutual));
      progress({ phase: 'gouldFernandez', fraction: 0.85 });
      const names = [...new Set(actors.map((a) => a.sphere))];
      const group = Int32Array.from(actors.map((a) => names.indexOf(a.sphere)));
      const roles = await timed('gouldFernandez', 'HELIXGRAPH', () => gouldFernandezOfCsr(out, ins, group, names.length));

      const rows: MeasureRow[] = ids.map((id, v) => {
        const degree = mutual.start[v + 1] - mutual.start[v];
        const at = v * ROLE_COUNT;
        const isolate = degree === 0;
        return {
          id,
          props: {
            m_degree: values.degree[v],
            m_degreeCentrality: n > 1 ? values.degree[v] / (n - 1) : 0,
            m_strength: values.strength[v],
            m_betweenness: betweenness[v],
            m_closeness: closeness[v],
            m_pagerank: rank[v],
            m_community: communities.membership[v],
            m_effectiveSize: isolate ? null : holes.effectiveSize[v],
            m_efficiency: isolate ? null : holes.effectiveSize[v] / degree,
            m_constraint: isolate ? null : holes.constraint[v],
            m_coordinator: roles[at],
            m_itinerant: roles[at + 1],
            m_gatekeeper: roles[at + 2],
            m_representative: roles[at + 3],
            m_liaison: roles[at + 4],
            m_brokerage: roles[at] + roles[at + 1] + roles[at + 2] + roles[at + 3] + roles[at + 4],
          },
        };
      });
      progress({ phase: 'write', fraction: 0.9 });
      const computedAt = new Date().toISOString();
      const writeStarted = performance.now();
      await this.repo.writeMeasures(rows, computedAt);
      // In the order the fallback times them, whichever engine ran when.
      timings.sort((a, b) => MEASURE_ORDER.indexOf(a.measure) - MEASURE_ORDER.indexOf(b.measure));
      const summary: MeasuresSummary = {
        actors: n,
        ties,
        arcs: count,
        betweennessExact: exact,
        pivots: exact ? n : k,
        maxStandardError,
        errorBound,
        closenessMaxStandardError,
        communities: communities.count,
        modularity: (louvain?.modularity as number | undefined) ?? 0,
        seed,
        cappedContexts: projected.cappedContexts,
        timings,
        computeMs: round(timings.reduce((s, t) => s + t.ms, 0)),
        computeCpuMs: round(timings.reduce((s, t) => s + t.cpuMs, 0)),
      };
      const run: MeasuresRun = { ...summary, computedAt, projection, evidence: [...this.evidence], gdsVersion, readMs, writeMs: ms(writeStarted), totalMs: ms(started) };
      await this.repo.saveRun(runToRow(run));
      progress({ phase: 'done', fraction: 1 });
      return run;
    } finally {
      await gds.drop(graph).catch(() => {});
    }
  }

  /** The description of the stored measures, or null before the first recompute. */
  async lastRun(): Promise<MeasuresRun | null> {
    const row = await this.repo.getMeasuresRun();
    return row ? runFromRow(row) : null;
  }

  /** The actor network under `projection`. */
  async network(projection: ProjectionOptions = DEFAULT_PROJECTION): Promise<CompactActorNetwork> {
    return (await this.snapshot()).network(projection);
  }

  async helix(by: HelixGrouping, projection?: ProjectionOptions): Promise<HelixLinkage[]> {
    const snapshot = await this.snapshot();
    return snapshot.answer(key('helix', by, projection), async () => {
      const [network, data] = await Promise.all([snapshot.network(projection), snapshot.readData()]);
      return helixLinkage(network.graph, data.actors, by);
    });
  }

  /** Who brokers between the actors of two helix spheres (Gould–Fernandez open two-paths between them). */
  async sphereBrokers(x: HelixSphere, y: HelixSphere, first: number, projection?: ProjectionOptions): Promise<SphereBroker[]> {
    const snapshot = await this.snapshot();
    return snapshot.answer(key('sphereBrokers', x, y, first, projection), async () => sphereBrokers((await snapshot.network(projection)).graph, x, y, first));
  }

  async coverage(by: CoveragePlace, kinds: readonly ActorKind[] | undefined, projection?: ProjectionOptions): Promise<CoverageMatrix> {
    return (await this.snapshot()).answer(key('coverage', by, kinds, projection), async () => coverageMatrix(await this.gapInput(projection), by, kinds));
  }

  async gaps(supporterKinds: readonly ActorKind[] = DEFAULT_SUPPORTER_KINDS, projection?: ProjectionOptions): Promise<Gaps> {
    const snapshot = await this.snapshot();
    return snapshot.answer(key('gaps', supporterKinds, projection), async () => {
      const input = await this.gapInput(projection);
      const { sectors } = await snapshot.readGapData();
      return {
        unreached: unreached(input, supporterKinds),
        projectOnly: projectOnlyEnterprises(input),
        sectorsWithEventsButNoInvestment: sectorsWithEventsButNoInvestment(sectors),
      };
    });
  }

  /**
   * Suggested ties for an actor (Adamic–Adar with sphere and community boosts; communities by
   * Louvain on the same network and seed as the stored measures), never repeating a pair that any
   * direct relationship already joins.
   */
  async suggestForActor(actorId: string, options: Omit<SuggestionOptions, 'communities' | 'existing'>, projection?: ProjectionOptions): Promise<Suggestion[]> {
    const snapshot = await this.snapshot();
    return snapshot.answer(key('suggestForActor', actorId, options, projection), async () => {
      const [network, existing, communities] = await Promise.all([snapshot.network(projection), snapshot.existingPairs(), snapshot.communitiesOf(projection)]);
      return suggestLinks(network.graph, actorId, { ...options, existing, communities: communities.membership });
    });
  }

  /** Suggested supporters for a village (a gap): actors reaching similar villages. */
  async suggestForVillage(villageId: string, options: { kinds?: readonly ActorKind[] | null; first?: number }, projection?: ProjectionOptions): Promise<Suggestion[]> {
    return (await this.snapshot()).answer(key('suggestForVillage', villageId, options, projection), async () => suggestSupportersForVillage(await this.gapInput(projection), villageId, options));
  }

  private async gapInput(projection?: ProjectionOptions): Promise<GapInput> {
    const snapshot = await this.snapshot();
    const [network, data, { villages }] = await Promise.all([snapshot.network(projection), snapshot.readData(), snapshot.readGapData()]);
    return { network, actors: data.actors, villages, affiliations: data.affiliations };
  }
}

/** The key of an answer in a snapshot: the question and its arguments (defaults filled in). */
function key(question: string, ...args: unknown[]): string {
  return JSON.stringify([question, ...args.map((a) => a ?? null)]);
}

/**
 * Recomputes the stored measures after an import at start-up. A failure is logged, not thrown:
 * the API serves without fresh measures (measuresRun tells how old they are) rather than not at all.
 */
export async function recomputeAfterImport(
  repo: AnalyticsRepository,
  log: (line: string) => void,
  evidence: readonly EvidenceLevel[] = DEFAULT_EVIDENCE,
  gds?: GdsRepository,
): Promise<MeasuresRun | null> {
  try {
    const run = await new AnalyticsService(repo, evidence, gds).recompute();
    const how = run.betweennessExact ? 'exact' : `sampled, ${run.pivots} pivots, ±${run.errorBound.toFixed(4)}`;
    log(`network measures of ${run.actors} actors computed in ${(run.totalMs / 1000).toFixed(1)} s (betweenness ${how})`);
    return run;
  } catch (err) {
    log(`network measures not computed: ${(err as Error).message}`);
    return null;
  }
}
