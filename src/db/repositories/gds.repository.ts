import neo4j from 'neo4j-driver';

import { DIRECTED_FOLDS, DIRECTED_TIE_TYPES, FOLD_LABELS, FOLD_ROLES, FOLDS, type ProjectionOptions } from '../../analytics/projection';
import type { EvidenceLevel } from '../../domain/model';
import type { Executor, Row } from '../executor';

/** What projecting the actor network into GDS made. */
export interface GdsProjection {
  nodes: number;
  /** TIE relationships (counted once per direction) and ARC relationships. */
  relationships: number;
  cappedContexts: number;
}

/** The algorithms a recompute runs in GDS, each by its own statement. */
export type GdsMutation = 'gds/mutateDegree' | 'gds/mutatePageRank' | 'gds/mutateBetweenness' | 'gds/mutateCloseness' | 'gds/mutateLouvain';

/** An actor of a projection: its Neo4j node id (as GDS streams name it), id and helix sphere. */
export interface GdsActorNode {
  node: number;
  id: string;
  sphere: string;
}

/**
 * Neo4j Graph Data Science, where it is installed: the actor network projected into an in-memory
 * graph (folded in the database, cypher/gds/projectActorNetwork), algorithms run on it with their
 * results kept in it (mutate), then streamed out with the arcs. Graphs are named by the caller and
 * must be dropped by it (`drop`, in a finally).
 */
export class GdsRepository {
  constructor(private readonly db: Executor) {}

  /** The GDS version Neo4j has loaded, or null without GDS (an external Neo4j, `gds: false`). */
  async version(): Promise<string | null> {
    const [row] = await this.db.read('gds/countVersionFunction');
    if (!row || (row.present as number) === 0) return null;
    const [v] = await this.db.read('gds/getVersion');
    return (v?.version as string | undefined) ?? null;
  }

  /** Projects the actor network of `projection` on `evidence` into the in-memory graph `graph`. */
  async project(graph: string, evidence: readonly EvidenceLevel[], projection: ProjectionOptions): Promise<GdsProjection> {
    const hostTypes: Record<string, string[]> = {};
    const memberTypes: Record<string, string[]> = {};
    for (const f of FOLDS) {
      hostTypes[FOLD_LABELS[f]] = [...FOLD_ROLES[f].host];
      memberTypes[FOLD_LABELS[f]] = [...FOLD_ROLES[f].member];
    }
    const [row] = await this.db.read('gds/projectActorNetwork', {
      graph,
      evidence,
      linkTypes: projection.linkTypes,
      directedTypes: DIRECTED_TIE_TYPES,
      labels: projection.via.map((f) => FOLD_LABELS[f]),
      hostTypes,
      memberTypes,
      directedLabels: DIRECTED_FOLDS.map((f) => FOLD_LABELS[f]),
      coMemberLabels: projection.via.filter((f) => f === 'EVENT' || f === 'VILLAGE').map((f) => FOLD_LABELS[f]),
      maxCoMembers: projection.maxCoMembers,
    });
    return { nodes: row.nodes as number, relationships: row.relationships as number, cappedContexts: row.cappedContexts as number };
  }

  /** Runs one algorithm on `graph`, keeping its result as `config.mutateProperty`; its summary row. */
  async mutate(name: GdsMutation, graph: string, config: Record<string, unknown>): Promise<Row> {
    // GDS refuses a float where it wants an integer (concurrency, maxIterations): JavaScript
    // numbers go to Neo4j as floats unless marked.
    const typed = Object.fromEntries(Object.entries(config).map(([k, v]) => [k, typeof v === 'number' && Number.isInteger(v) ? neo4j.int(v) : v]));
    const [row] = await this.db.read(name, { graph, config: typed });
    return row;
  }

  /** The actors a projection on `evidence` holds, with their Neo4j node ids. */
  async actorNodes(evidence: readonly EvidenceLevel[]): Promise<GdsActorNode[]> {
    return (await this.db.read('gds/streamActorNodes', { evidence })) as unknown as GdsActorNode[];
  }

  /** Streams the ARC relationships of `graph` (Neo4j node ids and weight) without holding them. */
  streamArcs(graph: string, onArc: (source: number, target: number, weight: number) => void): Promise<number> {
    return this.db.stream('gds/streamArcs', { graph }, (v) => onArc(v[0] as number, v[1] as number, v[2] as number));
  }

  /** Streams the node properties `properties` kept in `graph`, one call per node and property. */
  streamNodeProperties(graph: string, properties: readonly string[], onValue: (node: number, property: string, value: number) => void): Promise<number> {
    return this.db.stream('gds/streamNodeProperties', { graph, properties }, (v) => onValue(v[0] as number, v[1] as string, v[2] as number));
  }

  /** Drops `graph` (no error when it does not exist). */
  async drop(graph: string): Promise<void> {
    await this.db.read('gds/dropGraph', { graph });
  }
}
