import type { ActorKind } from '../domain/model';
import { DEFAULT_SUPPORTER_KINDS, villageReach, type GapInput } from './gaps';
import { pairKey, type TieGraph } from './projection';

/**
 * Suggested links: introductions that would close a structural hole, ranked by the Adamic–Adar
 * index (Adamic & Adar 2003; Liben-Nowell & Kleinberg 2007): AA(u,c) = Σ_{z ∈ N(u) ∩ N(c)}
 * 1 / ln |N(z)|, so a shared contact who knows few others counts more than a hub everybody knows.
 * A link that would cross helix spheres or network communities is boosted, since such a tie brings
 * in what the actor's own circle cannot (Burt 2004; Granovetter 1973).
 */

export const DEFAULT_SPHERE_BOOST = 0.5;
export const DEFAULT_COMMUNITY_BOOST = 0.5;
export const DEFAULT_SUGGESTIONS = 10;

export type SuggestionMethod = 'ADAMIC_ADAR' | 'VILLAGE_SIMILARITY';

export interface Suggestion {
  candidateId: string;
  method: SuggestionMethod;
  /** The ranking score: Adamic–Adar × (1 + sphere boost) × (1 + community boost) when crossing. */
  score: number;
  /** The unboosted index. */
  adamicAdar: number;
  /** Shared neighbours (or, for a village, similar villages the candidate already reaches). */
  commonNeighbours: number;
  crossesSpheres: boolean;
  crossesCommunities: boolean;
  /** The reason: the shared neighbours, most telling first (largest contribution, then id). */
  via: string[];
}

export interface SuggestionOptions {
  /** Only candidates of these kinds (all actors when absent). */
  kinds?: readonly ActorKind[] | null;
  first?: number;
  /** Multiplier added when the candidate is in another helix sphere: score × (1 + sphereBoost). */
  sphereBoost?: number;
  /** Multiplier added when the candidate is in another community: score × (1 + communityBoost). */
  communityBoost?: number;
  /** Community of each actor (for the community boost; no boost without it). */
  communities?: Record<string, number>;
  /** Pairs (pairKey) already joined by a relationship of any type: never suggested. */
  existing?: ReadonlySet<string>;
}

const byScore = (a: Suggestion, b: Suggestion) =>
  b.score - a.score || b.commonNeighbours - a.commonNeighbours || (a.candidateId < b.candidateId ? -1 : 1);

/**
 * Ranked candidates for new ties of `actorId` in the undirected actor network: every actor two
 * steps away (at least one shared neighbour), not already tied to it in the network nor joined to
 * it by any relationship (`existing`), of the requested kinds. Nodes carry `kind` and `sphere`.
 * Returns [] for an unknown or isolated actor.
 */
export function suggestLinks(graph: TieGraph, actorId: string, options: SuggestionOptions = {}): Suggestion[] {
  if (!graph.hasNode(actorId)) return [];
  const kinds = options.kinds && options.kinds.length > 0 ? new Set<string>(options.kinds) : null;
  const sphereBoost = options.sphereBoost ?? DEFAULT_SPHERE_BOOST;
  const communityBoost = options.communityBoost ?? DEFAULT_COMMUNITY_BOOST;
  const neighbours = new Set(graph.neighbors(actorId));
  const found = new Map<string, { aa: number; via: Array<{ id: string; w: number }> }>();
  for (const z of [...neighbours].sort()) {
    const w = 1 / Math.log(graph.degree(z));
    graph.forEachNeighbor(z, (c) => {
      if (c === actorId || neighbours.has(c)) return;
      if (options.existing?.has(pairKey(actorId, c))) return;
      if (kinds && !kinds.has(graph.getNodeAttribute(c, 'kind'))) return;
      let entry = found.get(c);
      if (!entry) {
        entry = { aa: 0, via: [] };
        found.set(c, entry);
      }
      entry.aa += w;
      entry.via.push({ id: z, w });
    });
  }
  const sphere = graph.getNodeAttribute(actorId, 'sphere');
  const community = options.communities?.[actorId];
  const out: Suggestion[] = [];
  for (const [candidateId, { aa, via }] of found) {
    const crossesSpheres = graph.getNodeAttribute(candidateId, 'sphere') !== sphere;
    const other = options.communities?.[candidateId];
    const crossesCommunities = community !== undefined && other !== undefined && other !== community;
    const score = aa * (crossesSpheres ? 1 + sphereBoost : 1) * (crossesCommunities ? 1 + communityBoost : 1);
    out.push({
      candidateId,
      method: 'ADAMIC_ADAR',
      score,
      adamicAdar: aa,
      commonNeighbours: via.length,
      crossesSpheres,
      crossesCommunities,
      via: via.sort((a, b) => b.w - a.w || (a.id < b.id ? -1 : 1)).map((v) => v.id),
    });
  }
  return out.sort(byScore).slice(0, options.first ?? DEFAULT_SUGGESTIONS);
}

/**
 * Supporters to suggest for a village that lacks them (a gap). A village has no ties of its own
 * in the actor network, so the score is Adamic–Adar one level up: villages are similar when they
 * share a sector or a province, each shared attribute a weighing 1 / ln(number of villages with
 * a); a candidate scores the summed similarity of the villages it already reaches to this one.
 * "An incubator that already reaches three other handicraft villages of Bắc Ninh" ranks first.
 * Candidates already reaching the village are excluded; `via` lists the similar villages reached.
 */
export function suggestSupportersForVillage(
  input: GapInput,
  villageId: string,
  options: { kinds?: readonly ActorKind[] | null; first?: number } = {},
): Suggestion[] {
  const village = input.villages.find((v) => v.id === villageId);
  if (!village) return [];
  const kinds = new Set<string>(options.kinds && options.kinds.length > 0 ? options.kinds : DEFAULT_SUPPORTER_KINDS);
  const attributesOf = (v: { provinceId: string | null; sectorIds: string[] }) => [
    ...v.sectorIds.map((s) => `sector:${s}`),
    ...(v.provinceId ? [`province:${v.provinceId}`] : []),
  ];
  const holders = new Map<string, number>();
  for (const v of input.villages) for (const a of attributesOf(v)) holders.set(a, (holders.get(a) ?? 0) + 1);
  const own = new Set(attributesOf(village));
  const similarity = new Map<string, number>();
  for (const v of input.villages) {
    if (v.id === villageId) continue;
    let s = 0;
    for (const a of attributesOf(v)) if (own.has(a)) s += 1 / Math.log(holders.get(a)!);
    if (s > 0) similarity.set(v.id, s);
  }
  const kindOf = new Map(input.actors.map((a) => [a.id, a.kind]));
  const out: Suggestion[] = [];
  for (const [candidateId, villages] of villageReach(input)) {
    if (!kinds.has(kindOf.get(candidateId) ?? '') || villages.has(villageId)) continue;
    const via = [...villages]
      .filter((v) => similarity.has(v))
      .map((id) => ({ id, w: similarity.get(id)! }))
      .sort((a, b) => b.w - a.w || (a.id < b.id ? -1 : 1));
    if (via.length === 0) continue;
    const score = via.reduce((s, v) => s + v.w, 0);
    out.push({
      candidateId,
      method: 'VILLAGE_SIMILARITY',
      score,
      adamicAdar: score,
      commonNeighbours: via.length,
      crossesSpheres: false,
      crossesCommunities: false,
      via: via.map((v) => v.id),
    });
  }
  return out.sort(byScore).slice(0, options.first ?? DEFAULT_SUGGESTIONS);
}
