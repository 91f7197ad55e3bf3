import type { Executor, Row } from '../../src/db/executor';
import { linkKey, type WriteLog } from './workload';

/** What the database holds of a run's writes, compared with the client's log. */
export interface WriteCheck {
  ackedEntities: number;
  ackedEntitiesPresentOnce: number;
  /** Acknowledged but not in the database (a lost write). */
  ackedEntitiesMissing: string[];
  failedEntities: number;
  /** Failed writes that committed anyway (the answer was lost) — allowed, once and whole. */
  failedEntitiesPresent: number;
  failedEntitiesAbsent: number;
  ackedLinks: number;
  ackedLinksPresentOnce: number;
  ackedLinksMissing: string[];
  failedLinks: number;
  failedLinksPresent: number;
  failedLinksAbsent: number;
  /** Ids or links stored more than once. */
  duplicates: string[];
  /** Nodes or links missing a label or a property every write sets (half-written). */
  incomplete: string[];
  /** Stored under the prefix but never sent by a client. */
  strangers: string[];
  /** True when nothing acknowledged is missing and nothing is duplicated, half-written or unexplained. */
  ok: boolean;
}

const NODES = `MATCH (n:Entity) WHERE n.id STARTS WITH $prefix AND NOT n:Source
RETURN n.id AS id, labels(n) AS labels, n.kind AS kind, n.name AS name, n.contentHash AS hash, n.sourceIds AS sourceIds`;
const LINKS = `MATCH (a:Entity)-[r]->(b:Entity) WHERE a.id STARTS WITH $prefix AND NOT a:Source AND NOT b:Source
RETURN type(r) AS type, a.id AS from, b.id AS to, r.contentHash AS hash, r.sourceIds AS sourceIds, r.role AS role`;

function countBy(rows: Row[], key: (r: Row) => string): Map<string, Row[]> {
  const out = new Map<string, Row[]>();
  for (const r of rows) out.set(key(r), [...(out.get(key(r)) ?? []), r]);
  return out;
}

const cites = (r: Row, sourceId: string) => JSON.stringify(r.sourceIds) === JSON.stringify([sourceId]);

/**
 * Counts, by id, every entity and link stored under `prefix` and compares them with the write log:
 * each acknowledged write must be present exactly once; a failed one absent or present once and
 * whole (every label and property a write sets); nothing duplicated; nothing the clients never sent.
 */
export async function checkWrites(db: Executor, prefix: string, sourceId: string, log: WriteLog): Promise<WriteCheck> {
  const nodes = countBy(await db.runText(NODES, { prefix }, 'READ'), (r) => String(r.id));
  const links = countBy(await db.runText(LINKS, { prefix }, 'READ'), (r) => linkKey(String(r.type), String(r.from), String(r.to)));
  const duplicates = [...nodes, ...links].filter(([, rows]) => rows.length > 1).map(([k, rows]) => `${k} ×${rows.length}`);
  const incomplete: string[] = [];
  for (const [id, rows] of nodes) {
    for (const r of rows) {
      const labels = r.labels as string[];
      const whole = ['Entity', 'Actor', 'Enterprise'].every((l) => labels.includes(l)) && r.kind === 'Enterprise' && typeof r.name === 'string' && typeof r.hash === 'string' && cites(r, sourceId);
      if (!whole) incomplete.push(`node ${id}: ${JSON.stringify(r)}`);
    }
  }
  for (const [key, rows] of links) {
    for (const r of rows) if (typeof r.hash !== 'string' || r.role !== 'proof' || !cites(r, sourceId)) incomplete.push(`link ${key}: ${JSON.stringify(r)}`);
  }
  const strangers = [
    ...[...nodes.keys()].filter((id) => !log.ackedEntities.has(id) && !log.failedEntities.has(id)),
    ...[...links.keys()].filter((k) => !log.ackedLinks.has(k) && !log.failedLinks.has(k)),
  ];
  const acked = [...log.ackedEntities.keys()];
  const failed = [...log.failedEntities].filter((id) => !log.ackedEntities.has(id));
  const ackedL = [...log.ackedLinks.keys()];
  const failedL = [...log.failedLinks].filter((k) => !log.ackedLinks.has(k));
  const check: Omit<WriteCheck, 'ok'> = {
    ackedEntities: acked.length,
    ackedEntitiesPresentOnce: acked.filter((id) => nodes.get(id)?.length === 1).length,
    ackedEntitiesMissing: acked.filter((id) => !nodes.has(id)),
    failedEntities: failed.length,
    failedEntitiesPresent: failed.filter((id) => nodes.has(id)).length,
    failedEntitiesAbsent: failed.filter((id) => !nodes.has(id)).length,
    ackedLinks: ackedL.length,
    ackedLinksPresentOnce: ackedL.filter((k) => links.get(k)?.length === 1).length,
    ackedLinksMissing: ackedL.filter((k) => !links.has(k)),
    failedLinks: failedL.length,
    failedLinksPresent: failedL.filter((k) => links.has(k)).length,
    failedLinksAbsent: failedL.filter((k) => !links.has(k)).length,
    duplicates,
    incomplete,
    strangers,
  };
  const ok =
    check.ackedEntitiesPresentOnce === check.ackedEntities &&
    check.ackedLinksPresentOnce === check.ackedLinks &&
    duplicates.length === 0 &&
    incomplete.length === 0 &&
    strangers.length === 0;
  return { ...check, ok };
}

/** Deletes every entity and source whose id starts with `prefix`, with their links; returns how many. */
export async function removePrefix(db: Executor, prefix: string): Promise<number> {
  const [entities] = await db.runText('MATCH (n:Entity) WHERE n.id STARTS WITH $prefix DETACH DELETE n RETURN count(*) AS n', { prefix });
  const [sources] = await db.runText('MATCH (n:Source) WHERE n.id STARTS WITH $prefix DETACH DELETE n RETURN count(*) AS n', { prefix });
  return Number(entities?.n ?? 0) + Number(sources?.n ?? 0);
}

/** Lines of the check for a report. */
export function describeCheck(c: WriteCheck): string[] {
  const list = (xs: string[]) => (xs.length === 0 ? '0' : `${xs.length}: ${xs.slice(0, 5).join(', ')}${xs.length > 5 ? ', …' : ''}`);
  return [
    `acknowledged entity writes: ${c.ackedEntities} ids, ${c.ackedEntitiesPresentOnce} present exactly once, missing ${list(c.ackedEntitiesMissing)}`,
    `acknowledged link writes:   ${c.ackedLinks} links, ${c.ackedLinksPresentOnce} present exactly once, missing ${list(c.ackedLinksMissing)}`,
    `failed entity writes:       ${c.failedEntities} ids, ${c.failedEntitiesPresent} committed anyway (once, whole), ${c.failedEntitiesAbsent} absent`,
    `failed link writes:         ${c.failedLinks} links, ${c.failedLinksPresent} committed anyway (once, whole), ${c.failedLinksAbsent} absent`,
    `duplicates ${list(c.duplicates)}; half-written ${list(c.incomplete)}; never sent ${list(c.strangers)}`,
    `writes check: ${c.ok ? 'PASS' : 'FAIL'}`,
  ];
}
