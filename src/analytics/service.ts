import type { AnalyticsRepository } from '../db/repositories/analytics.repository';
import type { Row } from '../db/executor';
import { DEFAULT_EVIDENCE, EVIDENCE_LEVELS, type ActorKind, type EvidenceLevel, type HelixSphere, type LinkType } from '../domain/model';
import { detectCommunities } from './communities';
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
import { computeMeasures, type MeasureOptions, type MeasuresSummary } from './measures';
import { DEFAULT_PROJECTION, pairKey, projectActorNetwork, type ActorNetwork, type Fold, type NetworkData, type ProjectionOptions } from './projection';
import { sphereBrokers, type SphereBroker } from './sphereBrokers';
import { suggestLinks, suggestSupportersForVillage, type Suggestion, type SuggestionOptions } from './suggestions';

/**
 * The analytics use cases: read the actor network through the repository, run the pure
 * algorithms of src/analytics on it, and (for measures) write the results back. This is the only
 * module of src/analytics that does I/O, and only through AnalyticsRepository.
 */

export interface RecomputeOptions extends MeasureOptions {
  projection?: ProjectionOptions;
}

/** How and when the stored measures were computed. */
export interface MeasuresRun extends MeasuresSummary {
  computedAt: string;
  projection: ProjectionOptions;
  /** The evidence levels of the records and relationships the measures were computed on. */
  evidence: EvidenceLevel[];
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

const ms = (since: number) => Math.round(performance.now() - since);

/** Turns a stored AnalyticsRun node back into a MeasuresRun. */
export function runFromRow(row: Row): MeasuresRun {
  const names = (row.timingMeasures as string[] | undefined) ?? [];
  const times = (row.timingMs as number[] | undefined) ?? [];
  const cpu = (row.timingCpuMs as number[] | undefined) ?? [];
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
    timings: names.map((measure, i) => ({ measure, ms: times[i], cpuMs: cpu[i] ?? 0 })),
    computeMs: row.computeMs as number,
    computeCpuMs: (row.computeCpuMs as number | undefined) ?? 0,
    readMs: row.readMs as number,
    writeMs: row.writeMs as number,
    totalMs: row.totalMs as number,
  };
}

/** The properties an AnalyticsRun node stores for a run (Neo4j properties: numbers, strings, lists). */
export function runToRow(run: MeasuresRun): Record<string, unknown> {
  const { projection, timings, ...rest } = run;
  return {
    ...rest,
    linkTypes: [...projection.linkTypes],
    via: [...projection.via],
    maxCoMembers: projection.maxCoMembers,
    timingMeasures: timings.map((t) => t.measure),
    timingMs: timings.map((t) => t.ms),
    timingCpuMs: timings.map((t) => t.cpuMs),
  };
}

/** Analytics over one executor; networks read once per projection for the service's lifetime (one request). */
export class AnalyticsService {
  private data?: Promise<NetworkData>;
  private readonly networks = new Map<string, Promise<ActorNetwork>>();
  private gapInputs?: Promise<{ villages: GapInput['villages']; sectors: SectorActivity[] }>;

  /** `evidence`: the levels of the records and relationships every answer of this service rests on. */
  constructor(
    private readonly repo: AnalyticsRepository,
    readonly evidence: readonly EvidenceLevel[] = DEFAULT_EVIDENCE,
  ) {}

  /**
   * Recomputes every measure on the actor network and writes it onto the actors with the time,
   * replacing the previous run. Deterministic for a given graph, projection and seed.
   */
  async recompute(options: RecomputeOptions = {}): Promise<MeasuresRun> {
    const projection = options.projection ?? DEFAULT_PROJECTION;
    const started = performance.now();
    const data = await this.repo.readNetwork(this.evidence);
    const readMs = ms(started);
    const network = projectActorNetwork(data.actors, data.ties, data.affiliations, projection);
    const { rows, summary } = computeMeasures(network, options);
    const computedAt = new Date().toISOString();
    const writeStarted = performance.now();
    await this.repo.writeMeasures(rows, computedAt);
    const run: MeasuresRun = { ...summary, computedAt, projection, evidence: [...this.evidence], readMs, writeMs: ms(writeStarted), totalMs: ms(started) };
    await this.repo.saveRun(runToRow(run));
    return run;
  }

  /** The description of the stored measures, or null before the first recompute. */
  async lastRun(): Promise<MeasuresRun | null> {
    const row = await this.repo.getMeasuresRun();
    return row ? runFromRow(row) : null;
  }

  /** The actor network under `projection`, read once per service. */
  network(projection: ProjectionOptions = DEFAULT_PROJECTION): Promise<ActorNetwork> {
    const key = JSON.stringify(projection);
    let found = this.networks.get(key);
    if (!found) {
      found = this.readData().then((d) => projectActorNetwork(d.actors, d.ties, d.affiliations, projection));
      this.networks.set(key, found);
    }
    return found;
  }

  async helix(by: HelixGrouping, projection?: ProjectionOptions): Promise<HelixLinkage[]> {
    const [network, data] = await Promise.all([this.network(projection), this.readData()]);
    return helixLinkage(network.graph, data.actors, by);
  }

  /** Who brokers between the actors of two helix spheres (Gould–Fernandez open two-paths between them). */
  async sphereBrokers(x: HelixSphere, y: HelixSphere, first: number, projection?: ProjectionOptions): Promise<SphereBroker[]> {
    return sphereBrokers((await this.network(projection)).graph, x, y, first);
  }

  async coverage(by: CoveragePlace, kinds: readonly ActorKind[] | undefined, projection?: ProjectionOptions): Promise<CoverageMatrix> {
    return coverageMatrix(await this.gapInput(projection), by, kinds);
  }

  async gaps(supporterKinds: readonly ActorKind[] = DEFAULT_SUPPORTER_KINDS, projection?: ProjectionOptions): Promise<Gaps> {
    const input = await this.gapInput(projection);
    const { sectors } = await this.readGapData();
    return {
      unreached: unreached(input, supporterKinds),
      projectOnly: projectOnlyEnterprises(input),
      sectorsWithEventsButNoInvestment: sectorsWithEventsButNoInvestment(sectors),
    };
  }

  /**
   * Suggested ties for an actor (Adamic–Adar with sphere and community boosts; communities by
   * Louvain on the same network and seed as the stored measures), never repeating a pair that any
   * direct relationship already joins.
   */
  async suggestForActor(actorId: string, options: Omit<SuggestionOptions, 'communities' | 'existing'>, projection?: ProjectionOptions): Promise<Suggestion[]> {
    const [network, data] = await Promise.all([this.network(projection), this.readData()]);
    const existing = new Set(data.ties.map((t) => pairKey(t.from, t.to)));
    const communities = detectCommunities(network.graph).membership;
    return suggestLinks(network.graph, actorId, { ...options, existing, communities });
  }

  /** Suggested supporters for a village (a gap): actors reaching similar villages. */
  async suggestForVillage(villageId: string, options: { kinds?: readonly ActorKind[] | null; first?: number }, projection?: ProjectionOptions): Promise<Suggestion[]> {
    return suggestSupportersForVillage(await this.gapInput(projection), villageId, options);
  }

  private readData(): Promise<NetworkData> {
    this.data ??= this.repo.readNetwork(this.evidence);
    return this.data;
  }

  private readGapData() {
    this.gapInputs ??= Promise.all([this.repo.readVillages(this.evidence), this.repo.readSectorActivity(this.evidence)]).then(([villages, sectors]) => ({ villages, sectors }));
    return this.gapInputs;
  }

  private async gapInput(projection?: ProjectionOptions): Promise<GapInput> {
    const [network, data, { villages }] = await Promise.all([this.network(projection), this.readData(), this.readGapData()]);
    return { network, actors: data.actors, villages, affiliations: data.affiliations };
  }
}

/**
 * Recomputes the stored measures after an import at start-up. A failure is logged, not thrown:
 * the API serves without fresh measures (measuresRun tells how old they are) rather than not at all.
 */
export async function recomputeAfterImport(
  repo: AnalyticsRepository,
  log: (line: string) => void,
  evidence: readonly EvidenceLevel[] = DEFAULT_EVIDENCE,
): Promise<MeasuresRun | null> {
  try {
    const run = await new AnalyticsService(repo, evidence).recompute();
    const how = run.betweennessExact ? 'exact' : `sampled, ${run.pivots} pivots, ±${run.errorBound.toFixed(4)}`;
    log(`network measures of ${run.actors} actors computed in ${(run.totalMs / 1000).toFixed(1)} s (betweenness ${how})`);
    return run;
  } catch (err) {
    log(`network measures not computed: ${(err as Error).message}`);
    return null;
  }
}
