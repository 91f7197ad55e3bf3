// The number of entities a list filter matches (the `totalCount` of a list connection, only
// computed when selected). Params: the filter params of list/findNodes. Columns: total.
// With a sector filter, start from the sectors' members (one index seek per sector, then its
// ACTIVE_IN links) instead of testing every entity of the labels: a page of one sector's
// enterprises then reads that sector's members, not all enterprises.
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
  AND ($sectorIds IS NULL OR EXISTS { MATCH q = (n)-[:ACTIVE_IN]->(s:Sector) WHERE s.id IN $sectorIds AND all(x IN relationships(q) WHERE coalesce(x.evidence, 'STATED') IN $evidence) })
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
RETURN count(n) AS total
