import { evidenceOf } from '../domain/evidence';
import { ACTOR_TIE_TYPES, DEFAULT_SPHERE, EVIDENCE_LEVELS, isActorKind, type ActorKind, type EvidenceLevel, type HelixSphere, type LinkType } from '../domain/model';
import type { Dataset } from '../ingest/dataset';
import { affiliationRole, foldOfLabel, type ActorRecord, type AffiliationRecord, type NetworkData, type TieRecord } from './projection';

/**
 * The network rows a dataset (import format) gives once imported, on the `evidence` levels: the
 * same actors, ties and affiliations the analytics/get* Cypher reads return (records and
 * relationships on other levels left out; the projects of an event or investment, as there, taken
 * whatever their evidence). Benchmarks use it to time the algorithms on generated graphs without
 * a database, and a test checks it against the Cypher reads.
 */
export function networkDataFromDataset(dataset: Dataset, evidence: readonly EvidenceLevel[] = EVIDENCE_LEVELS): NetworkData {
  const kept = (r: Record<string, unknown>) => evidence.includes(evidenceOf(r));
  const anyLabel = new Map(dataset.nodes.map((n) => [n.id, n.label]));
  const label = new Map(dataset.nodes.filter(kept).map((n) => [n.id, n.label]));
  const located = new Map<string, string[]>();
  const active = new Map<string, string[]>();
  const push = (map: Map<string, string[]>, key: string, value: string) => {
    const list = map.get(key);
    if (list) {
      if (!list.includes(value)) list.push(value);
    } else map.set(key, [value]);
  };
  const projectsOf = new Map<string, string[]>();
  for (const l of dataset.links) {
    if (l.type === 'ORGANIZED' && anyLabel.get(l.from) === 'Project' && anyLabel.get(l.to) === 'Event') push(projectsOf, l.to, l.from);
    if (l.type === 'RESULT_OF' && anyLabel.get(l.from) === 'Investment' && anyLabel.get(l.to) === 'Project') push(projectsOf, l.from, l.to);
    if (!kept(l)) continue;
    if (l.type === 'LOCATED_IN') push(located, l.from, l.to);
    if (l.type === 'ACTIVE_IN') push(active, l.from, l.to);
  }
  const actors: ActorRecord[] = [];
  for (const n of dataset.nodes) {
    if (!isActorKind(n.label) || !kept(n)) continue;
    const places = located.get(n.id) ?? [];
    const villageIds = places.filter((p) => label.get(p) === 'CraftVillage');
    const provinceIds = [
      ...new Set([
        ...places.filter((p) => label.get(p) === 'Province'),
        ...villageIds.flatMap((v) => (located.get(v) ?? []).filter((p) => label.get(p) === 'Province')),
      ]),
    ];
    actors.push({
      id: n.id,
      kind: n.label as ActorKind,
      sphere: (n.sphere as HelixSphere | undefined) ?? DEFAULT_SPHERE[n.label as ActorKind],
      name: (n.shortName as string | undefined) ?? n.name,
      evidence: evidenceOf(n),
      villageIds,
      provinceIds,
      sectorIds: (active.get(n.id) ?? []).filter((s) => label.get(s) === 'Sector'),
    });
  }
  actors.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const isActor = (id: string) => isActorKind(label.get(id) ?? '');
  const ties: TieRecord[] = [];
  const affiliations: AffiliationRecord[] = [];
  for (const l of dataset.links) {
    if (!kept(l) || !label.has(l.from) || !label.has(l.to)) continue;
    const fromActor = isActor(l.from);
    const toActor = isActor(l.to);
    if (fromActor && toActor) {
      if (ACTOR_TIE_TYPES.includes(l.type as LinkType)) ties.push({ from: l.from, to: l.to, type: l.type as LinkType });
      continue;
    }
    if (fromActor === toActor) continue;
    const [actorId, contextId] = fromActor ? [l.from, l.to] : [l.to, l.from];
    const fold = foldOfLabel(label.get(contextId) ?? '');
    const role = fold ? affiliationRole(fold, l.type) : null;
    if (fold && role) affiliations.push({ contextId, fold, actorId, role, projectIds: projectsOf.get(contextId) ?? [] });
  }
  return { actors, ties, affiliations };
}
