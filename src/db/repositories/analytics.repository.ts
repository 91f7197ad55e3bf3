import type { SectorActivity, VillageRecord } from '../../analytics/gaps';
import type { MeasureRow } from '../../analytics/measures';
import {
  affiliationRole,
  FOLD_LABELS,
  FOLD_ROLES,
  FOLDS,
  foldOfLabel,
  type ActorRecord,
  type AffiliationRecord,
  type NetworkData,
  type TieRecord,
} from '../../analytics/projection';
import { ACTOR_KINDS, ACTOR_TIE_TYPES, HELIX_SPHERES, type ActorKind, type EvidenceLevel, type HelixSphere, type LinkType } from '../../domain/model';
import type { Executor, Row } from '../executor';
import { toNodeProps, type NodeProps } from './node.repository';

/** A relationship on a path or in a neighbourhood, with its stored direction and properties. */
/** What changes whenever the graph the analytics read changes (see cypher/analytics/getGraphVersion). */
export interface GraphVersion {
  changeSeq: number;
  nodes: number;
  relationships: number;
  measuresAt: string | null;
}

export interface GraphLink {
  type: string;
  from: string;
  to: string;
  props: Record<string, unknown>;
}

export interface PathRow {
  nodes: NodeProps[];
  links: GraphLink[];
}

export interface NeighbourhoodRow {
  totalNodes: number;
  nodes: Array<{ node: NodeProps; depth: number }>;
  totalLinks: number;
  links: GraphLink[];
}

export interface CommunityRow {
  community: number;
  size: number;
  spheres: Array<{ key: string; count: number }>;
  kinds: Array<{ key: string; count: number }>;
  memberIds: string[];
}

/** Rows of measures written per statement. */
const WRITE_BATCH = 5000;

const AFFILIATION_TYPES = [...new Set(FOLDS.flatMap((f) => [...FOLD_ROLES[f].host, ...FOLD_ROLES[f].member]))];

/** Reads for the actor network and its gaps, writes of its measures, traversals. */
export class AnalyticsRepository {
  constructor(private readonly db: Executor) {}

  /**
   * Actors, their direct ties and their affiliations, each record and relationship on one of the
   * `evidence` levels: three round trips, run side by side.
   */
  async readNetwork(evidence: readonly EvidenceLevel[]): Promise<NetworkData> {
    const [actorRows, tieRows, affiliationRows] = await Promise.all([
      this.db.read('analytics/getActors', { evidence }),
      this.db.read('analytics/getActorTies', { types: ACTOR_TIE_TYPES, evidence }),
      this.db.read('analytics/getAffiliations', { labels: FOLDS.map((f) => FOLD_LABELS[f]), types: AFFILIATION_TYPES, evidence }),
    ]);
    const actors = actorRows.map(
      (r): ActorRecord => ({
        id: r.id as string,
        kind: r.kind as ActorKind,
        sphere: r.sphere as HelixSphere,
        name: r.name as string,
        evidence: r.evidence as EvidenceLevel,
        villageIds: r.villageIds as string[],
        provinceIds: r.provinceIds as string[],
        sectorIds: r.sectorIds as string[],
      }),
    );
    const ties = tieRows.map((r): TieRecord => ({ from: r.from as string, to: r.to as string, type: r.type as LinkType, evidence: r.evidence as EvidenceLevel }));
    const affiliations: AffiliationRecord[] = [];
    for (const r of affiliationRows) {
      const fold = foldOfLabel(r.label as string);
      const role = fold ? affiliationRole(fold, r.type as string) : null;
      if (!fold || !role) continue;
      affiliations.push({
        contextId: r.contextId as string,
        fold,
        actorId: r.actorId as string,
        role,
        projectIds: r.projectIds as string[],
        evidence: r.evidence as EvidenceLevel,
        contextEvidence: r.contextEvidence as EvidenceLevel,
      });
    }
    return { actors, ties, affiliations };
  }

  async readVillages(evidence: readonly EvidenceLevel[]): Promise<VillageRecord[]> {
    const rows = await this.db.read('analytics/getVillages', { evidence });
    return rows.map((r) => ({
      id: r.id as string,
      provinceId: (r.provinceId as string | null) ?? null,
      sectorIds: r.sectorIds as string[],
      supporterIds: r.supporterIds as string[],
    }));
  }

  async readSectorActivity(evidence: readonly EvidenceLevel[]): Promise<SectorActivity[]> {
    return (await this.db.read('analytics/getSectorActivity', { evidence })) as unknown as SectorActivity[];
  }

  /**
   * Writes every actor's measures in one transaction (batches of WRITE_BATCH rows), so readers see
   * either the old measures or the new ones. Returns the number of actors written.
   */
  async writeMeasures(rows: readonly MeasureRow[], computedAt: string): Promise<number> {
    return this.db.writeTransaction(async (tx) => {
      let written = 0;
      for (let i = 0; i < rows.length; i += WRITE_BATCH) {
        const [r] = await tx('analytics/setMeasures', { rows: rows.slice(i, i + WRITE_BATCH), computedAt });
        written += (r?.written as number) ?? 0;
      }
      return written;
    });
  }

  /** Records the description of a recompute (replacing the previous one). */
  async saveRun(run: Record<string, unknown>): Promise<void> {
    await this.db.write('analytics/mergeMeasuresRun', { run });
  }

  /** The graph's version: one short statement, whatever the size of the graph. */
  async graphVersion(): Promise<GraphVersion> {
    const [row] = await this.db.read('analytics/getGraphVersion');
    return { changeSeq: Number(row.changeSeq), nodes: Number(row.nodes), relationships: Number(row.relationships), measuresAt: (row.measuresAt as string | null) ?? null };
  }

  /** The description of the last recompute, or null if measures were never computed. */
  async getMeasuresRun(): Promise<Row | null> {
    const [row] = await this.db.read('analytics/getMeasuresRun');
    return (row?.run as Row | undefined) ?? null;
  }

  async getCommunities(offset: number, limit: number, top: number): Promise<CommunityRow[]> {
    const rows = await this.db.read('analytics/getCommunities', { spheres: HELIX_SPHERES, kinds: ACTOR_KINDS, top, offset, limit });
    return rows as unknown as CommunityRow[];
  }

  /** Shortest paths (one, or all up to `limit`) within `maxHops` through `types`; [] when none. */
  async shortestPaths(
    from: string,
    to: string,
    types: readonly string[],
    evidence: readonly EvidenceLevel[],
    maxHops: number,
    all: boolean,
    limit: number,
  ): Promise<PathRow[]> {
    const rows = await this.db.read(all ? 'analytics/findAllShortestPaths' : 'analytics/findShortestPath', { from, to, types, evidence, maxHops, limit });
    return rows.map((r) => ({ nodes: (r.nodes as unknown[]).map(toNodeProps), links: r.links as GraphLink[] }));
  }

  /** The neighbourhood of `id`, or null when no entity has that id. */
  async neighbourhood(
    id: string,
    depth: number,
    types: readonly string[],
    labels: readonly string[] | null,
    evidence: readonly EvidenceLevel[],
    limit: number,
    linkLimit: number,
  ): Promise<NeighbourhoodRow | null> {
    const [row] = await this.db.read('analytics/getNeighbourhood', { id, depth, types, labels, evidence, limit, linkLimit });
    if (!row) return null;
    return {
      totalNodes: row.totalNodes as number,
      nodes: (row.nodes as Array<{ node: unknown; depth: number }>).map((n) => ({ node: toNodeProps(n.node), depth: n.depth })),
      totalLinks: row.totalLinks as number,
      links: row.links as GraphLink[],
    };
  }
}
