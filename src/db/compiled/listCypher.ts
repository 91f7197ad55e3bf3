/**
 * The root of a compiled list statement: the page of entities a list filter and order select, as
 * rows `n0` (the node, in order) and `key` (its sort key, for its keyset cursor); `total` too when
 * `totalCount` is selected. Two variants, chosen per request by `nameOrderApplies`
 * (src/db/repositories/list.repository.ts): `nameOrder` reads the sortName index in order and
 * stops at the page's last match (its cost follows the page, not the graph; `complete` false
 * means the first $scan index entries held too few matches and the caller asks `general`), and
 * `general` filters every candidate, then sorts. Filters mean what they mean in
 * cypher/list/findNodes.cypher.
 *
 * Params: $labels, $kinds, $spheres, $eventKinds, $sectorIds, $provinceIds, $villageIds,
 * $programIds, $communities (lists or null), $dateFrom, $dateTo, $placeholder, $evidence,
 * $measureKey, $measureMin, $measureMax, $sort, $descending, $limit (page size + 1), $afterKey
 * and $afterId (the keyset position of a cursor: the sort key and id of the item before the page,
 * or null), $scan (nameOrder only).
 */
export type ListVariant = 'general' | 'nameOrder';

const ACCEPTED = (x: string) => `coalesce(${x}.evidence, 'STATED') IN $evidence`;
const TIES = `all(x IN relationships(q) WHERE ${ACCEPTED('x')})`;

/** Tests of a node's own properties and of its sector ties (both variants). */
const SIMPLE_FILTERS = `n.label IN $labels
    AND ($kinds IS NULL OR n.kind IN $kinds)
    AND ($spheres IS NULL OR n.sphere IN $spheres)
    AND ($eventKinds IS NULL OR n.kind IN $eventKinds)
    AND ($placeholder IS NULL OR coalesce(n.placeholder, false) = $placeholder)
    AND ${ACCEPTED('n')}`;

const SECTOR_FILTER = `($sectorIds IS NULL OR EXISTS { MATCH q = (n)-[:ACTIVE_IN]->(s:Sector) WHERE s.id IN $sectorIds AND ${TIES} })`;

/** The filters only the general variant has (the nameOrder variant is used without them). */
const OTHER_FILTERS = `($communities IS NULL OR n.m_community IN $communities)
    AND ($measureKey IS NULL OR (n[$measureKey] >= coalesce($measureMin, n[$measureKey]) AND n[$measureKey] <= coalesce($measureMax, n[$measureKey])))
    AND ($villageIds IS NULL OR EXISTS { MATCH q = (n)-[:LOCATED_IN]->(v:CraftVillage) WHERE v.id IN $villageIds AND ${TIES} })
    AND ($provinceIds IS NULL OR n.id IN $provinceIds
         OR EXISTS { MATCH q = (n)-[:LOCATED_IN]->(p:Province) WHERE p.id IN $provinceIds AND ${TIES} }
         OR EXISTS { MATCH q = (n)-[:LOCATED_IN]->(:CraftVillage)-[:LOCATED_IN]->(p:Province) WHERE p.id IN $provinceIds AND ${TIES} })
    AND ($programIds IS NULL
         OR EXISTS { MATCH q = (n)-[:MANAGES|FUNDS]-(p:Program) WHERE p.id IN $programIds AND ${TIES} }
         OR EXISTS { MATCH q = (n)-[:IMPLEMENTS|CONNECTED|MANAGES|ORGANIZED|RESULT_OF|PRODUCED]-(:Project)<-[:FUNDS]-(p:Program) WHERE p.id IN $programIds AND ${TIES} }
         OR EXISTS { MATCH q = (n)-[:INVESTED|RECEIVED]->(:Investment)-[:RESULT_OF]->(:Project)<-[:FUNDS]-(p:Program) WHERE p.id IN $programIds AND ${TIES} }
         OR EXISTS { MATCH q = (n)<-[:FUNDS]-(p:Program) WHERE p.id IN $programIds AND ${TIES} })`;

/**
 * Every entity the filters keep, as `n`, with its `date`. With a sector filter the candidates are
 * the sectors' members (one index seek per sector, then its ACTIVE_IN links), not every entity of
 * the labels.
 */
const MATCHES = `CALL () {
    WITH 1 AS one WHERE $sectorIds IS NOT NULL
    MATCH (s:Entity) WHERE s.id IN $sectorIds AND s:Sector
    MATCH (n:Entity)-[r:ACTIVE_IN]->(s) WHERE ${ACCEPTED('r')}
    RETURN DISTINCT n
    UNION
    WITH 1 AS one WHERE $sectorIds IS NULL
    MATCH (n:Entity) WHERE n.label IN $labels
    RETURN n
  }
  WITH n WHERE ${SIMPLE_FILTERS}
    AND ${OTHER_FILTERS}
  WITH n, coalesce(n.date, n.founded, n.startDate, n.decisionDate) AS date
  WHERE ($dateFrom IS NULL OR date >= $dateFrom)
    AND ($dateTo IS NULL OR date <= $dateTo + '~')`;

/** One sort key of the type of $sort (nulls last in both directions), then id. */
const SORT_KEY = `CASE $sort
    WHEN 'NAME' THEN n.sortName
    WHEN 'DATE' THEN date
    WHEN 'LINKS' THEN COUNT { (n)--(:Entity) }
    WHEN 'DEGREE_CENTRALITY' THEN n.m_degreeCentrality WHEN 'BETWEENNESS' THEN n.m_betweenness
    WHEN 'CLOSENESS' THEN n.m_closeness WHEN 'PAGERANK' THEN n.m_pagerank
    WHEN 'EFFECTIVE_SIZE' THEN n.m_effectiveSize WHEN 'CONSTRAINT' THEN n.m_constraint
    WHEN 'BROKERAGE' THEN n.m_brokerage
  END`;

/** After the cursor's (key, id) in the order: nulls last, then key ascending or descending, then id. */
const AFTER = `$afterId IS NULL
    OR (CASE WHEN $afterKey IS NULL THEN key IS NULL AND n.id > $afterId
             ELSE key IS NULL OR (CASE WHEN $descending THEN key < $afterKey ELSE key > $afterKey END) OR (key = $afterKey AND n.id > $afterId) END)`;

const TOTAL = `CALL () {
  ${MATCHES}
  RETURN count(n) AS total
}`;

const GENERAL = `OPTIONAL CALL () {
  ${MATCHES}
  WITH n, ${SORT_KEY} AS key
  WHERE ${AFTER}
  WITH n, key ORDER BY key IS NULL, CASE WHEN NOT $descending THEN key END ASC, CASE WHEN $descending THEN key END DESC, n.id ASC
  LIMIT toInteger($limit)
  RETURN n AS n0, key
}`;

const NAME_ORDER = `CALL () {
  MATCH (n:Entity)
  USING INDEX n:Entity(sortName)
  WHERE n.sortName >= coalesce($afterKey, '')
  WITH n ORDER BY n.sortName ASC, n.id ASC
  LIMIT toInteger($scan)
  WITH n WHERE ($afterId IS NULL OR [n.sortName, n.id] > [$afterKey, $afterId])
    AND ${SIMPLE_FILTERS}
    AND ${SECTOR_FILTER}
  WITH n LIMIT toInteger($limit)
  RETURN collect(n) AS found
}
// Complete: the page is full, or the index holds no more entries than were read.
WITH *, CASE WHEN size(found) = $limit THEN true
             ELSE NOT EXISTS { MATCH (m:Entity) WHERE m.sortName >= coalesce($afterKey, '') WITH m SKIP toInteger($scan) LIMIT 1 RETURN m }
        END AS complete
UNWIND CASE WHEN size(found) = 0 THEN [null] ELSE found END AS n0
WITH *, n0.sortName AS key`;

/** The root of a list statement of this variant (the projection of `n0` follows it). */
export function listRootCypher(variant: ListVariant, total: boolean): string {
  return `${total ? `${TOTAL}\n` : ''}${variant === 'nameOrder' ? NAME_ORDER : GENERAL}`;
}
