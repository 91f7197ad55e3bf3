import { EVIDENCE_LEVELS, type EvidenceLevel, type HelixSphere } from '../domain/model';
import type { Provenance, TieGraph } from './projection';

/** The Gould–Fernandez role of a broker on the pairs it joins between two spheres (groups = spheres). */
export type SphereBrokerRole = 'COORDINATOR' | 'ITINERANT' | 'GATEKEEPER_REPRESENTATIVE' | 'LIAISON';

/** One of a broker's ties to an actor of either sphere, with what it rests on. */
export interface BrokerTie {
  actorId: string;
  sphere: HelixSphere;
  /** The firmest of its reasons: one stated reason is enough for a stated tie. */
  evidence: EvidenceLevel;
  /** Why the two are tied: direct relationships and shared contexts. */
  provenance: Provenance[];
}

export interface SphereBroker {
  actorId: string;
  role: SphereBrokerRole;
  /** Unordered pairs (A in one sphere, C in the other, A and C not tied) with A – broker – C. */
  pairs: number;
  /** The broker's ties to the actors of the two spheres that take part in at least one such pair. */
  ties: BrokerTie[];
}

/** The role of a broker of sphere `b` between spheres `x` and `y`. */
export function sphereBrokerRole(b: HelixSphere, x: HelixSphere, y: HelixSphere): SphereBrokerRole {
  if (x === y) return b === x ? 'COORDINATOR' : 'ITINERANT';
  return b === x || b === y ? 'GATEKEEPER_REPRESENTATIVE' : 'LIAISON';
}

function firmest(provenance: readonly Provenance[]): EvidenceLevel {
  let best = EVIDENCE_LEVELS.length - 1;
  for (const p of provenance) best = Math.min(best, EVIDENCE_LEVELS.indexOf(p.evidence ?? 'STATED'));
  return EVIDENCE_LEVELS[best];
}

/**
 * Who brokers between the actors of two helix spheres (or within one, x = y): for every actor B,
 * the unordered pairs A, C with A in sphere x, C in sphere y, A ≠ C, both tied to B and not to
 * each other — the open two-paths A – B – C that Gould & Fernandez count, restricted to these two
 * groups (on the undirected network, each pair once). Ranked by pairs, then id; brokers with no
 * pair are left out. Runs in O(Σ_B Σ_{A ∈ N(B)} deg(A)).
 */
export function sphereBrokers(graph: TieGraph, x: HelixSphere, y: HelixSphere, first: number): SphereBroker[] {
  const out: SphereBroker[] = [];
  graph.forEachNode((b, attrs) => {
    const inX: string[] = [];
    const inY = new Set<string>();
    graph.forEachNeighbor(b, (n, na) => {
      if (na.sphere === x) inX.push(n);
      if (na.sphere === y) inY.add(n);
    });
    if (inX.length === 0 || inY.size === 0) return;
    let pairs = 0;
    const used = new Set<string>();
    for (const a of inX) {
      for (const c of inY) {
        if (c === a || (x === y && c < a)) continue;
        if (graph.hasEdge(a, c)) continue;
        pairs += 1;
        used.add(a);
        used.add(c);
      }
    }
    if (pairs === 0) return;
    const ties: BrokerTie[] = [...used].sort().map((n) => {
      const { provenance } = graph.getEdgeAttributes(b, n);
      return { actorId: n, sphere: graph.getNodeAttribute(n, 'sphere'), evidence: firmest(provenance), provenance };
    });
    out.push({ actorId: b, role: sphereBrokerRole(attrs.sphere, x, y), pairs, ties });
  });
  out.sort((p, q) => q.pairs - p.pairs || (p.actorId < q.actorId ? -1 : p.actorId > q.actorId ? 1 : 0));
  return out.slice(0, first);
}
