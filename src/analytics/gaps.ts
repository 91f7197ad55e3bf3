import { ACTOR_KINDS, type ActorKind } from '../domain/model';
import type { ActorRecord, AffiliationRecord, TieGraph } from './projection';

/**
 * Where the ecosystem has holes: which sector × place cells each kind of actor reaches, which
 * villages and enterprises no supporter reaches, which enterprises hang on one project only, and
 * which sectors had events but no investment.
 *
 * "Reach" is read off the actor network (so it follows the same projection as the measures):
 * an actor reaches a village when it supports it (SUPPORTS), is located in it, or is tied in the
 * network to an enterprise located in it.
 */

/** The kinds that count as supporters of villages and enterprises unless a caller says otherwise. */
export const DEFAULT_SUPPORTER_KINDS: readonly ActorKind[] = ['SupportOrganization', 'Intermediary', 'ResearchInstitute', 'Investor'];

export interface VillageRecord {
  id: string;
  provinceId: string | null;
  sectorIds: string[];
  /** Actors with a SUPPORTS relationship to the village. */
  supporterIds: string[];
}

export interface GapInput {
  /** The undirected actor network (projectActorNetwork's graph, or the compact network). */
  network: { graph: TieGraph };
  actors: readonly ActorRecord[];
  villages: readonly VillageRecord[];
  affiliations: readonly AffiliationRecord[];
}

/** The villages each actor reaches: supports, is located in, or is tied to an enterprise located in. */
export function villageReach(input: GapInput): Map<string, Set<string>> {
  const { graph } = input.network;
  const byId = new Map(input.actors.map((a) => [a.id, a]));
  const reach = new Map<string, Set<string>>();
  const add = (actor: string, village: string) => {
    let set = reach.get(actor);
    if (!set) {
      set = new Set();
      reach.set(actor, set);
    }
    set.add(village);
  };
  for (const v of input.villages) for (const s of v.supporterIds) add(s, v.id);
  for (const a of input.actors) {
    for (const v of a.villageIds) add(a.id, v);
    if (a.kind !== 'Enterprise' || a.villageIds.length === 0 || !graph.hasNode(a.id)) continue;
    graph.forEachNeighbor(a.id, (neighbour) => {
      if (byId.has(neighbour)) for (const v of a.villageIds) add(neighbour, v);
    });
  }
  return reach;
}

export type CoveragePlace = 'PROVINCE' | 'VILLAGE';

export interface CoverageCell {
  sectorId: string;
  /** A province id or a village id. */
  placeId: string;
  /** Distinct actors of each kind reaching the cell. */
  counts: Record<ActorKind, number>;
}

export interface EmptyCell {
  sectorId: string;
  placeId: string;
  kind: ActorKind;
}

export interface CoverageMatrix {
  cells: CoverageCell[];
  /** The cells × kinds no actor of that kind reaches. */
  empty: EmptyCell[];
}

/**
 * The coverage matrix sector × place (province or village) × actor kind. Its cells are the
 * (sector, place) pairs where the ecosystem exists: a village active in the sector lies there, or
 * (by province) an enterprise active in the sector is located there. An actor reaches a cell when
 *  - it is itself active in the sector and located in the place, or
 *  - it supports a village of the cell (SUPPORTS), or
 *  - it is not an enterprise and is tied in the network to an enterprise of the cell (an
 *    enterprise attending the same workshop as another does not "reach" it; an incubator does).
 * Cells are sorted by sector then place; `empty` lists every cell and kind with no actor.
 */
export function coverageMatrix(input: GapInput, by: CoveragePlace = 'PROVINCE', kinds: readonly ActorKind[] = ACTOR_KINDS): CoverageMatrix {
  const { graph } = input.network;
  const placesOf = (a: ActorRecord): string[] => (by === 'VILLAGE' ? a.villageIds : a.provinceIds);
  const key = (sectorId: string, placeId: string) => `${sectorId}\u0000${placeId}`;

  const universe = new Set<string>();
  for (const v of input.villages) {
    const place = by === 'VILLAGE' ? v.id : v.provinceId;
    if (place) for (const s of v.sectorIds) universe.add(key(s, place));
  }
  const actorCells = new Map<string, string[]>();
  for (const a of input.actors) {
    const cells = a.sectorIds.flatMap((s) => placesOf(a).map((p) => key(s, p)));
    actorCells.set(a.id, cells);
    if (a.kind === 'Enterprise' && by === 'PROVINCE') for (const c of cells) universe.add(c);
  }

  const reached = new Map<string, Set<string>>();
  const reach = (actor: string, cell: string) => {
    if (!universe.has(cell)) return;
    let set = reached.get(cell);
    if (!set) {
      set = new Set();
      reached.set(cell, set);
    }
    set.add(actor);
  };
  const kindOf = new Map(input.actors.map((a) => [a.id, a.kind]));
  for (const a of input.actors) {
    for (const c of actorCells.get(a.id)!) reach(a.id, c);
    if (a.kind === 'Enterprise' || !graph.hasNode(a.id)) continue;
    graph.forEachNeighbor(a.id, (neighbour) => {
      if (kindOf.get(neighbour) === 'Enterprise') for (const c of actorCells.get(neighbour) ?? []) reach(a.id, c);
    });
  }
  for (const v of input.villages) {
    const place = by === 'VILLAGE' ? v.id : v.provinceId;
    if (!place) continue;
    for (const supporter of v.supporterIds) for (const s of v.sectorIds) reach(supporter, key(s, place));
  }

  const cells: CoverageCell[] = [];
  const empty: EmptyCell[] = [];
  for (const cell of [...universe].sort()) {
    const [sectorId, placeId] = cell.split('\u0000');
    const counts = Object.fromEntries(ACTOR_KINDS.map((k) => [k, 0])) as Record<ActorKind, number>;
    for (const actor of reached.get(cell) ?? []) counts[kindOf.get(actor)!] += 1;
    cells.push({ sectorId, placeId, counts });
    for (const kind of kinds) if (counts[kind] === 0) empty.push({ sectorId, placeId, kind });
  }
  return { cells, empty };
}

export interface UnreachedVillage {
  villageId: string;
  /** Enterprises located in the village (0: the graph knows none there). */
  enterprises: number;
}

export interface Unreached {
  villages: UnreachedVillage[];
  enterprises: string[];
}

/**
 * Villages and enterprises that no actor of `supporterKinds` reaches. An enterprise is reached
 * when it is tied in the network to a supporter (directly, or through a shared event, project or
 * investment); a village when a supporter supports it, is located in it, or reaches one of its
 * enterprises. Both lists sorted by id.
 */
export function unreached(input: GapInput, supporterKinds: readonly ActorKind[] = DEFAULT_SUPPORTER_KINDS): Unreached {
  const { graph } = input.network;
  const kinds = new Set<string>(supporterKinds);
  const kindOf = new Map(input.actors.map((a) => [a.id, a.kind]));
  const reach = villageReach(input);
  const reachedVillages = new Set<string>();
  for (const [actor, villages] of reach) if (kinds.has(kindOf.get(actor) ?? '')) for (const v of villages) reachedVillages.add(v);
  const enterprisesIn = new Map<string, number>();
  const enterprises: string[] = [];
  for (const a of input.actors) {
    if (a.kind !== 'Enterprise') continue;
    for (const v of a.villageIds) enterprisesIn.set(v, (enterprisesIn.get(v) ?? 0) + 1);
    const tied = graph.hasNode(a.id) && graph.someNeighbor(a.id, (n) => kinds.has(kindOf.get(n) ?? ''));
    if (!tied) enterprises.push(a.id);
  }
  const villages = input.villages
    .filter((v) => !reachedVillages.has(v.id))
    .map((v) => ({ villageId: v.id, enterprises: enterprisesIn.get(v.id) ?? 0 }))
    .sort((x, y) => (x.villageId < y.villageId ? -1 : 1));
  return { villages, enterprises: enterprises.sort() };
}

export interface ProjectOnlyEnterprise {
  enterpriseId: string;
  /** The project that connected it and that every one of its ties comes through. */
  projectId: string;
}

/**
 * Enterprises whose only tie to the ecosystem is the project that connected them: every tie they
 * have in the network comes from that project (its hosts, via PROJECT) or from events the project
 * organized (via EVENT). A direct relationship (a partner, a supporter) or an investment is a tie
 * of its own, so an enterprise with one is not listed; neither is an isolated enterprise (it is
 * unreached). Sorted by enterprise id.
 */
export function projectOnlyEnterprises(input: GapInput): ProjectOnlyEnterprise[] {
  const { graph } = input.network;
  const connectedBy = new Map<string, Set<string>>();
  const projectsOfContext = new Map<string, string[]>();
  for (const f of input.affiliations) {
    if (f.fold === 'PROJECT' && f.role === 'member') {
      let set = connectedBy.get(f.actorId);
      if (!set) {
        set = new Set();
        connectedBy.set(f.actorId, set);
      }
      set.add(f.contextId);
    }
    if (f.fold === 'EVENT') projectsOfContext.set(f.contextId, f.projectIds);
  }
  const out: ProjectOnlyEnterprise[] = [];
  for (const a of input.actors) {
    if (a.kind !== 'Enterprise' || !graph.hasNode(a.id) || graph.degree(a.id) === 0) continue;
    for (const project of [...(connectedBy.get(a.id) ?? [])].sort()) {
      const onlyThrough = graph.everyEdge(a.id, (_e, attrs) =>
        (attrs.provenance as Array<{ via: string; context: string | null }>).every(
          (p) =>
            (p.via === 'PROJECT' && p.context === project) ||
            (p.via === 'EVENT' && p.context !== null && (projectsOfContext.get(p.context) ?? []).includes(project)),
        ),
      );
      if (onlyThrough) {
        out.push({ enterpriseId: a.id, projectId: project });
        break;
      }
    }
  }
  return out.sort((x, y) => (x.enterpriseId < y.enterpriseId ? -1 : 1));
}

export interface SectorActivity {
  sectorId: string;
  /** Events attended or organized by actors active in the sector. */
  events: number;
  /** Investments received by enterprises active in the sector. */
  investments: number;
}

/** Sectors that had events but received no investment, sorted by events (most first), then id. */
export function sectorsWithEventsButNoInvestment(rows: readonly SectorActivity[]): SectorActivity[] {
  return rows
    .filter((r) => r.events > 0 && r.investments === 0)
    .sort((a, b) => b.events - a.events || (a.sectorId < b.sectorId ? -1 : 1));
}
