// Counts entities grouped by one dimension, for dashboards. An entity in several groups (two
// sectors) counts once in each; entities in none are not listed.
// Params: $labels (entity labels to count), $by ('KIND'|'SPHERE'|'SECTOR'|'PROVINCE'|'VILLAGE'|
//   'PROGRAM'|'YEAR'), $placeholder (boolean or null: only placeholders / only real ones / both).
// Columns: key (group id), label (group name), count.
MATCH (n:Entity)
WHERE n.label IN $labels
  AND ($placeholder IS NULL OR coalesce(n.placeholder, false) = $placeholder)
CALL (n) {
  WITH n WHERE $by = 'KIND'
  RETURN n.label AS key, n.label AS label
  UNION
  WITH n WHERE $by = 'SPHERE' AND n.sphere IS NOT NULL
  RETURN n.sphere AS key, n.sphere AS label
  UNION
  WITH n WHERE $by = 'SECTOR'
  MATCH (n)-[:ACTIVE_IN]->(s:Sector)
  RETURN s.id AS key, s.name AS label
  UNION
  WITH n WHERE $by = 'PROVINCE'
  MATCH (n)-[:LOCATED_IN]->(:CraftVillage)-[:LOCATED_IN]->(p:Province)
  RETURN p.id AS key, p.name AS label
  UNION
  WITH n WHERE $by = 'PROVINCE'
  MATCH (n)-[:LOCATED_IN]->(p:Province)
  RETURN p.id AS key, p.name AS label
  UNION
  WITH n WHERE $by = 'VILLAGE'
  MATCH (n)-[:LOCATED_IN]->(v:CraftVillage)
  RETURN v.id AS key, v.name AS label
  UNION
  WITH n WHERE $by = 'PROGRAM'
  MATCH (n)-[:IMPLEMENTS|CONNECTED|MANAGES|ORGANIZED|RESULT_OF|PRODUCED]-(:Project)<-[:FUNDS]-(p:Program)
  RETURN p.id AS key, p.name AS label
  UNION
  WITH n WHERE $by = 'PROGRAM'
  MATCH (n)-[:MANAGES|FUNDS]-(p:Program)
  RETURN p.id AS key, p.name AS label
  UNION
  WITH n WHERE $by = 'YEAR'
  WITH n, coalesce(n.date, n.founded, n.startDate, n.decisionDate) AS d
  WHERE d IS NOT NULL
  RETURN left(d, 4) AS key, left(d, 4) AS label
}
RETURN key, label, count(DISTINCT n) AS count
ORDER BY count DESC, key ASC
