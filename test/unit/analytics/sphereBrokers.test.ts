import { describe, expect, it } from 'vitest';

import { projectActorNetwork, type ActorRecord, type AffiliationRecord, type TieRecord } from '../../../src/analytics/projection';
import { sphereBrokerRole, sphereBrokers } from '../../../src/analytics/sphereBrokers';

const actor = (id: string, sphere: ActorRecord['sphere'], evidence?: ActorRecord['evidence']): ActorRecord => ({
  id,
  kind: sphere === 'INDUSTRY' ? 'Enterprise' : 'GovernmentAgency',
  sphere,
  name: id,
  evidence,
  villageIds: [],
  provinceIds: [],
  sectorIds: [],
});

// A ministry over an agency (PART_OF, stated); the agency funds nothing; a project managed by the
// ministry connects two placeholder enterprises (CONNECTED, placeholder); one enterprise partners
// with the agency (so that pair is closed for the agency but open for the ministry).
const actors = [actor('gov:ministry', 'GOVERNMENT'), actor('gov:agency', 'GOVERNMENT'), actor('ent:a', 'INDUSTRY', 'PLACEHOLDER'), actor('ent:b', 'INDUSTRY', 'PLACEHOLDER')];
const ties: TieRecord[] = [
  { from: 'gov:agency', to: 'gov:ministry', type: 'PART_OF' },
  { from: 'ent:a', to: 'gov:agency', type: 'PARTNERS_WITH', evidence: 'INFERRED' },
];
const aff = (actorId: string, role: 'host' | 'member', evidence: AffiliationRecord['evidence']): AffiliationRecord => ({
  contextId: 'project:p',
  fold: 'PROJECT',
  actorId,
  role,
  projectIds: [],
  evidence,
  contextEvidence: 'STATED',
});
const affiliations = [aff('gov:ministry', 'host', 'STATED'), aff('ent:a', 'member', 'PLACEHOLDER'), aff('ent:b', 'member', 'PLACEHOLDER')];

describe('sphereBrokers', () => {
  const network = projectActorNetwork(actors, ties, affiliations);

  it('counts the open pairs between two spheres through each broker, most first, with each tie and its evidence', () => {
    const brokers = sphereBrokers(network.graph, 'GOVERNMENT', 'INDUSTRY', 10);
    // The ministry joins agency–ent:b (open) but not agency–ent:a (they partner). The agency's
    // government contact, the ministry, is tied to ent:a too; the enterprises join no two actors of
    // different spheres.
    expect(brokers.map((b) => [b.actorId, b.role, b.pairs])).toEqual([['gov:ministry', 'GATEKEEPER_REPRESENTATIVE', 1]]);
    expect(brokers[0].ties).toEqual([
      { actorId: 'ent:b', sphere: 'INDUSTRY', evidence: 'PLACEHOLDER', provenance: [{ via: 'PROJECT', context: 'project:p', evidence: 'PLACEHOLDER' }] },
      { actorId: 'gov:agency', sphere: 'GOVERNMENT', evidence: 'STATED', provenance: [{ via: 'PART_OF', context: null, evidence: 'STATED' }] },
    ]);
  });

  it('counts each unordered pair once within one sphere, and the firmest reason makes the tie', () => {
    // Within industry: ent:a and ent:b are not tied (project members are not tied to each other);
    // the ministry joins them; the agency is tied to ent:a only.
    expect(sphereBrokers(network.graph, 'INDUSTRY', 'INDUSTRY', 10).map((b) => [b.actorId, b.role, b.pairs])).toEqual([['gov:ministry', 'ITINERANT', 1]]);
    const agencyTie = network.graph.getEdgeAttribute(network.graph.edge('ent:a', 'gov:agency')!, 'provenance');
    // The partnership is inferred, the enterprise a placeholder: the reason rests on the weaker.
    expect(agencyTie).toEqual([{ via: 'PARTNERS_WITH', context: null, evidence: 'PLACEHOLDER' }]);
  });

  it('names the Gould–Fernandez role from the three spheres', () => {
    expect(sphereBrokerRole('GOVERNMENT', 'GOVERNMENT', 'GOVERNMENT')).toBe('COORDINATOR');
    expect(sphereBrokerRole('ACADEMIA', 'INDUSTRY', 'INDUSTRY')).toBe('ITINERANT');
    expect(sphereBrokerRole('INDUSTRY', 'GOVERNMENT', 'INDUSTRY')).toBe('GATEKEEPER_REPRESENTATIVE');
    expect(sphereBrokerRole('ACADEMIA', 'GOVERNMENT', 'INDUSTRY')).toBe('LIAISON');
  });
});
