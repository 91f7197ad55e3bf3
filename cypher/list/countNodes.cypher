// The number of entities a list filter matches (the `totalCount` of a list connection, only
// computed when selected). Params: the filter params of list/findNodes. Columns: total.
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
RETURN count(n) AS total
