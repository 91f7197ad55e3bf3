import { describe, expect, it } from 'vitest';

import { affiliationRole, DEFAULT_PROJECTION, projectActorNetwork, type ActorNetwork } from '../../../src/analytics/projection';
import { actors, affiliations, ties } from './fixture';

function edges(network: ActorNetwork): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  network.graph.forEachEdge((_e, attrs, s, t) => {
    const [a, b] = s < t ? [s, t] : [t, s];
    out[`${a}-${b}`] = attrs.provenance.map((p) => (p.context ? `${p.via}:${p.context}` : p.via));
  });
  return out;
}

function arcs(network: ActorNetwork): Record<string, number> {
  const out: Record<string, number> = {};
  network.arcs.forEachEdge((_e, attrs, s, t) => {
    out[`${s}>${t}`] = attrs.weight;
  });
  return out;
}

describe('projectActorNetwork', () => {
  it('ties actors by direct relationships and through shared events, projects and investments (the default)', () => {
    const network = projectActorNetwork(actors, ties, affiliations, DEFAULT_PROJECTION);
    expect(network.graph.order).toBe(10);
    expect(edges(network)).toEqual({
      'e1-e2': ['EVENT:ev1'],
      'e1-gov': ['PROJECT:p1'],
      'e1-inc': ['EVENT:ev1', 'PROJECT:p1'],
      'e1-inv': ['EVENT:ev1', 'INVESTMENT:i1'],
      'e2-gov': ['PROJECT:p1'],
      'e2-inc': ['EVENT:ev1', 'PROJECT:p1'],
      'e2-inv': ['EVENT:ev1'],
      'e3-gov': ['PROJECT:p1'],
      'e3-inc': ['PROJECT:p1'],
      'fund-inc': ['FUNDS'],
      'gov-inc': ['PART_OF', 'PROJECT:p1'],
      'inc-inv': ['EVENT:ev1'],
    });
    expect(network.graph.getEdgeAttribute(network.graph.edge('gov', 'inc')!, 'weight')).toBe(2);
    expect(network.cappedContexts).toEqual([]);
  });

  it('does not tie the enterprises a project connected to each other, only to its hosts', () => {
    const network = projectActorNetwork(actors, ties, affiliations, DEFAULT_PROJECTION);
    expect(network.graph.hasEdge('e1', 'e3')).toBe(false);
    expect(network.graph.hasEdge('e2', 'e3')).toBe(false);
  });

  it('gives one arc for FUNDS and for an investment (investor → enterprise), two for mutual contact', () => {
    const a = arcs(projectActorNetwork(actors, ties, affiliations, DEFAULT_PROJECTION));
    expect(Object.keys(a)).toHaveLength(23);
    expect(a['fund>inc']).toBe(1);
    expect(a['inc>fund']).toBeUndefined();
    expect(a['inv>e1']).toBe(2);
    expect(a['e1>inv']).toBe(1);
    expect([a['gov>inc'], a['inc>gov']]).toEqual([2, 2]);
  });

  it('follows the chosen link types and folds only', () => {
    const network = projectActorNetwork(actors, ties, affiliations, { linkTypes: ['PART_OF'], via: ['VILLAGE'], maxCoMembers: 100 });
    expect(edges(network)).toEqual({ 'e1-e2': ['VILLAGE:v1'], 'gov-inc': ['PART_OF'] });
  });

  it('ties the members of a context larger than maxCoMembers to its hosts only, and reports it', () => {
    const network = projectActorNetwork(actors, ties, affiliations, { ...DEFAULT_PROJECTION, maxCoMembers: 2 });
    expect(network.cappedContexts).toEqual(['ev1']);
    expect(network.graph.hasEdge('e1', 'e2')).toBe(false);
    expect(edges(network)['e1-inv']).toEqual(['INVESTMENT:i1']);
    expect(edges(network)['inc-inv']).toEqual(['EVENT:ev1']);
  });

  it('is the same whatever the order of its input rows', () => {
    const a = projectActorNetwork(actors, ties, affiliations);
    const b = projectActorNetwork([...actors].reverse(), [...ties].reverse(), [...affiliations].reverse());
    expect(b.graph.nodes()).toEqual(a.graph.nodes());
    expect(edges(b)).toEqual(edges(a));
    expect(arcs(b)).toEqual(arcs(a));
  });

  it('ignores ties to unknown actors and self-ties', () => {
    const network = projectActorNetwork(actors, [...ties, { from: 'inc', to: 'ghost', type: 'PARTNERS_WITH' }, { from: 'inc', to: 'inc', type: 'PARTNERS_WITH' }], []);
    expect(edges(network)).toEqual({ 'fund-inc': ['FUNDS'], 'gov-inc': ['PART_OF'] });
  });
});

describe('affiliationRole', () => {
  it('reads hosts and members off the relationship type of each fold', () => {
    expect(affiliationRole('EVENT', 'ORGANIZED')).toBe('host');
    expect(affiliationRole('EVENT', 'PARTICIPATED_IN')).toBe('member');
    expect(affiliationRole('PROJECT', 'MANAGES')).toBe('host');
    expect(affiliationRole('PROJECT', 'CONNECTED')).toBe('member');
    expect(affiliationRole('INVESTMENT', 'INVESTED')).toBe('host');
    expect(affiliationRole('VILLAGE', 'LOCATED_IN')).toBe('member');
    expect(affiliationRole('EVENT', 'LOCATED_IN')).toBeNull();
  });
});
