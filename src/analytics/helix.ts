import { HELIX_SPHERES, type HelixSphere } from '../domain/model';
import type { ActorRecord, TieGraph } from './projection';

/**
 * Helix linkage: how many ties of the actor network join each pair of helix spheres (industry,
 * government, academia, civil society, finance, international), overall or per province or sector.
 */

export type HelixGrouping = 'NONE' | 'PROVINCE' | 'SECTOR';

export interface SpherePair {
  /** The pair in HELIX_SPHERES order (a ≤ b); a = b for ties within a sphere. */
  a: HelixSphere;
  b: HelixSphere;
  ties: number;
}

export interface HelixLinkage {
  /** The province or sector id, null for the whole network. */
  key: string | null;
  /** Actors in the group (all actors for the whole network). */
  actors: number;
  ties: number;
  withinSphere: number;
  acrossSpheres: number;
  /**
   * Krackhardt & Stern's E-I index over spheres, (E − I) / (E + I): +1 when every tie crosses
   * spheres, −1 when none does; null without ties.
   */
  eiIndex: number | null;
  /** Every pair of spheres (21), zeros included, so missing linkages show. */
  pairs: SpherePair[];
}

const SPHERE_INDEX = new Map<string, number>(HELIX_SPHERES.map((s, i) => [s, i]));

/** Every unordered pair of spheres in a fixed order: (INDUSTRY, INDUSTRY), (INDUSTRY, GOVERNMENT)… */
export function allSpherePairs(): Array<[HelixSphere, HelixSphere]> {
  const out: Array<[HelixSphere, HelixSphere]> = [];
  for (let i = 0; i < HELIX_SPHERES.length; i++) for (let j = i; j < HELIX_SPHERES.length; j++) out.push([HELIX_SPHERES[i], HELIX_SPHERES[j]]);
  return out;
}

/**
 * Counts the ties of `graph` between spheres. With `by` PROVINCE or SECTOR, a tie belongs to every
 * group of either of its ends (an enterprise in Bắc Ninh tied to MOST counts for Bắc Ninh) and is
 * counted once per group; groups come out sorted by ties, then by key. Actors without a province
 * or sector are only in the whole-network count.
 */
export function helixLinkage(graph: TieGraph, actors: readonly ActorRecord[], by: HelixGrouping = 'NONE'): HelixLinkage[] {
  const byId = new Map(actors.map((a) => [a.id, a]));
  const groupsOf = (id: string): string[] => {
    if (by === 'NONE') return [''];
    const a = byId.get(id);
    if (!a) return [];
    return by === 'PROVINCE' ? a.provinceIds : a.sectorIds;
  };
  const counts = new Map<string, { actors: Set<string>; pairs: Map<string, number> }>();
  const group = (key: string) => {
    let g = counts.get(key);
    if (!g) {
      g = { actors: new Set(), pairs: new Map() };
      counts.set(key, g);
    }
    return g;
  };
  graph.forEachNode((node) => {
    for (const key of groupsOf(node)) group(key).actors.add(node);
  });
  // Each tie once: from its end with the smaller id.
  graph.forEachNode((source, { sphere: sa }) => {
    graph.forEachNeighbor(source, (target, { sphere: sb }) => {
      if (target < source) return;
      const [a, b] = SPHERE_INDEX.get(sa)! <= SPHERE_INDEX.get(sb)! ? [sa, sb] : [sb, sa];
      const pair = `${a}|${b}`;
      for (const key of new Set([...groupsOf(source), ...groupsOf(target)])) {
        const g = group(key);
        g.pairs.set(pair, (g.pairs.get(pair) ?? 0) + 1);
      }
    });
  });
  const out: HelixLinkage[] = [];
  for (const [key, g] of counts) {
    const pairs = allSpherePairs().map(([a, b]) => ({ a, b, ties: g.pairs.get(`${a}|${b}`) ?? 0 }));
    const withinSphere = pairs.filter((p) => p.a === p.b).reduce((s, p) => s + p.ties, 0);
    const acrossSpheres = pairs.filter((p) => p.a !== p.b).reduce((s, p) => s + p.ties, 0);
    const ties = withinSphere + acrossSpheres;
    out.push({
      key: by === 'NONE' ? null : key,
      actors: g.actors.size,
      ties,
      withinSphere,
      acrossSpheres,
      eiIndex: ties === 0 ? null : (acrossSpheres - withinSphere) / ties,
      pairs,
    });
  }
  if (by === 'NONE' && out.length === 0) {
    out.push({ key: null, actors: 0, ties: 0, withinSphere: 0, acrossSpheres: 0, eiIndex: null, pairs: allSpherePairs().map(([a, b]) => ({ a, b, ties: 0 })) });
  }
  return out.sort((x, y) => y.ties - x.ties || ((x.key ?? '') < (y.key ?? '') ? -1 : 1));
}
