import { COMPUTED_AT_PROPERTY, MEASURE_NAMES, MEASURE_PROPERTIES, type MeasureName } from '../domain/measures';
import { gouldFernandez, structuralHoles } from './brokerage';
import { betweenness, closeness, degrees, pagerank, type BetweennessOptions } from './centrality';
import { DEFAULT_LOUVAIN_SEED, detectCommunities } from './communities';
import type { ActorNetwork } from './projection';

/**
 * Every network measure of every actor, computed on one actor network, with the time each took.
 * This is what `recomputeMeasures` writes back onto the actor nodes.
 */

// The stored vocabulary of measures lives in the model (the database layer uses it too).
export { COMPUTED_AT_PROPERTY, MEASURE_NAMES, MEASURE_PROPERTIES, type MeasureName };

export interface MeasureOptions extends BetweennessOptions {
  /** Seed of the betweenness pivots and of Louvain (default 844). */
  seed?: number;
}

/** One actor's measures, keyed by stored property name; null where a measure is undefined. */
export interface MeasureRow {
  id: string;
  props: Record<(typeof MEASURE_PROPERTIES)[MeasureName], number | null>;
}

/** Which engine computed a measure: Neo4j Graph Data Science, or helixgraph's own code (the fallback). */
export type MeasureEngine = 'GDS' | 'HELIXGRAPH';

export interface MeasureTiming {
  measure: string;
  engine: MeasureEngine;
  /** Wall-clock milliseconds. */
  ms: number;
  /** CPU milliseconds of this process (user + system): the cost, whatever else the machine runs. */
  cpuMs: number;
}

export interface MeasuresSummary {
  actors: number;
  /** Tied pairs of actors (undirected edges). */
  ties: number;
  /** Directed arcs of flow. */
  arcs: number;
  betweennessExact: boolean;
  pivots: number;
  maxStandardError: number;
  errorBound: number;
  /** Largest estimated standard error of one actor's closeness (0 when exact, like betweenness). */
  closenessMaxStandardError: number;
  communities: number;
  modularity: number;
  seed: number;
  cappedContexts: number;
  timings: MeasureTiming[];
  /** Total compute time, milliseconds (wall clock). */
  computeMs: number;
  /** Total compute time, CPU milliseconds. */
  computeCpuMs: number;
}

/**
 * Computes degree, strength, betweenness, closeness and communities on the undirected network,
 * PageRank and Gould–Fernandez roles (groups = helix sphere) on the arcs, and Burt's effective
 * size, efficiency and constraint on the arcs' mutual weights. Deterministic for a given network
 * and seed (timings aside).
 */
export function computeMeasures(network: ActorNetwork, options: MeasureOptions = {}): { rows: MeasureRow[]; summary: MeasuresSummary } {
  const seed = options.seed ?? DEFAULT_LOUVAIN_SEED;
  const timings: MeasureTiming[] = [];
  const round = (x: number) => Math.round(x * 10) / 10;
  const timed = <T>(measure: string, work: () => T): T => {
    const started = performance.now();
    const cpu = process.cpuUsage();
    const result = work();
    const used = process.cpuUsage(cpu);
    timings.push({ measure, engine: 'HELIXGRAPH', ms: round(performance.now() - started), cpuMs: round((used.user + used.system) / 1000) });
    return result;
  };
  const { graph, arcs } = network;
  const degree = timed('degree', () => degrees(graph));
  const between = timed('betweenness', () => betweenness(graph, { exactUpTo: options.exactUpTo, pivots: options.pivots, seed }));
  const close = timed('closeness', () => closeness(graph, { exactUpTo: options.exactUpTo, pivots: options.pivots, seed }));
  const rank = timed('pagerank', () => pagerank(arcs));
  const communities = timed('communities', () => detectCommunities(graph, { seed }));
  const holes = timed('burt', () => structuralHoles(arcs));
  const roles = timed('gouldFernandez', () => gouldFernandez(arcs, (node) => arcs.getNodeAttribute(node, 'sphere') as string));

  const rows: MeasureRow[] = graph.nodes().map((id) => ({
    id,
    props: {
      m_degree: degree[id].degree,
      m_degreeCentrality: degree[id].degreeCentrality,
      m_strength: degree[id].strength,
      m_betweenness: between.values[id] ?? 0,
      m_closeness: close.values[id] ?? 0,
      m_pagerank: rank[id] ?? 0,
      m_community: communities.membership[id],
      m_effectiveSize: holes[id].effectiveSize,
      m_efficiency: holes[id].efficiency,
      m_constraint: holes[id].constraint,
      m_coordinator: roles[id].coordinator,
      m_itinerant: roles[id].itinerant,
      m_gatekeeper: roles[id].gatekeeper,
      m_representative: roles[id].representative,
      m_liaison: roles[id].liaison,
      m_brokerage: roles[id].total,
    },
  }));
  return {
    rows,
    summary: {
      actors: graph.order,
      ties: graph.size,
      arcs: arcs.size,
      betweennessExact: between.exact,
      pivots: between.pivots,
      maxStandardError: between.maxStandardError,
      errorBound: between.errorBound,
      closenessMaxStandardError: close.maxStandardError,
      communities: communities.count,
      modularity: communities.modularity,
      seed,
      cappedContexts: network.cappedContexts.length,
      timings,
      computeMs: round(timings.reduce((s, t) => s + t.ms, 0)),
      computeCpuMs: round(timings.reduce((s, t) => s + t.cpuMs, 0)),
    },
  };
}
