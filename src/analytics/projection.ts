import { DirectedGraph, UndirectedGraph } from 'graphology';

import { ACTOR_TIE_TYPES, LINK_TYPES, weakestEvidence, type ActorKind, type EvidenceLevel, type HelixSphere, type LinkType } from '../domain/model';

/**
 * The actor network that every measure is computed on, built from rows read from Neo4j.
 *
 * Nodes are the actors (every `:Actor`, isolates included). Two actors are tied when
 *  - a direct actor–actor relationship of one of `linkTypes` joins them (PART_OF, FUNDS, SUPPORTS,
 *    PARTNERS_WITH by default: ACTOR_TIE_TYPES), or
 *  - they are affiliated with the same context through one of the `via` folds (a bipartite
 *    actor–context graph folded onto the actors): the same EVENT (organizers and participants),
 *    the same PROJECT (implementers, managers and funders with the actors it connected), the same
 *    INVESTMENT (the investor with the enterprise that received it) or, off by default, the same
 *    craft VILLAGE (actors located in it with the organizations that support it).
 *
 * Each context has hosts (who runs it: ORGANIZED, IMPLEMENTS/MANAGES/FUNDS, INVESTED, SUPPORTS)
 * and members (who take part: PARTICIPATED_IN, CONNECTED, RECEIVED, LOCATED_IN). Hosts are tied to
 * each other and to every member. Members of an EVENT or a VILLAGE are tied to each other (they
 * met, or live side by side); members of a PROJECT or an INVESTMENT are not (being connected by
 * the same project says nothing about knowing each other). A context with more than
 * `maxCoMembers` members ties its members to its hosts only, so one huge event cannot add
 * millions of ties; such contexts are reported as `cappedContexts`.
 *
 * Two graphs come out:
 *  - `graph`, undirected and simple: one edge per tied pair, weight = the number of distinct
 *    relationships and contexts behind it, and its provenance (which ones). Degree, betweenness,
 *    closeness, Louvain, Burt's measures, helix counts, gaps and suggestions use it.
 *  - `arcs`, directed: the direction of flow, for PageRank and Gould–Fernandez brokerage. FUNDS,
 *    SUPPORTS and INVESTMENT (investor → enterprise) carry resources one way and give one arc;
 *    PART_OF, PARTNERS_WITH and shared events, projects and villages are mutual contact and give
 *    an arc each way (see DIRECTED_TIE_TYPES and DIRECTED_FOLDS).
 */

/** The contexts an actor network may be folded through. */
export const FOLDS = ['EVENT', 'PROJECT', 'INVESTMENT', 'VILLAGE'] as const;
export type Fold = (typeof FOLDS)[number];

/** The node label of each fold's contexts. */
export const FOLD_LABELS: Record<Fold, 'Event' | 'Project' | 'Investment' | 'CraftVillage'> = {
  EVENT: 'Event',
  PROJECT: 'Project',
  INVESTMENT: 'Investment',
  VILLAGE: 'CraftVillage',
};

/** Which relationship types make an actor a host or a member of a fold's context. */
export const FOLD_ROLES: Record<Fold, { host: readonly LinkType[]; member: readonly LinkType[] }> = {
  EVENT: { host: ['ORGANIZED'], member: ['PARTICIPATED_IN'] },
  PROJECT: { host: ['IMPLEMENTS', 'MANAGES', 'FUNDS'], member: ['CONNECTED'] },
  INVESTMENT: { host: ['INVESTED'], member: ['RECEIVED'] },
  VILLAGE: { host: ['SUPPORTS'], member: ['LOCATED_IN'] },
};

/** Direct tie types that carry a resource one way (from → to); the others are mutual. */
export const DIRECTED_TIE_TYPES: readonly LinkType[] = ['FUNDS', 'SUPPORTS'];
/** Folds whose host → member ties carry a resource one way; the others are mutual contact. */
export const DIRECTED_FOLDS: readonly Fold[] = ['INVESTMENT'];

export interface ProjectionOptions {
  /** Direct actor–actor relationship types that tie two actors (a subset of ACTOR_TIE_TYPES). */
  linkTypes: readonly LinkType[];
  /** Contexts that tie the actors affiliated with them. */
  via: readonly Fold[];
  /** Contexts with more members than this tie members to hosts only. */
  maxCoMembers: number;
}

export const DEFAULT_MAX_CO_MEMBERS = 100;

/** The projection used for the stored measures unless a caller asks otherwise. */
export const DEFAULT_PROJECTION: ProjectionOptions = Object.freeze({
  linkTypes: ACTOR_TIE_TYPES,
  via: ['EVENT', 'PROJECT', 'INVESTMENT'] as const,
  maxCoMembers: DEFAULT_MAX_CO_MEMBERS,
});

/** An actor as read for analytics, with where it is and what it does. */
export interface ActorRecord {
  id: string;
  kind: ActorKind;
  sphere: HelixSphere;
  name: string;
  /** The actor's own evidence (PLACEHOLDER for an anonymous stand-in); absent means STATED. */
  evidence?: EvidenceLevel;
  villageIds: string[];
  /** Provinces, directly or through the actor's village. */
  provinceIds: string[];
  sectorIds: string[];
}

/** A direct relationship between two actors. */
export interface TieRecord {
  from: string;
  to: string;
  type: LinkType;
  /** The relationship's evidence; absent means STATED. */
  evidence?: EvidenceLevel;
}

/** An actor's relationship to a context node (event, project, investment, village). */
export interface AffiliationRecord {
  contextId: string;
  fold: Fold;
  actorId: string;
  role: 'host' | 'member';
  /** Projects this context belongs to (an event or investment RESULT_OF / ORGANIZED by them). */
  projectIds: string[];
  /** The relationship's evidence, and the context's; absent means STATED. */
  evidence?: EvidenceLevel;
  contextEvidence?: EvidenceLevel;
}

/** Everything the actor network is built from, as read from the graph. */
export interface NetworkData {
  actors: ActorRecord[];
  /** Every direct actor–actor relationship (all ACTOR_TIE_TYPES, whatever the projection uses). */
  ties: TieRecord[];
  /** Every actor's relationship to an event, project, investment or village. */
  affiliations: AffiliationRecord[];
}

/** Why two actors are tied: a direct relationship type, or a fold through a context. */
export interface Provenance {
  via: LinkType | Fold;
  /** The context id for a fold, null for a direct relationship. */
  context: string | null;
  /**
   * What this reason rests on: the weakest of the relationship and its two actors, or for a fold of
   * the context, the two actors' relationships to it and the two actors. Absent means STATED.
   */
  evidence?: EvidenceLevel;
}

export type ActorAttributes = {
  kind: ActorKind;
  sphere: HelixSphere;
  name: string;
};

export type TieAttributes = {
  weight: number;
  provenance: Provenance[];
};

export type ArcAttributes = {
  weight: number;
};

/**
 * What the per-request answers (gaps, coverage, suggestions, helix linkage, sphere brokers) read
 * of the undirected actor network: a subset of graphology's API, so that both projectActorNetwork's
 * graph and the compact network (compactNetwork.ts) serve them.
 */
export interface TieGraph {
  readonly order: number;
  readonly size: number;
  hasNode(node: string): boolean;
  degree(node: string): number;
  neighbors(node: string): string[];
  getNodeAttribute<K extends keyof ActorAttributes>(node: string, name: K): ActorAttributes[K];
  forEachNode(callback: (node: string, attributes: ActorAttributes) => void): void;
  /** Neighbours in ascending id order. */
  forEachNeighbor(node: string, callback: (neighbor: string, attributes: ActorAttributes) => void): void;
  someNeighbor(node: string, callback: (neighbor: string, attributes: ActorAttributes) => boolean): boolean;
  everyEdge(node: string, callback: (edge: string, attributes: TieAttributes) => boolean): boolean;
  hasEdge(source: string, target: string): boolean;
  getEdgeAttributes(source: string, target: string): TieAttributes;
}

export interface ActorNetwork {
  graph: UndirectedGraph<ActorAttributes, TieAttributes>;
  arcs: DirectedGraph<ActorAttributes, ArcAttributes>;
  options: ProjectionOptions;
  /** Contexts whose members were tied to hosts only (more than maxCoMembers members). */
  cappedContexts: string[];
}

/** The role a relationship of `type` gives an actor in a context of `fold`, or null if none. */
export function affiliationRole(fold: Fold, type: string): 'host' | 'member' | null {
  const roles = FOLD_ROLES[fold];
  if ((roles.host as readonly string[]).includes(type)) return 'host';
  if ((roles.member as readonly string[]).includes(type)) return 'member';
  return null;
}

/** The fold whose contexts carry `label`, or null. */
export function foldOfLabel(label: string): Fold | null {
  return (FOLDS.find((f) => FOLD_LABELS[f] === label) as Fold | undefined) ?? null;
}

/**
 * Builds the actor network from actors, direct ties and affiliations, following `options`.
 * Deterministic: the same rows in any order give the same graphs (nodes and edges are added in
 * sorted order), so seeded algorithms downstream give the same answers.
 */
export function projectActorNetwork(
  actors: readonly ActorRecord[],
  ties: readonly TieRecord[],
  affiliations: readonly AffiliationRecord[],
  options: ProjectionOptions = DEFAULT_PROJECTION,
): ActorNetwork {
  // Actors are numbered in id order; a pair (i < j) is keyed i·N + j, so sorting keys sorts pairs.
  const ids = [...new Set(actors.map((a) => a.id))].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
  const index = new Map(ids.map((id, i) => [id, i]));
  const n = ids.length;
  // Per pair, its provenances and the directions each runs (bit 1: lower id → higher, bit 2: back).
  const pairs = new Map<number, { provenance: Provenance[]; directions: number[]; ab: number; ba: number }>();

  const add = (x: string, y: string, provenance: Provenance, directed: boolean) => {
    const i = index.get(x);
    const j = index.get(y);
    if (i === undefined || j === undefined || i === j) return;
    const key = i < j ? i * n + j : j * n + i;
    let pair = pairs.get(key);
    if (!pair) {
      pair = { provenance: [], directions: [], ab: 0, ba: 0 };
      pairs.set(key, pair);
    }
    const bits = !directed ? 3 : i < j ? 1 : 2;
    let at = pair.provenance.findIndex((p) => p.via === provenance.via && p.context === provenance.context);
    if (at < 0) {
      at = pair.provenance.push(provenance) - 1;
      pair.directions.push(0);
    } else if (weakestEvidence([pair.provenance[at].evidence!, provenance.evidence!]) !== provenance.evidence) {
      // The same relationship type twice between two actors is one reason, on the firmer evidence
      // (every provenance made here has its evidence).
      pair.provenance[at] = { ...pair.provenance[at], evidence: provenance.evidence };
    }
    // One provenance counts once per direction it runs, whichever row names it first (a FUNDS
    // relationship each way between two actors is one provenance running both ways).
    const added = bits & ~pair.directions[at];
    pair.directions[at] |= bits;
    if (added & 1) pair.ab += 1;
    if (added & 2) pair.ba += 1;
  };

  const actorEvidence = new Map(actors.map((a) => [a.id, a.evidence ?? 'STATED']));
  const on = (...levels: Array<EvidenceLevel | undefined>) => weakestEvidence(levels.map((l) => l ?? 'STATED'));
  const linkTypes = new Set<string>(options.linkTypes);
  // Direct reasons in LINK_TYPES order whatever the rows' order, then folds in context id order.
  const rank = new Map<string, number>(LINK_TYPES.map((l, i) => [l, i]));
  for (const t of [...ties].sort((x, y) => rank.get(x.type)! - rank.get(y.type)!)) {
    if (linkTypes.has(t.type)) {
      add(t.from, t.to, { via: t.type, context: null, evidence: on(t.evidence, actorEvidence.get(t.from), actorEvidence.get(t.to)) }, DIRECTED_TIE_TYPES.includes(t.type));
    }
  }

  const via = new Set<Fold>(options.via);
  const contexts = new Map<string, { fold: Fold; hosts: Set<string>; members: Set<string>; evidence: EvidenceLevel; ties: Map<string, EvidenceLevel> }>();
  for (const f of affiliations) {
    if (!via.has(f.fold)) continue;
    let c = contexts.get(f.contextId);
    if (!c) {
      c = { fold: f.fold, hosts: new Set(), members: new Set(), evidence: f.contextEvidence ?? 'STATED', ties: new Map() };
      contexts.set(f.contextId, c);
    }
    (f.role === 'host' ? c.hosts : c.members).add(f.actorId);
    // An actor with several relationships to one context rests on its firmest.
    const prior = c.ties.get(f.actorId);
    const mine = on(f.evidence, actorEvidence.get(f.actorId));
    c.ties.set(f.actorId, prior === undefined || on(prior, mine) === prior ? mine : prior);
  }
  const cappedContexts: string[] = [];
  for (const contextId of [...contexts.keys()].sort()) {
    const c = contexts.get(contextId)!;
    const through = (x: string, y: string): Provenance => ({ via: c.fold, context: contextId, evidence: on(c.evidence, c.ties.get(x), c.ties.get(y)) });
    const directed = DIRECTED_FOLDS.includes(c.fold);
    const hosts = [...c.hosts].sort();
    // An actor both hosting and taking part counts as a host.
    const members = [...c.members].filter((m) => !c.hosts.has(m)).sort();
    for (let i = 0; i < hosts.length; i++) for (let j = i + 1; j < hosts.length; j++) add(hosts[i], hosts[j], through(hosts[i], hosts[j]), false);
    for (const h of hosts) for (const m of members) add(h, m, through(h, m), directed);
    const coMembers = c.fold === 'EVENT' || c.fold === 'VILLAGE';
    if (coMembers && members.length > options.maxCoMembers) cappedContexts.push(contextId);
    else if (coMembers) {
      for (let i = 0; i < members.length; i++) for (let j = i + 1; j < members.length; j++) add(members[i], members[j], through(members[i], members[j]), false);
    }
  }

  const graph = new UndirectedGraph<ActorAttributes, TieAttributes>();
  const arcs = new DirectedGraph<ActorAttributes, ArcAttributes>();
  const byId = new Map(actors.map((a) => [a.id, a]));
  for (const id of ids) {
    const a = byId.get(id)!;
    const attrs = { kind: a.kind, sphere: a.sphere, name: a.name };
    graph.addNode(id, attrs);
    arcs.addNode(id, { ...attrs });
  }
  for (const key of Float64Array.from(pairs.keys()).sort()) {
    const p = pairs.get(key)!;
    const a = ids[Math.floor(key / n)];
    const b = ids[key % n];
    graph.addEdge(a, b, { weight: p.provenance.length, provenance: p.provenance });
    if (p.ab > 0) arcs.addEdge(a, b, { weight: p.ab });
    if (p.ba > 0) arcs.addEdge(b, a, { weight: p.ba });
  }
  return { graph, arcs, options, cappedContexts };
}

/** A key for an unordered pair of node ids. */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}
