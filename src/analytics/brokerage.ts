import type Graph from 'graphology';

import { toCsr, type Csr } from './csr';

/**
 * Brokerage measures that no graph library we use computes, implemented here and checked against
 * published values: Burt's effective size, efficiency and constraint (Burt 1992, in the
 * mutual-weight form networkx uses), and Gould & Fernandez's (1989) five brokerage roles.
 *
 * Both take the directed, weighted graph of flows (`arcs`): an undirected tie is an arc each way.
 */

export interface StructuralHoles {
  /** Burt's effective size: the non-redundant part of the ego network (null for an isolate). */
  effectiveSize: number | null;
  /** Effective size divided by the number of contacts (null for an isolate). */
  efficiency: number | null;
  /** Burt's aggregate constraint: high when contacts are tied to each other (null for an isolate). */
  constraint: number | null;
}

/**
 * Burt's structural-hole measures for every node, as networkx defines them:
 *
 *  - mutual weight m(u,v) = a(u,v) + a(v,u); p(u,v) = m(u,v) / Σ_w m(u,w) over u's in- and
 *    out-neighbours (the proportion of u's network time and energy invested in v);
 *  - local constraint ℓ(u,v) = (p(u,v) + Σ_{w ∈ N(u)} p(u,w) p(w,v))²; constraint(u) = Σ_v ℓ(u,v);
 *  - effective size(u) = Σ_{v ∈ N(u)} (1 − Σ_{w ∈ N(u)} p(u,w) m(v,w) / max_x m(v,x)), which for
 *    an unweighted undirected graph is Borgatti's n − 2t/n.
 *
 * Runs in O(Σ_w deg(w)²) on typed arrays.
 */
export function structuralHoles(arcs: Graph): Record<string, StructuralHoles> {
  const mutual = toCsr(arcs, 'mutual');
  const { effectiveSize, constraint } = structuralHolesOfCsr(mutual);
  const out: Record<string, StructuralHoles> = {};
  mutual.ids.forEach((id, u) => {
    const degree = mutual.start[u + 1] - mutual.start[u];
    out[id] = degree === 0 ? { effectiveSize: null, efficiency: null, constraint: null } : { effectiveSize: effectiveSize[u], efficiency: effectiveSize[u] / degree, constraint: constraint[u] };
  });
  return out;
}

/**
 * structuralHoles on the mutual-weight adjacency as typed arrays (see toCsr's `mutual` view, or
 * mutualCsr): effective size and constraint per node number, NaN for an isolate; efficiency is
 * effective size over the row's length. Memory: 4 arrays of n numbers and one of the widest row.
 */
export function structuralHolesOfCsr(mutual: Csr): { effectiveSize: Float64Array; constraint: Float64Array } {
  const { start, nbr, w } = mutual;
  const n = mutual.ids.length;
  const total = new Float64Array(n);
  const max = new Float64Array(n);
  let widest = 0;
  for (let u = 0; u < n; u++) {
    widest = Math.max(widest, start[u + 1] - start[u]);
    for (let j = start[u]; j < start[u + 1]; j++) {
      total[u] += w[j];
      max[u] = Math.max(max[u], w[j]);
    }
  }
  // stamp[v] = u while v is a contact of u; slot[v] = v's position among u's contacts.
  const stamp = new Int32Array(n).fill(-1);
  const slot = new Int32Array(n);
  const indirect = new Float64Array(widest);
  const effectiveSize = new Float64Array(n).fill(NaN);
  const constraint = new Float64Array(n).fill(NaN);
  for (let u = 0; u < n; u++) {
    const degree = start[u + 1] - start[u];
    if (degree === 0) continue;
    for (let j = start[u]; j < start[u + 1]; j++) {
      stamp[nbr[j]] = u;
      slot[nbr[j]] = j - start[u];
      indirect[j - start[u]] = 0;
    }
    let redundancy = 0;
    for (let j = start[u]; j < start[u + 1]; j++) {
      const x = nbr[j];
      const pux = w[j] / total[u];
      for (let k = start[x]; k < start[x + 1]; k++) {
        const v = nbr[k];
        if (v === u || stamp[v] !== u) continue;
        indirect[slot[v]] += (pux * w[k]) / total[x];
        redundancy += (pux * w[k]) / max[v];
      }
    }
    let c = 0;
    for (let j = start[u]; j < start[u + 1]; j++) c += (w[j] / total[u] + indirect[j - start[u]]) ** 2;
    effectiveSize[u] = degree - redundancy;
    constraint[u] = c;
  }
  return { effectiveSize, constraint };
}

/** Counts of the five Gould–Fernandez roles of one broker, and their total. */
export interface BrokerageRoles {
  /** A → B → C all in one group (w_I). */
  coordinator: number;
  /** A and C in one group, the broker B in another (w_O; also called consultant). */
  itinerant: number;
  /** B and C in one group, A outside: B lets an outsider in (b_IO). */
  gatekeeper: number;
  /** A and B in one group, C outside: B speaks for its group (b_OI). */
  representative: number;
  /** A, B and C in three different groups (b_O). */
  liaison: number;
  total: number;
}

/**
 * Gould & Fernandez (1989) brokerage roles for every node of a directed graph, with the group of
 * each node given by `groupOf` (here the helix sphere). A broker B is counted once per ordered
 * pair (A, C) with A → B, B → C, A ≠ C and no arc A → C; the roles follow the groups of A, B and
 * C as in Butts's `sna::brokerage` (w_I, w_O, b_IO, b_OI, b_O). An undirected tie is an arc each
 * way, so an open undirected two-path A – B – C counts in both orientations (one gatekeeper and
 * one representative when A is the outsider), as sna does on symmetric data.
 */
export function gouldFernandez(arcs: Graph, groupOf: (node: string) => string): Record<string, BrokerageRoles> {
  const outs = toCsr(arcs, 'out');
  const ins = toCsr(arcs, 'in');
  const names = [...new Set(outs.ids.map(groupOf))];
  const group = Int32Array.from(outs.ids.map((id) => names.indexOf(groupOf(id))));
  const counts = gouldFernandezOfCsr(outs, ins, group, names.length);
  const out: Record<string, BrokerageRoles> = {};
  outs.ids.forEach((id, b) => {
    const at = b * ROLE_COUNT;
    out[id] = {
      coordinator: counts[at],
      itinerant: counts[at + 1],
      gatekeeper: counts[at + 2],
      representative: counts[at + 3],
      liaison: counts[at + 4],
      total: counts[at] + counts[at + 1] + counts[at + 2] + counts[at + 3] + counts[at + 4],
    };
  });
  return out;
}

/** Roles per broker in gouldFernandezOfCsr's answer: coordinator, itinerant, gatekeeper, representative, liaison. */
export const ROLE_COUNT = 5;

/**
 * gouldFernandez on out- and in-arcs as typed arrays (node b's group is group[b], 0..groups-1):
 * the five role counts of broker b at [5b .. 5b+5). Memory: 5n numbers and groups² per broker.
 */
export function gouldFernandezOfCsr(outs: Csr, ins: Csr, group: Int32Array, groups: number): Float64Array {
  const n = outs.ids.length;
  const G = groups;
  const stamp = new Int32Array(n).fill(-1);
  const cntIn = new Float64Array(G);
  const cntOut = new Float64Array(G);
  const closed = new Float64Array(G * G);
  const out = new Float64Array(n * ROLE_COUNT);
  // Counting by groups: every (A, C) with A → B → C is a two-path; those with A = C or A → C are
  // not open and are subtracted, found by scanning the out-arcs of each A (Σ_A out(A)² in all).
  for (let b = 0; b < n; b++) {
    cntIn.fill(0);
    cntOut.fill(0);
    closed.fill(0);
    for (let j = outs.start[b]; j < outs.start[b + 1]; j++) {
      stamp[outs.nbr[j]] = b;
      cntOut[group[outs.nbr[j]]] += 1;
    }
    for (let j = ins.start[b]; j < ins.start[b + 1]; j++) {
      const a = ins.nbr[j];
      const ga = group[a];
      cntIn[ga] += 1;
      if (stamp[a] === b) closed[ga * G + ga] += 1;
      for (let k = outs.start[a]; k < outs.start[a + 1]; k++) {
        const c = outs.nbr[k];
        if (c !== b && stamp[c] === b) closed[ga * G + group[c]] += 1;
      }
    }
    const gb = group[b];
    const at = b * ROLE_COUNT;
    for (let ga = 0; ga < G; ga++) {
      if (cntIn[ga] === 0) continue;
      for (let gc = 0; gc < G; gc++) {
        const open = cntIn[ga] * cntOut[gc] - closed[ga * G + gc];
        if (open === 0) continue;
        if (ga === gb && gb === gc) out[at] += open;
        else if (ga === gc) out[at + 1] += open;
        else if (gb === gc) out[at + 2] += open;
        else if (ga === gb) out[at + 3] += open;
        else out[at + 4] += open;
      }
    }
  }
  return out;
}
