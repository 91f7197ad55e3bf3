// One page of a filtered, sorted list of entities (actors or any context label).
// Params: $labels (list of labels to include), $kinds, $spheres, $sectorIds, $provinceIds,
//   $villageIds, $programIds, $eventKinds (each a list or null = no filter), $dateFrom, $dateTo
//   (YYYY[-MM[-DD]] strings or null; compared to the entity's date: date, founded, startDate or
//   decisionDate), $placeholder (boolean or null), $sort ('NAME'|'DATE'|'LINKS'), $descending
//   (boolean), $offset, $limit.
// Columns: node (map of properties), degree.
MATCH (n:Entity)
WHERE n.label IN $labels
  AND ($kinds IS NULL OR n.kind IN $kinds)
  AND ($spheres IS NULL OR n.sphere IN $spheres)
  AND ($eventKinds IS NULL OR n.kind IN $eventKinds)
  AND ($placeholder IS NULL OR coalesce(n.placeholder, false) = $placeholder)
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
WITH n, date, CASE WHEN $sort = 'LINKS' THEN COUNT { (n)--(:Entity) } ELSE 0 END AS links
ORDER BY
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
