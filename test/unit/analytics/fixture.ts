import type { VillageRecord } from '../../../src/analytics/gaps';
import type { ActorRecord, AffiliationRecord, TieRecord } from '../../../src/analytics/projection';
import type { ActorKind, HelixSphere } from '../../../src/domain/model';

/**
 * A hand-built ecosystem small enough to count by hand:
 *
 *   fund (INTERNATIONAL) —FUNDS→ inc (incubator, GOVERNMENT) —PART_OF→ gov (GOVERNMENT)
 *   project p1: hosts inc (IMPLEMENTS), gov (MANAGES); connected e1, e2, e3
 *   event ev1 (organized by inc, under p1): participants e1, e2, inv
 *   investment i1: inv (INVESTED) → e1 (RECEIVED)
 *   e4: an enterprise nobody reaches; uni: a university tied to nobody
 *   villages: v1 (handicrafts, Bắc Ninh) with e1, e2; v2 (handicrafts, Bắc Ninh) with e3;
 *             v3 (cuisine, Hà Nội) with e4; v4 (handicrafts, Hà Nội), no enterprise, supported by assoc
 *   assoc (Intermediary, CIVIL_SOCIETY) SUPPORTS v4
 */
const actor = (id: string, kind: ActorKind, sphere: HelixSphere, villageIds: string[] = [], provinceIds: string[] = [], sectorIds: string[] = []): ActorRecord => ({
  id,
  kind,
  sphere,
  name: id.toUpperCase(),
  villageIds,
  provinceIds,
  sectorIds,
});

export const actors: ActorRecord[] = [
  actor('fund', 'InternationalOrganization', 'INTERNATIONAL'),
  actor('inc', 'SupportOrganization', 'GOVERNMENT', [], ['hanoi']),
  actor('gov', 'GovernmentAgency', 'GOVERNMENT', [], ['hanoi']),
  actor('inv', 'Investor', 'FINANCE'),
  actor('e1', 'Enterprise', 'INDUSTRY', ['v1'], ['bacninh'], ['hc']),
  actor('e2', 'Enterprise', 'INDUSTRY', ['v1'], ['bacninh'], ['hc']),
  actor('e3', 'Enterprise', 'INDUSTRY', ['v2'], ['bacninh'], ['hc']),
  actor('e4', 'Enterprise', 'INDUSTRY', ['v3'], ['hanoi'], ['cu']),
  actor('uni', 'ResearchInstitute', 'ACADEMIA', [], ['hanoi']),
  actor('assoc', 'Intermediary', 'CIVIL_SOCIETY'),
];

export const ties: TieRecord[] = [
  { from: 'fund', to: 'inc', type: 'FUNDS' },
  { from: 'inc', to: 'gov', type: 'PART_OF' },
];

const member = (contextId: string, fold: AffiliationRecord['fold'], actorId: string, projectIds: string[] = []): AffiliationRecord => ({
  contextId,
  fold,
  actorId,
  role: 'member',
  projectIds,
});
const host = (contextId: string, fold: AffiliationRecord['fold'], actorId: string, projectIds: string[] = []): AffiliationRecord => ({
  contextId,
  fold,
  actorId,
  role: 'host',
  projectIds,
});

export const affiliations: AffiliationRecord[] = [
  host('p1', 'PROJECT', 'inc'),
  host('p1', 'PROJECT', 'gov'),
  member('p1', 'PROJECT', 'e1'),
  member('p1', 'PROJECT', 'e2'),
  member('p1', 'PROJECT', 'e3'),
  host('ev1', 'EVENT', 'inc', ['p1']),
  member('ev1', 'EVENT', 'e1', ['p1']),
  member('ev1', 'EVENT', 'e2', ['p1']),
  member('ev1', 'EVENT', 'inv', ['p1']),
  host('i1', 'INVESTMENT', 'inv', ['p1']),
  member('i1', 'INVESTMENT', 'e1', ['p1']),
  member('v1', 'VILLAGE', 'e1'),
  member('v1', 'VILLAGE', 'e2'),
  member('v2', 'VILLAGE', 'e3'),
  member('v3', 'VILLAGE', 'e4'),
  host('v4', 'VILLAGE', 'assoc'),
];

export const villages: VillageRecord[] = [
  { id: 'v1', provinceId: 'bacninh', sectorIds: ['hc'], supporterIds: [] },
  { id: 'v2', provinceId: 'bacninh', sectorIds: ['hc'], supporterIds: [] },
  { id: 'v3', provinceId: 'hanoi', sectorIds: ['cu'], supporterIds: [] },
  { id: 'v4', provinceId: 'hanoi', sectorIds: ['hc'], supporterIds: ['assoc'] },
];
