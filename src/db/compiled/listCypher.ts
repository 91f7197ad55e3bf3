import { MEASURE_PROPERTIES } from '../../domain/measures';
import type { ListFilter, ListOrder } from '../repositories/list.repository';

/**
 * The root of a compiled list statement: the page of entities a list filter and order select, as
 * rows `n0` (the node, in order) and `key` (its sort key, for its keyset cursor); `total` too when
 * `totalCount` is selected.
 *
 * The text follows the *shape* of the request's filter and order — which filters are given, the
 * sort field and direction, whether a cursor is — never their values, which stay `$` parameters.
 * A statement of one shape is planned once; one that tested every possible filter with
 * `$x IS NULL OR …` was slow to plan (seconds, once per document, on a loaded machine) and planned
 * worse. Two variants: `nameOrder` reads the sortName index in order and stops at the page's last
 * match (its cost follows the page, not the graph; `complete` false means the first $scan index
 * entries held too few matches, and the caller asks `general`); `general` filters every
 * candidate, then sorts.
 *
 * Params (those of the shape's filters): $labels, $kinds, $spheres, $eventKinds, $sectorIds,
 * $provinceIds, $villageIds, $programIds, $communities (lists), $dateFrom, $dateTo, $placeholder,
 * $evidence, $measureKey, $measureMin, $measureMax; $limit (page size + 1); $afterKey and $afterId
 * (the position of the cursor's item: its sort key and id); $scan (nameOrder only).
 */
export type ListVariant = 'general' | 'nameOrder';

/** Filters a list statement may test, each present in the text only when the request gives it. */
export const LIST_FILTERS = ['kinds', 'spheres', 'eventKinds', 'sectorIds', 'provinceIds', 'villageIds', 'programIds', 'dateFrom', 'dateTo', 'placeholder', 'evidence', 'communities', 'measure'] as const;
export type ListFilterName = (typeof LIST_FILTERS)[number];

export interface ListShape {
  variant: ListVariant;
  /** The label every candidate has (`Actor` for the actor list, else the list's one label). */
  label: string;
  filters: readonly ListFilterName[];
  sort: string;
  descending: boolean;
  /** Whether the page starts after a cursor. */
  after: boolean;
}

/** The shape of a request: which filters it gives (evidence only when it leaves a level out). */
export function listShape(variant: ListVariant, label: string, filter: ListFilter, order: ListOrder, after: boolean, allLevels: number): ListShape {
  const given = (name: ListFilterName): boolean => {
    if (name === 'evidence') return filter.evidence !== undefined && filter.evidence.length < allLevels;
    const value = (filter as unknown as Record<string, unknown>)[name];
    return value !== undefined && value !== null;
  };
  return { variant, label, filters: LIST_FILTERS.filter(given), sort: order.sort, descending: order.descending, after };
}

/** A string naming a shape, for caching its text. */
export function shapeKey(shape: ListShape): string {
  return `${shape.variant}|${shape.filters.join(',')}|${shape.sort}|${shape.descending}|${shape.after}`;
}

/** The filters the nameOrder variant tests (it is used only when the request gives no other). */
export const NAME_ORDER_FILTERS: readonly ListFilterName[] = ['kinds', 'spheres', 'eventKinds', 'sectorIds', 'placeholder', 'evidence'];

const ACCEPTED = (x: string) => `coalesce(${x}.evidence, 'STATED') IN $evidence`;

function tests(shape: ListShape, sectorsTested: boolean): string[] {
  const has = (f: ListFilterName) => shape.filters.includes(f);
  const ties = has('evidence') ? ` AND all(x IN relationships(q) WHERE ${ACCEPTED('x')})` : '';
  const out = ['n.label IN $labels'];
  if (has('kinds')) out.push('n.kind IN $kinds');
  if (has('spheres')) out.push('n.sphere IN $spheres');
  if (has('eventKinds')) out.push('n.kind IN $eventKinds');
  if (has('placeholder')) out.push('coalesce(n.placeholder, false) = $placeholder');
  if (has('evidence')) out.push(ACCEPTED('n'));
  if (has('communities')) out.push('n.m_community IN $communities');
  if (has('measure')) out.push('n[$measureKey] >= coalesce($measureMin, n[$measureKey]) AND n[$measureKey] <= coalesce($measureMax, n[$measureKey])');
  if (has('sectorIds') && sectorsTested) out.push(`EXISTS { MATCH q = (n)-[:ACTIVE_IN]->(s:Sector) WHERE s.id IN $sectorIds${ties} }`);
  if (has('villageIds')) out.push(`EXISTS { MATCH q = (n)-[:LOCATED_IN]->(v:CraftVillage) WHERE v.id IN $villageIds${ties} }`);
  if (has('provinceIds')) {
    out.push(`(n.id IN $provinceIds
         OR EXISTS { MATCH q = (n)-[:LOCATED_IN]->(p:Province) WHERE p.id IN $provinceIds${ties} }
         OR EXISTS { MATCH q = (n)-[:LOCATED_IN]->(:CraftVillage)-[:LOCATED_IN]->(p:Province) WHERE p.id IN $provinceIds${ties} })`);
  }
  if (has('programIds')) {
    out.push(`(EXISTS { MATCH q = (n)-[:MANAGES|FUNDS]-(p:Program) WHERE p.id IN $programIds${ties} }
         OR EXISTS { MATCH q = (n)-[:IMPLEMENTS|CONNECTED|MANAGES|ORGANIZED|RESULT_OF|PRODUCED]-(:Project)<-[:FUNDS]-(p:Program) WHERE p.id IN $programIds${ties} }
         OR EXISTS { MATCH q = (n)-[:INVESTED|RECEIVED]->(:Investment)-[:RESULT_OF]->(:Project)<-[:FUNDS]-(p:Program) WHERE p.id IN $programIds${ties} }
         OR EXISTS { MATCH q = (n)<-[:FUNDS]-(p:Program) WHERE p.id IN $programIds${ties} })`);
  }
  return out;
}

const DATE = 'coalesce(n.date, n.founded, n.startDate, n.decisionDate)';

/** The sort key of a sort field (nulls, e.g. actors without the measure, come last in both directions). */
function sortKey(sort: string): string {
  if (sort === 'NAME') return 'n.sortName';
  if (sort === 'DATE') return DATE;
  if (sort === 'LINKS') return 'COUNT { (n)--(:Entity) }';
  const property = (MEASURE_PROPERTIES as Record<string, string>)[sort];
  if (!property) throw new Error(`list statement: unknown sort ${sort}`);
  return `n.${property}`;
}

/**
 * Every entity the filters keep, as `n`. With a sector filter the candidates are the sectors'
 * members (one index seek per sector, then its ACTIVE_IN links), not every entity of the label.
 */
function matches(shape: ListShape): string {
  const has = (f: ListFilterName) => shape.filters.includes(f);
  const from = has('sectorIds')
    ? `MATCH (s:Sector) WHERE s.id IN $sectorIds
  MATCH (n:${shape.label})-[r:ACTIVE_IN]->(s)${has('evidence') ? ` WHERE ${ACCEPTED('r')}` : ''}
  WITH DISTINCT n`
    : `MATCH (n:${shape.label})`;
  const dates = [has('dateFrom') ? 'date >= $dateFrom' : '', has('dateTo') ? "date <= $dateTo + '~'" : ''].filter(Boolean);
  const dated = dates.length > 0 ? `\n  WITH n, ${DATE} AS date WHERE ${dates.join(' AND ')}` : '';
  return `${from}\n  WITH n WHERE ${tests(shape, false).join('\n    AND ')}${dated}`;
}

/** After the cursor's (key, id) in the order: nulls last, then key ascending or descending, then id. */
function after(shape: ListShape): string {
  const beyond = shape.descending ? 'key < $afterKey' : 'key > $afterKey';
  return `\n  WITH n, key WHERE CASE WHEN $afterKey IS NULL THEN key IS NULL AND n.id > $afterId
    ELSE key IS NULL OR ${beyond} OR (key = $afterKey AND n.id > $afterId) END`;
}

function general(shape: ListShape): string {
  return `OPTIONAL CALL () {
  ${matches(shape)}
  WITH n, ${sortKey(shape.sort)} AS key${shape.after ? after(shape) : ''}
  ORDER BY key IS NULL, key ${shape.descending ? 'DESC' : 'ASC'}, n.id ASC
  LIMIT toInteger($limit)
  RETURN n AS n0, key
}`;
}

function nameOrder(shape: ListShape): string {
  const start = shape.after ? 'n.sortName >= $afterKey' : 'n.sortName IS NOT NULL';
  const past = shape.after ? '\n    AND [n.sortName, n.id] > [$afterKey, $afterId]' : '';
  return `CALL () {
  MATCH (n:Entity)
  USING INDEX n:Entity(sortName)
  WHERE ${start}
  WITH n ORDER BY n.sortName ASC, n.id ASC
  LIMIT toInteger($scan)
  WITH n WHERE ${tests(shape, true).join('\n    AND ')}${past}
  WITH n LIMIT toInteger($limit)
  RETURN collect(n) AS found
}
// Complete: the page is full, or the index holds no more entries than were read.
WITH *, CASE WHEN size(found) = $limit THEN true
             ELSE NOT EXISTS { MATCH (m:Entity) WHERE m.${start.replace('n.sortName', 'sortName')} WITH m SKIP toInteger($scan) LIMIT 1 RETURN m }
        END AS complete
UNWIND CASE WHEN size(found) = 0 THEN [null] ELSE found END AS n0
WITH *, n0.sortName AS key`;
}

/** The root of a list statement of this shape (the projection of `n0` follows it). */
export function listRootCypher(shape: ListShape, total: boolean): string {
  const count = total ? `CALL () {\n  ${matches(shape)}\n  RETURN count(n) AS total\n}\n` : '';
  return `${count}${shape.variant === 'nameOrder' ? nameOrder(shape) : general(shape)}`;
}
