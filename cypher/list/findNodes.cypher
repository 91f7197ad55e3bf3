// One page of a filtered, sorted list of entities (actors or any context label).
// Params: $labels (list of labels to include), $kinds, $spheres, $sectorIds, $provinceIds,
//   $villageIds, $programIds, $eventKinds (each a list or null = no filter), $dateFrom, $dateTo
//   (YYYY[-MM[-DD]] strings or null; compared to the entity's date: date, founded, startDate or
//   decisionDate), $placeholder (boolean or null), $evidence (levels the entity
//   and every tie a filter follows must rest on; a record without `evidence` is STATED), $communities (list of m_community numbers or
//   null), $measureKey (an m_* property or null) with $measureMin/$measureMax (numbers or null),
//   $sort ('NAME'|'DATE'|'LINKS' or a network measure: 'BETWEENNESS', 'PAGERANK'…; entities
//   without the value last), $descending (boolean), $offset, $limit.
// Columns: node (map of properties), degree.
// With a sector filter, start from the sectors' members (one index seek per sector, then its
// ACTIVE_IN links) instead of testing every entity of the labels: a page of one sector's
// enterprises then reads that sector's members, not all enterprises (and needs no sector test
// after: every member reached is in one of the sectors).
// Internal properties (contentHash, searchName, searchText, sortName: import and search bookkeeping, never
// answered by the API) are nulled in the projection: they would otherwise be most of the bytes.
CALL () {
  WITH 1 AS one WHERE $sectorIds IS NOT NULL
  MATCH (s:Entity) WHERE s.id IN $sectorIds AND s:Sector
  MATCH (n:Entity)-[r:ACTIVE_IN]->(s) WHERE coalesce(r.evidence, 'STATED') IN $evidence
  RETURN DISTINCT n
  UNION
  WITH 1 AS one WHERE $sectorIds IS NULL
  MATCH (n:Entity) WHERE n.label IN $labels
  RETURN n
}
WITH n
WHERE n.label IN $labels
  AND ($kinds IS NULL OR n.kind IN $kinds)
  AND ($spheres IS NULL OR n.sphere IN $spheres)
  AND ($eventKinds IS NULL OR n.kind IN $eventKinds)
  AND ($placeholder IS NULL OR coalesce(n.placeholder, false) = $placeholder)
  AND coalesce(n.evidence, 'STATED') IN $evidence
  AND ($communities IS NULL OR n.m_community IN $communities)
  AND ($measureKey IS NULL OR (n[$measureKey] >= coalesce($measureMin, n[$measureKey]) AND n[$measureKey] <= coalesce($measureMax, n[$measureKey])))
  AND ($villageIds IS NULL OR EXISTS { MATCH q = (n)-[:LOCATED_IN]->(v:CraftVillage) WHERE v.id IN $villageIds AND all(x IN relationships(q) WHERE coalesce(x.evidence, 'STATED') IN $evidence) })
  AND ($provinceIds IS NULL OR n.id IN $provinceIds
       OR EXISTS { MATCH q = (n)-[:LOCATED_IN]->(p:Province) WHERE p.id IN $provinceIds AND all(x IN relationships(q) WHERE coalesce(x.evidence, 'STATED') IN $evidence) }
       OR EXISTS { MATCH q = (n)-[:LOCATED_IN]->(:CraftVillage)-[:LOCATED_IN]->(p:Province) WHERE p.id IN $provinceIds AND all(x IN relationships(q) WHERE coalesce(x.evidence, 'STATED') IN $evidence) })
  AND ($programIds IS NULL
       OR EXISTS { MATCH q = (n)-[:MANAGES|FUNDS]-(p:Program) WHERE p.id IN $programIds AND all(x IN relationships(q) WHERE coalesce(x.evidence, 'STATED') IN $evidence) }
       OR EXISTS { MATCH q = (n)-[:IMPLEMENTS|CONNECTED|MANAGES|ORGANIZED|RESULT_OF|PRODUCED]-(:Project)<-[:FUNDS]-(p:Program) WHERE p.id IN $programIds AND all(x IN relationships(q) WHERE coalesce(x.evidence, 'STATED') IN $evidence) }
       OR EXISTS { MATCH q = (n)-[:INVESTED|RECEIVED]->(:Investment)-[:RESULT_OF]->(:Project)<-[:FUNDS]-(p:Program) WHERE p.id IN $programIds AND all(x IN relationships(q) WHERE coalesce(x.evidence, 'STATED') IN $evidence) }
       OR EXISTS { MATCH q = (n)<-[:FUNDS]-(p:Program) WHERE p.id IN $programIds AND all(x IN relationships(q) WHERE coalesce(x.evidence, 'STATED') IN $evidence) })
WITH n, coalesce(n.date, n.founded, n.startDate, n.decisionDate) AS date
WHERE ($dateFrom IS NULL OR date >= $dateFrom)
  AND ($dateTo IS NULL OR date <= $dateTo + '~')
// One sort key of the type of $sort (nulls, e.g. actors without the measure, come last in both
// directions), then id: a single key keeps the sort cheap, where one CASE per sort field cost a
// third of the statement.
WITH n, CASE $sort
  WHEN 'NAME' THEN n.sortName
  WHEN 'DATE' THEN date
  WHEN 'LINKS' THEN COUNT { (n)--(:Entity) }
  WHEN 'DEGREE_CENTRALITY' THEN n.m_degreeCentrality WHEN 'BETWEENNESS' THEN n.m_betweenness
  WHEN 'CLOSENESS' THEN n.m_closeness WHEN 'PAGERANK' THEN n.m_pagerank
  WHEN 'EFFECTIVE_SIZE' THEN n.m_effectiveSize WHEN 'CONSTRAINT' THEN n.m_constraint
  WHEN 'BROKERAGE' THEN n.m_brokerage
END AS key
ORDER BY key IS NULL, CASE WHEN NOT $descending THEN key END ASC, CASE WHEN $descending THEN key END DESC, n.id ASC
SKIP toInteger($offset)
LIMIT toInteger($limit)
RETURN n {.*, contentHash: null, searchName: null, searchText: null, sortName: null} AS node
