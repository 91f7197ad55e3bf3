import { describe, expect, it } from 'vitest';

import {
  coverageMatrix,
  projectOnlyEnterprises,
  sectorsWithEventsButNoInvestment,
  unreached,
  villageReach,
  type GapInput,
} from '../../../src/analytics/gaps';
import { helixLinkage } from '../../../src/analytics/helix';
import { projectActorNetwork } from '../../../src/analytics/projection';
import { actors, affiliations, ties, villages } from './fixture';

const input = (): GapInput => ({ network: projectActorNetwork(actors, ties, affiliations), actors, villages, affiliations });
const zeros = { Enterprise: 0, SupportOrganization: 0, Intermediary: 0, GovernmentAgency: 0, ResearchInstitute: 0, Investor: 0, InternationalOrganization: 0 };

describe('helixLinkage', () => {
  it('counts the 12 ties of the fixture by sphere pair, with zeros, and the E-I index (10 − 2) / 12', () => {
    const [all] = helixLinkage(input().network.graph, actors);
    expect(all).toMatchObject({ key: null, actors: 10, ties: 12, withinSphere: 2, acrossSpheres: 10 });
    expect(all.eiIndex).toBeCloseTo(8 / 12, 12);
    expect(all.pairs).toHaveLength(21);
    expect(all.pairs.filter((p) => p.ties > 0)).toEqual([
      { a: 'INDUSTRY', b: 'INDUSTRY', ties: 1 },
      { a: 'INDUSTRY', b: 'GOVERNMENT', ties: 6 },
      { a: 'INDUSTRY', b: 'FINANCE', ties: 2 },
      { a: 'GOVERNMENT', b: 'GOVERNMENT', ties: 1 },
      { a: 'GOVERNMENT', b: 'FINANCE', ties: 1 },
      { a: 'GOVERNMENT', b: 'INTERNATIONAL', ties: 1 },
    ]);
    expect(all.pairs.find((p) => p.a === 'INDUSTRY' && p.b === 'ACADEMIA')).toEqual({ a: 'INDUSTRY', b: 'ACADEMIA', ties: 0 });
  });

  it('per province, counts a tie for the province of either end, once', () => {
    const r = helixLinkage(input().network.graph, actors, 'PROVINCE');
    expect(r.map((g) => [g.key, g.actors, g.ties])).toEqual([
      ['bacninh', 3, 9],
      ['hanoi', 4, 9],
    ]);
    expect(r[1].pairs.filter((p) => p.ties > 0).map((p) => [p.a, p.b, p.ties])).toEqual([
      ['INDUSTRY', 'GOVERNMENT', 6],
      ['GOVERNMENT', 'GOVERNMENT', 1],
      ['GOVERNMENT', 'FINANCE', 1],
      ['GOVERNMENT', 'INTERNATIONAL', 1],
    ]);
  });

  it('per sector, only actors active in a sector make groups', () => {
    const r = helixLinkage(input().network.graph, actors, 'SECTOR');
    expect(r.map((g) => [g.key, g.actors, g.ties])).toEqual([
      ['hc', 3, 9],
      ['cu', 1, 0],
    ]);
  });
});

describe('villageReach', () => {
  it('reaches a village by supporting it, being in it, or being tied to an enterprise in it', () => {
    const reach = Object.fromEntries([...villageReach(input())].map(([k, v]) => [k, [...v].sort()]));
    expect(reach).toEqual({
      assoc: ['v4'],
      e1: ['v1'],
      e2: ['v1'],
      e3: ['v2'],
      e4: ['v3'],
      gov: ['v1', 'v2'],
      inc: ['v1', 'v2'],
      inv: ['v1'],
    });
  });
});

describe('coverageMatrix', () => {
  it('by province: the cells where a sector exists, the actors of each kind reaching them, and the empty cells', () => {
    const m = coverageMatrix(input(), 'PROVINCE');
    expect(m.cells).toEqual([
      { sectorId: 'cu', placeId: 'hanoi', counts: { ...zeros, Enterprise: 1 } },
      { sectorId: 'hc', placeId: 'bacninh', counts: { ...zeros, Enterprise: 3, SupportOrganization: 1, GovernmentAgency: 1, Investor: 1 } },
      { sectorId: 'hc', placeId: 'hanoi', counts: { ...zeros, Intermediary: 1 } },
    ]);
    expect(m.empty).toHaveLength(15);
    expect(m.empty.filter((c) => c.placeId === 'bacninh')).toEqual([
      { sectorId: 'hc', placeId: 'bacninh', kind: 'Intermediary' },
      { sectorId: 'hc', placeId: 'bacninh', kind: 'ResearchInstitute' },
      { sectorId: 'hc', placeId: 'bacninh', kind: 'InternationalOrganization' },
    ]);
  });

  it('by village, restricted to the kinds asked', () => {
    const m = coverageMatrix(input(), 'VILLAGE', ['SupportOrganization']);
    expect(m.cells.map((c) => [c.sectorId, c.placeId, c.counts.SupportOrganization])).toEqual([
      ['cu', 'v3', 0],
      ['hc', 'v1', 1],
      ['hc', 'v2', 1],
      ['hc', 'v4', 0],
    ]);
    expect(m.empty).toEqual([
      { sectorId: 'cu', placeId: 'v3', kind: 'SupportOrganization' },
      { sectorId: 'hc', placeId: 'v4', kind: 'SupportOrganization' },
    ]);
  });
});

describe('unreached', () => {
  it('finds the village and the enterprise no supporter reaches (v3 and its one enterprise e4)', () => {
    expect(unreached(input())).toEqual({ villages: [{ villageId: 'v3', enterprises: 1 }], enterprises: ['e4'] });
  });

  it('depends on which kinds count as supporters', () => {
    expect(unreached(input(), ['Intermediary'])).toEqual({
      villages: [
        { villageId: 'v1', enterprises: 2 },
        { villageId: 'v2', enterprises: 1 },
        { villageId: 'v3', enterprises: 1 },
      ],
      enterprises: ['e1', 'e2', 'e3', 'e4'],
    });
  });
});

describe('projectOnlyEnterprises', () => {
  it('lists enterprises all of whose ties come through the project that connected them (not e1, which has an investor)', () => {
    expect(projectOnlyEnterprises(input())).toEqual([
      { enterpriseId: 'e2', projectId: 'p1' },
      { enterpriseId: 'e3', projectId: 'p1' },
    ]);
  });
});

describe('sectorsWithEventsButNoInvestment', () => {
  it('keeps the sectors with events and no investment, most events first', () => {
    expect(
      sectorsWithEventsButNoInvestment([
        { sectorId: 'hc', events: 12, investments: 10 },
        { sectorId: 'ts', events: 5, investments: 0 },
        { sectorId: 'cu', events: 9, investments: 0 },
        { sectorId: 'x', events: 0, investments: 0 },
      ]),
    ).toEqual([
      { sectorId: 'cu', events: 9, investments: 0 },
      { sectorId: 'ts', events: 5, investments: 0 },
    ]);
  });
});
