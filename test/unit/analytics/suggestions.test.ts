import { describe, expect, it } from 'vitest';

import { pairKey, projectActorNetwork } from '../../../src/analytics/projection';
import { suggestLinks, suggestSupportersForVillage } from '../../../src/analytics/suggestions';
import { actors, affiliations, ties, villages } from './fixture';

const network = () => projectActorNetwork(actors, ties, affiliations);
// e3's neighbours are gov (4 neighbours) and inc (6 neighbours).
const viaGov = 1 / Math.log(4);
const viaInc = 1 / Math.log(6);

describe('suggestLinks (Adamic–Adar)', () => {
  it("ranks e3's candidates: e1 and e2 share gov and inc; fund and inv share inc and cross spheres (×1.5)", () => {
    const r = suggestLinks(network().graph, 'e3');
    expect(r.map((s) => [s.candidateId, Number(s.score.toFixed(6)), s.commonNeighbours, s.crossesSpheres, s.via])).toEqual([
      ['e1', Number((viaGov + viaInc).toFixed(6)), 2, false, ['gov', 'inc']],
      ['e2', Number((viaGov + viaInc).toFixed(6)), 2, false, ['gov', 'inc']],
      ['fund', Number((1.5 * viaInc).toFixed(6)), 1, true, ['inc']],
      ['inv', Number((1.5 * viaInc).toFixed(6)), 1, true, ['inc']],
    ]);
    expect(r[2].adamicAdar).toBeCloseTo(viaInc, 12);
  });

  it('never suggests an actor already tied, itself, or a pair joined by any relationship', () => {
    const r = suggestLinks(network().graph, 'e3', { existing: new Set([pairKey('inv', 'e3')]) });
    expect(r.map((s) => s.candidateId)).toEqual(['e1', 'e2', 'fund']);
    expect(suggestLinks(network().graph, 'inc').map((s) => s.candidateId)).not.toContain('gov');
  });

  it('boosts a candidate in another community', () => {
    const r = suggestLinks(network().graph, 'e3', { communities: { e3: 0, e1: 0, e2: 1, fund: 0, inv: 0 } });
    expect(r[0]).toMatchObject({ candidateId: 'e2', crossesCommunities: true });
    expect(r[0].score).toBeCloseTo(1.5 * (viaGov + viaInc), 12);
  });

  it('filters candidates by kind and keeps the first n', () => {
    expect(suggestLinks(network().graph, 'e3', { kinds: ['Investor'] }).map((s) => s.candidateId)).toEqual(['inv']);
    expect(suggestLinks(network().graph, 'e3', { first: 1 }).map((s) => s.candidateId)).toEqual(['e1']);
    expect(suggestLinks(network().graph, 'uni')).toEqual([]);
    expect(suggestLinks(network().graph, 'nobody')).toEqual([]);
  });
});

describe('suggestSupportersForVillage', () => {
  const input = () => ({ network: network(), actors, villages, affiliations });

  it('suggests for v2 (handicrafts, Bắc Ninh) the supporters of similar villages: inv via v1, assoc via v4', () => {
    const r = suggestSupportersForVillage(input(), 'v2');
    // v1 shares handicrafts (3 villages) and Bắc Ninh (2); v4 shares handicrafts. inc already reaches v2.
    expect(r.map((s) => [s.candidateId, Number(s.score.toFixed(6)), s.via, s.method])).toEqual([
      ['inv', Number((1 / Math.log(3) + 1 / Math.log(2)).toFixed(6)), ['v1'], 'VILLAGE_SIMILARITY'],
      ['assoc', Number((1 / Math.log(3)).toFixed(6)), ['v4'], 'VILLAGE_SIMILARITY'],
    ]);
  });

  it('suggests for the unreached v3 (cuisine, Hà Nội) the association that supports v4 in the same province', () => {
    expect(suggestSupportersForVillage(input(), 'v3').map((s) => [s.candidateId, s.via])).toEqual([['assoc', ['v4']]]);
    expect(suggestSupportersForVillage(input(), 'nowhere')).toEqual([]);
  });
});
