import { describe, expect, it } from 'vitest';

import { computeMeasures, MEASURE_PROPERTIES } from '../../../src/analytics/measures';
import { projectActorNetwork } from '../../../src/analytics/projection';
import { actors, affiliations, ties } from './fixture';

describe('computeMeasures', () => {
  const { rows, summary } = computeMeasures(projectActorNetwork(actors, ties, affiliations));
  const byId = Object.fromEntries(rows.map((r) => [r.id, r.props]));

  it('gives every actor every stored measure', () => {
    expect(rows.map((r) => r.id).sort()).toEqual(actors.map((a) => a.id).sort());
    for (const r of rows) expect(Object.keys(r.props).sort()).toEqual(Object.values(MEASURE_PROPERTIES).sort());
  });

  it('summarizes the network and the exactness of betweenness', () => {
    expect(summary).toMatchObject({
      actors: 10,
      ties: 12,
      arcs: 23,
      betweennessExact: true,
      pivots: 10,
      maxStandardError: 0,
      errorBound: 0,
      cappedContexts: 0,
    });
    expect(summary.timings.map((t) => t.measure)).toEqual(['degree', 'betweenness', 'closeness', 'pagerank', 'communities', 'burt', 'gouldFernandez']);
  });

  it('makes the incubator the top broker: highest betweenness, and its Gould–Fernandez roles counted by hand', () => {
    const top = rows.map((r) => [r.id, r.props.m_betweenness] as const).sort((a, b) => (b[1] ?? 0) - (a[1] ?? 0))[0];
    expect(top[0]).toBe('inc');
    // fund → inc → {gov: gatekeeper; e1, e2, e3, inv: liaison}; gov → inc → inv: representative;
    // e1 → inc → e3, e2 → inc → e3, e3 → inc → {e1, e2}: itinerant; e3 → inc → inv: liaison;
    // inv → inc → gov: gatekeeper; inv → inc → e3: liaison.
    expect(byId.inc).toMatchObject({ m_coordinator: 0, m_itinerant: 4, m_gatekeeper: 2, m_representative: 1, m_liaison: 6, m_brokerage: 13 });
  });

  it('leaves Burt measures undefined (null) for isolates and puts each isolate in its own community', () => {
    expect(byId.e4).toMatchObject({ m_degree: 0, m_betweenness: 0, m_closeness: 0, m_effectiveSize: null, m_efficiency: null, m_constraint: null });
    const isolates = ['e4', 'uni', 'assoc'].map((id) => byId[id].m_community);
    expect(new Set(isolates).size).toBe(3);
    expect(summary.communities).toBeGreaterThanOrEqual(4);
  });

  it('is deterministic', () => {
    const again = computeMeasures(projectActorNetwork(actors, ties, affiliations));
    expect(again.rows).toEqual(rows);
  });
});
