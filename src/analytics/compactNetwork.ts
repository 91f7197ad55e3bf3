import { EVIDENCE_LEVELS, LINK_TYPES, type EvidenceLevel, type LinkType } from '../domain/model';
import {
  DEFAULT_PROJECTION,
  FOLDS,
  type ActorAttributes,
  type Fold,
  type NetworkData,
  type ProjectionOptions,
  type Provenance,
  type TieAttributes,
  type TieGraph,
} from './projection';

/**
 * The undirected actor network as typed arrays, for the answers the API derives per request
 * (coverage, gaps, suggestions, helix linkage, sphere brokers, communities).
 *
 * projectActorNetwork builds the same network as graphology graphs: one object per node, per edge
 * and per reason, and a Map entry per tied pair while folding. On 100,000 generated actors
 * (2.8M ties) that is gigabytes and more than a minute of one CPU, spent on the API's event loop.
 * Here the ties are compressed sparse rows over actor numbers (actors in id order), each tie's
 * reasons are runs of small integers (how, which context, on what evidence), and a reason becomes
 * a Provenance object only when an answer asks for it. The fold gives up the event loop every
 * 65,536 reasons, so the API keeps answering other requests while a snapshot is built.
 *
 * The ties, their weights (the number of distinct reasons), their provenance, the neighbours'
 * order (ascending id) and the capped contexts are those of projectActorNetwork's `graph` for the
 * same rows and projection (checked in test/unit/analytics/compactNetwork.test.ts); Louvain run on
 * louvainView() gives the same communities as on that graph.
 */

/** How two actors can be tied: a direct relationship type, or a fold (codes are indexes). */
const VIAS: ReadonlyArray<LinkType | Fold> = [...LINK_TYPES, ...FOLDS];
const VIA_CODE = new Map<string, number>(VIAS.map((v, i) => [v, i]));
const EVIDENCE_CODE = new Map<string, number>(EVIDENCE_LEVELS.map((l, i) => [l, i]));
const STATED = 0;

/** Reasons folded between two pauses of the event loop. */
export const FOLD_SLICE = 65_536;

export interface CompactActorNetwork {
  graph: CompactNetwork;
  options: ProjectionOptions;
  /** Contexts whose members were tied to hosts only (more than maxCoMembers members). */
  cappedContexts: string[];
}

export class CompactNetwork implements TieGraph {
  /** Actor number of each id. */
  private readonly index: Map<string, number>;

  constructor(
    /** Actor ids in ascending order: actor i is ids[i]. */
    readonly ids: readonly string[],
    private readonly attributes: readonly ActorAttributes[],
    /** Neighbours of actor i are nbr[start[i] .. start[i+1]), ascending; tieAt the tie of each. */
    private readonly start: Int32Array,
    private readonly nbr: Int32Array,
    private readonly tieAt: Int32Array,
    /** Tie t joins actors tieLo[t] < tieHi[t]; ties are numbered in (lo, hi) order. */
    private readonly tieLo: Int32Array,
    private readonly tieHi: Int32Array,
    /** Tie t's reasons are r in reasonStart[t] .. reasonStart[t+1]). */
    private readonly reasonStart: Int32Array,
    private readonly reasonVia: Uint8Array,
    private readonly reasonContext: Int32Array,
    private readonly reasonEvidence: Uint8Array,
    private readonly contexts: readonly string[],
  ) {
    this.index = new Map(ids.map((id, i) => [id, i]));
  }

  get order(): number {
    return this.ids.length;
  }

  get size(): number {
    return this.tieLo.length;
  }

  hasNode(node: string): boolean {
    return this.index.has(node);
  }

  degree(node: string): number {
    const i = this.at(node);
    return this.start[i + 1] - this.start[i];
  }

  neighbors(node: string): string[] {
    const i = this.at(node);
    const out: string[] = [];
    for (let j = this.start[i]; j < this.start[i + 1]; j++) out.push(this.ids[this.nbr[j]]);
    return out;
  }

  getNodeAttribute<K extends keyof ActorAttributes>(node: string, name: K): ActorAttributes[K] {
    return this.attributes[this.at(node)][name];
  }

  forEachNode(callback: (node: string, attributes: ActorAttributes) => void): void {
    for (let i = 0; i < this.ids.length; i++) callback(this.ids[i], this.attributes[i]);
  }

  forEachNeighbor(node: string, callback: (neighbor: string, attributes: ActorAttributes) => void): void {
    const i = this.at(node);
    for (let j = this.start[i]; j < this.start[i + 1]; j++) callback(this.ids[this.nbr[j]], this.attributes[this.nbr[j]]);
  }

  someNeighbor(node: string, callback: (neighbor: string, attributes: ActorAttributes) => boolean): boolean {
    const i = this.at(node);
    for (let j = this.start[i]; j < this.start[i + 1]; j++) if (callback(this.ids[this.nbr[j]], this.attributes[this.nbr[j]])) return true;
    return false;
  }

  /** Whether `callback` holds for every tie of `node` (given its key and its weight and provenance). */
  everyEdge(node: string, callback: (edge: string, attributes: TieAttributes) => boolean): boolean {
    const i = this.at(node);
    for (let j = this.start[i]; j < this.start[i + 1]; j++) if (!callback(String(this.tieAt[j]), this.tieAttributes(this.tieAt[j]))) return false;
    return true;
  }

  hasEdge(source: string, target: string): boolean {
    const s = this.index.get(source);
    const t = this.index.get(target);
    return s !== undefined && t !== undefined && this.slot(s, t) >= 0;
  }

  /** The weight and provenance of the tie between `source` and `target` (throws when there is none). */
  getEdgeAttributes(source: string, target: string): TieAttributes {
    const s = this.at(source);
    const j = this.slot(s, this.at(target));
    if (j < 0) throw new Error(`no tie between ${source} and ${target}`);
    return this.tieAttributes(this.tieAt[j]);
  }

  /** The CSR position of t in s's row, or -1 (rows are sorted: binary search). */
  private slot(s: number, t: number): number {
    let lo = this.start[s];
    let hi = this.start[s + 1] - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const v = this.nbr[mid];
      if (v === t) return mid;
      if (v < t) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  private tieAttributes(t: number): TieAttributes {
    const provenance: Provenance[] = [];
    for (let r = this.reasonStart[t]; r < this.reasonStart[t + 1]; r++) {
      const c = this.reasonContext[r];
      provenance.push({ via: VIAS[this.reasonVia[r]], context: c < 0 ? null : this.contexts[c], evidence: EVIDENCE_LEVELS[this.reasonEvidence[r]] });
    }
    return { weight: provenance.length, provenance };
  }

  private at(node: string): number {
    const i = this.index.get(node);
    if (i === undefined) throw new Error(`the actor network has no actor ${node}`);
    return i;
  }

  /**
   * The network as graphology-communities-louvain reads an undirected graphology graph (nodes in
   * id order, edges in (lo, hi) order with their weight, as projectActorNetwork adds them), so
   * Louvain runs on it without a graphology copy and finds the same communities. Read-only.
   */
  louvainView(): LouvainGraph {
    return louvainGraph(this.ids, this.ties());
  }

  /** The ties as plain arrays (ends and weights, in (lo, hi) order), e.g. for a worker thread. */
  ties(): WeightedTies {
    const weight = new Int32Array(this.size);
    for (let t = 0; t < weight.length; t++) weight[t] = this.reasonStart[t + 1] - this.reasonStart[t];
    return { order: this.order, lo: this.tieLo, hi: this.tieHi, weight };
  }
}

/** Undirected weighted ties on nodes 0..order-1, tie t joining lo[t] < hi[t], in (lo, hi) order. */
export interface WeightedTies {
  order: number;
  lo: Int32Array;
  hi: Int32Array;
  weight: Int32Array;
}

/**
 * `ties` as graphology-communities-louvain reads an undirected graphology graph: nodes 0..order-1
 * under the keys `keys` (in that order), edges in the ties' order. Louvain only reads it, and only
 * through the positions of nodes and edges, so the keys do not change the communities it finds.
 */
export function louvainGraph(keys: ArrayLike<string>, ties: WeightedTies): LouvainGraph {
  const readOnly = () => {
    throw new Error('the compact actor network is read-only');
  };
  const degree = new Int32Array(ties.order);
  for (let t = 0; t < ties.lo.length; t++) {
    degree[ties.lo[t]] += 1;
    degree[ties.hi[t]] += 1;
  }
  const position = new Map<string, number>();
  for (let i = 0; i < ties.order; i++) position.set(keys[i], i);
  const none = {};
  return {
    type: 'undirected',
    multi: false,
    order: ties.order,
    size: ties.lo.length,
    selfLoopCount: 0,
    addUndirectedEdgeWithKey: readOnly,
    dropNode: readOnly,
    setNodeAttribute: readOnly,
    forEachNode(callback) {
      for (let i = 0; i < ties.order; i++) callback(keys[i], none);
    },
    undirectedDegreeWithoutSelfLoops(node) {
      return degree[position.get(node)!];
    },
    forEachEdge(callback) {
      // Louvain reads the weight at once, so one attributes object serves every edge.
      const attributes = { weight: 0 };
      for (let t = 0; t < ties.lo.length; t++) {
        attributes.weight = ties.weight[t];
        callback(String(t), attributes, keys[ties.lo[t]], keys[ties.hi[t]], none, none, true);
      }
    },
  };
}

/** What graphology-communities-louvain 2.0 reads of a graph. */
export interface LouvainGraph {
  type: 'undirected';
  multi: false;
  order: number;
  size: number;
  selfLoopCount: number;
  addUndirectedEdgeWithKey: () => never;
  dropNode: () => never;
  setNodeAttribute: () => never;
  forEachNode(callback: (node: string, attributes: object) => void): void;
  undirectedDegreeWithoutSelfLoops(node: string): number;
  forEachEdge(callback: (edge: string, attributes: { weight: number }, source: string, target: string, sa: object, ta: object, undirected: boolean) => void): void;
}

/** Growable parallel typed arrays of reasons while folding. */
class Reasons {
  lo = new Int32Array(1024);
  hi = new Int32Array(1024);
  via = new Uint8Array(1024);
  context = new Int32Array(1024);
  evidence = new Uint8Array(1024);
  length = 0;

  push(lo: number, hi: number, via: number, context: number, evidence: number): void {
    if (this.length === this.lo.length) this.grow();
    const k = this.length++;
    this.lo[k] = lo;
    this.hi[k] = hi;
    this.via[k] = via;
    this.context[k] = context;
    this.evidence[k] = evidence;
  }

  private grow(): void {
    const size = this.lo.length * 2;
    const grown = <T extends Int32Array | Uint8Array>(a: T): T => {
      const b = new (a.constructor as new (n: number) => T)(size);
      b.set(a);
      return b;
    };
    this.lo = grown(this.lo);
    this.hi = grown(this.hi);
    this.via = grown(this.via);
    this.context = grown(this.context);
    this.evidence = grown(this.evidence);
  }
}

const pause = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Folds `data` into the compact actor network under `projection`: the same ties, reasons and
 * evidence as projectActorNetwork (see projection.ts for the rules), in typed arrays, pausing for
 * the event loop every FOLD_SLICE reasons. Memory: about 15 bytes per reason while folding and
 * 30 bytes per tie (plus 6 per reason) after; no object per tie or reason.
 */
export async function foldCompactNetwork(data: NetworkData, projection: ProjectionOptions = DEFAULT_PROJECTION): Promise<CompactActorNetwork> {
  const byId = new Map(data.actors.map((a) => [a.id, a]));
  const ids = [...byId.keys()].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
  const index = new Map(ids.map((id, i) => [id, i]));
  const n = ids.length;
  const attributes: ActorAttributes[] = ids.map((id) => {
    const a = byId.get(id)!;
    return { kind: a.kind, sphere: a.sphere, name: a.name };
  });
  const actorEvidence = new Uint8Array(n);
  for (let i = 0; i < n; i++) actorEvidence[i] = code(byId.get(ids[i])!.evidence);

  const reasons = new Reasons();
  let sinceBreak = 0;
  /** Adds a reason; true when a slice is full and the fold should pause. */
  const add = (x: number, y: number, via: number, context: number, evidence: number): boolean => {
    // Actors the rows name but do not list (numbered n and up) take part in no tie.
    if (x === y || x >= n || y >= n) return false;
    reasons.push(Math.min(x, y), Math.max(x, y), via, context, evidence);
    if (++sinceBreak < FOLD_SLICE) return false;
    sinceBreak = 0;
    return true;
  };

  const linkTypes = new Set<string>(projection.linkTypes);
  for (const t of data.ties) {
    if (!linkTypes.has(t.type)) continue;
    const i = index.get(t.from);
    const j = index.get(t.to);
    if (i === undefined || j === undefined) continue;
    if (add(i, j, VIA_CODE.get(t.type)!, -1, Math.max(code(t.evidence), actorEvidence[i], actorEvidence[j]))) await pause();
  }

  const via = new Set<Fold>(projection.via);
  const unlisted = new Map<string, number>();
  const contexts = new Map<string, { fold: Fold; hosts: Set<number>; members: Set<number>; evidence: number; ties: Map<number, number> }>();
  for (const f of data.affiliations) {
    if (!via.has(f.fold)) continue;
    let actor = index.get(f.actorId);
    if (actor === undefined) {
      // Still a member or host of the context (it counts towards maxCoMembers, as in projectActorNetwork).
      actor = n + (unlisted.get(f.actorId) ?? unlisted.set(f.actorId, unlisted.size).size - 1);
    }
    let c = contexts.get(f.contextId);
    if (!c) {
      c = { fold: f.fold, hosts: new Set(), members: new Set(), evidence: code(f.contextEvidence), ties: new Map() };
      contexts.set(f.contextId, c);
    }
    (f.role === 'host' ? c.hosts : c.members).add(actor);
    // An actor with several relationships to one context rests on its firmest.
    const mine = Math.max(code(f.evidence), actor < n ? actorEvidence[actor] : STATED);
    const prior = c.ties.get(actor);
    c.ties.set(actor, prior === undefined ? mine : Math.min(prior, mine));
  }
  const contextIds = [...contexts.keys()].sort();
  const cappedContexts: string[] = [];
  for (let k = 0; k < contextIds.length; k++) {
    const c = contexts.get(contextIds[k])!;
    const fold = VIA_CODE.get(c.fold)!;
    const through = (x: number, y: number) => x < n && y < n && add(x, y, fold, k, Math.max(c.evidence, c.ties.get(x)!, c.ties.get(y)!));
    const hosts = [...c.hosts].sort((a, b) => a - b);
    // An actor both hosting and taking part counts as a host.
    const members = [...c.members].filter((m) => !c.hosts.has(m)).sort((a, b) => a - b);
    for (let i = 0; i < hosts.length; i++) for (let j = i + 1; j < hosts.length; j++) if (through(hosts[i], hosts[j])) await pause();
    for (const h of hosts) for (const m of members) if (through(h, m)) await pause();
    const coMembers = c.fold === 'EVENT' || c.fold === 'VILLAGE';
    if (coMembers && members.length > projection.maxCoMembers) cappedContexts.push(contextIds[k]);
    else if (coMembers) for (let i = 0; i < members.length; i++) for (let j = i + 1; j < members.length; j++) if (through(members[i], members[j])) await pause();
  }
  contexts.clear();

  // Reasons grouped by their lower end (counting sort), then within a group by (hi, how, context).
  const count = reasons.length;
  const groupStart = new Int32Array(n + 1);
  for (let r = 0; r < count; r++) groupStart[reasons.lo[r] + 1] += 1;
  for (let i = 0; i < n; i++) groupStart[i + 1] += groupStart[i];
  const order = new Int32Array(count);
  const fill = groupStart.slice(0, n);
  for (let r = 0; r < count; r++) order[fill[reasons.lo[r]]++] = r;
  const { hi, via: how, context, evidence } = reasons;
  const byPair = (a: number, b: number) => hi[a] - hi[b] || how[a] - how[b] || context[a] - context[b];

  // Distinct reasons per pair (the same relationship type twice between two actors is one reason,
  // resting on the firmer of the two), in (lo, hi) order: ties numbered as projectActorNetwork adds edges.
  const tieLo = new Int32Array(count);
  const tieHi = new Int32Array(count);
  const reasonStart = new Int32Array(count + 1);
  const reasonVia = new Uint8Array(count);
  const reasonContext = new Int32Array(count);
  const reasonEvidence = new Uint8Array(count);
  let ties = 0;
  let kept = 0;
  let sorted = 0;
  for (let i = 0; i < n; i++) {
    const group = order.subarray(groupStart[i], groupStart[i + 1]);
    if (group.length > 1) group.sort(byPair);
    sorted += group.length;
    if (sorted >= FOLD_SLICE) {
      sorted = 0;
      await pause();
    }
    for (let g = 0; g < group.length; g++) {
      const r = group[g];
      const p = g > 0 ? group[g - 1] : -1;
      if (p >= 0 && hi[p] === hi[r] && how[p] === how[r] && context[p] === context[r]) {
        reasonEvidence[kept - 1] = Math.min(reasonEvidence[kept - 1], evidence[r]);
        continue;
      }
      if (p < 0 || hi[p] !== hi[r]) {
        tieLo[ties] = i;
        tieHi[ties] = hi[r];
        reasonStart[ties] = kept;
        ties += 1;
      }
      reasonVia[kept] = how[r];
      reasonContext[kept] = context[r];
      reasonEvidence[kept] = evidence[r];
      kept += 1;
    }
  }
  reasonStart[ties] = kept;

  // Compressed rows: walking ties in (lo, hi) order fills each row in ascending neighbour order.
  const start = new Int32Array(n + 1);
  for (let t = 0; t < ties; t++) {
    start[tieLo[t] + 1] += 1;
    start[tieHi[t] + 1] += 1;
  }
  for (let i = 0; i < n; i++) start[i + 1] += start[i];
  const next = start.slice(0, n);
  const nbr = new Int32Array(2 * ties);
  const tieAt = new Int32Array(2 * ties);
  for (let t = 0; t < ties; t++) {
    const a = tieLo[t];
    const b = tieHi[t];
    nbr[next[a]] = b;
    tieAt[next[a]++] = t;
    nbr[next[b]] = a;
    tieAt[next[b]++] = t;
  }

  const graph = new CompactNetwork(
    ids,
    attributes,
    start,
    nbr,
    tieAt,
    tieLo.slice(0, ties),
    tieHi.slice(0, ties),
    reasonStart.slice(0, ties + 1),
    reasonVia.slice(0, kept),
    reasonContext.slice(0, kept),
    reasonEvidence.slice(0, kept),
    contextIds,
  );
  return { graph, options: projection, cappedContexts };
}

function code(level: EvidenceLevel | undefined): number {
  return level === undefined ? STATED : EVIDENCE_CODE.get(level)!;
}
