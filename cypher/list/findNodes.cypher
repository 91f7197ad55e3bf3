// One page of a filtered, sorted list of entities (actors or any context label).
// Params: $labels (list of labels to include), $kinds, $spheres, $sectorIds, $provinceIds,
//   $villageIds, $programIds, $eventKinds (each a list or null = no filter), $dateFrom, $dateTo
//   (YYYY[-MM[-DD]] strings or null; compared to the entity's date: date, founded, startDate or
//   decisionDate), $placeholder (boolean or null), $communities (list of m_community numbers or
//   null), $measureKey (an m_* property or null) with $measureMin/$measureMax (numbers or null),
//   $sort ('NAME'|'DATE'|'LINKS' or a network measure: 'BETWEENNESS', 'PAGERANK'…; actors without
//   the measure last), $descending (boolean), $offset, $limit.
// Columns: node (map of properties), degree.
// With a sector filter, start from the sectors' members (one index seek per sector, then its
// ACTIVE_IN links) instead of testing every entity of the labels: a page of one sector's
// enterprises then reads that sector's members, not all enterprises.
CALL () {
  WITH 1 AS one WHERE $sectorIds IS NOT NULL
  MATCH (s:Entity) WHERE s.id IN $sectorIds AND s:Sector
  MATCH (n:Entity)-[:ACTIVE_IN]->(s)
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
  AND ($communities IS NULL OR n.m_community IN $communities)
  AND ($measureKey IS NULL OR (n[$measureKey] >= coalesce($measureMin, n[$measureKey]) AND n[$measureKey] <= coalesce($measureMax, n[$measureKey])))
  AND ($sectorIds IS NULL OR EXISTS { (n)-[:ACTIVE_IN]->(s:Sector) WHERE s.id IN $sectorIds })
  AND ($villageIds IS NULL OR EXISTS { (n)-[:LOCATED_IN]->(v:CraftVillage) WHERE v.id IN $villageIds })
  AND ($provinceIds IS NULL OR n.id IN $provinceIds
       OR EXISTS { (n)-[:LOCATED_IN]->(p:Province) WHERE p.id IN $provinceIds }
       OR EXISTS { (n)-[:LOCATED_IN]->(:CraftVillage)-[:LOCATED_IN]->(p:Province) WHERE p.id IN $provinceIds })
  AND ($programIds IS NULL
       OR EXISTS { (n)-[:MANAGES|FUNDS]-(p:Program) WHERE p.id IN $programIds }
       OR EXISTS { (n)-[:IMPLEMENTS|CONNECTED|MANAGES|ORGANIZED|RESULT_OF|PRODUCED]-(:Project)<-[:FUNDS]-(p:Program) WHERE p.id IN $programIds }
       OR EXISTS { (n)-[:INVESTED|RECEIVED]->(:Investment)-[:RESULT_OF]->(:Project)<-[:FUNDS]-(p:Program) WHERE p.id IN $programIds }
       OR EXISTS { (n)<-[:FUNDS]-(p:Program) WHERE p.id IN $programIds })
WITH n, coalesce(n.date, n.founded, n.startDate, n.decisionDate) AS date
WHERE ($dateFrom IS NULL OR date >= $dateFrom)
  AND ($dateTo IS NULL OR date <= $dateTo + '~')
WITH n, date, CASE WHEN $sort = 'LINKS' THEN COUNT { (n)--(:Entity) } ELSE 0 END AS links,
     CASE $sort WHEN 'DEGREE_CENTRALITY' THEN n.m_degreeCentrality WHEN 'BETWEENNESS' THEN n.m_betweenness
                WHEN 'CLOSENESS' THEN n.m_closeness WHEN 'PAGERANK' THEN n.m_pagerank
                WHEN 'EFFECTIVE_SIZE' THEN n.m_effectiveSize WHEN 'CONSTRAINT' THEN n.m_constraint
                WHEN 'BROKERAGE' THEN n.m_brokerage END AS measure
ORDER BY
  measure IS NULL,
  CASE WHEN NOT $descending THEN measure END ASC,
  CASE WHEN $descending THEN measure END DESC,
  CASE WHEN $sort = 'LINKS' AND NOT $descending THEN links END ASC,
  CASE WHEN $sort = 'LINKS' AND $descending THEN links END DESC,
  CASE WHEN $sort = 'DATE' AND NOT $descending THEN date END ASC,
  CASE WHEN $sort = 'DATE' AND $descending THEN date END DESC,
  CASE WHEN $sort = 'NAME' AND NOT $descending THEN toLower(n.name) END ASC,
  CASE WHEN $sort = 'NAME' AND $descending THEN toLower(n.name) END DESC,
  n.id ASC
SKIP toInteger($offset)
LIMIT toInteger($limit)
RETURN n {.*} AS node
