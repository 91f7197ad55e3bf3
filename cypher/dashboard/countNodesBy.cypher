// Counts entities grouped by one dimension, for dashboards. An entity in several groups (two
// sectors) counts once in each; entities in none are not listed.
// Params: $labels (entity labels to count), $by ('KIND'|'SPHERE'|'SECTOR'|'PROVINCE'|'VILLAGE'|
//   'PROGRAM'|'YEAR'), $placeholder (boolean or null: only placeholders / only real ones / both).
// Columns: key (group id), label (group name), count.
// The groups of each entity come from one CASE (only the branch of $by is evaluated), not from a
// per-entity UNION subquery: that costs a subquery with seven branches for every entity counted.
MATCH (n:Entity)
WHERE n.label IN $labels
  AND ($placeholder IS NULL OR coalesce(n.placeholder, false) = $placeholder)
WITH n, CASE $by
  WHEN 'KIND' THEN [{key: n.label, label: n.label}]
  WHEN 'SPHERE' THEN [s IN [n.sphere] WHERE s IS NOT NULL | {key: s, label: s}]
  WHEN 'SECTOR' THEN [(n)-[:ACTIVE_IN]->(s:Sector) | {key: s.id, label: s.name}]
  WHEN 'PROVINCE' THEN [(n)-[:LOCATED_IN]->(:CraftVillage)-[:LOCATED_IN]->(p:Province) | {key: p.id, label: p.name}]
                     + [(n)-[:LOCATED_IN]->(p:Province) | {key: p.id, label: p.name}]
  WHEN 'VILLAGE' THEN [(n)-[:LOCATED_IN]->(v:CraftVillage) | {key: v.id, label: v.name}]
  WHEN 'PROGRAM' THEN [(n)-[:IMPLEMENTS|CONNECTED|MANAGES|ORGANIZED|RESULT_OF|PRODUCED]-(:Project)<-[:FUNDS]-(p:Program) | {key: p.id, label: p.name}]
                    + [(n)-[:MANAGES|FUNDS]-(p:Program) | {key: p.id, label: p.name}]
  WHEN 'YEAR' THEN [d IN [coalesce(n.date, n.founded, n.startDate, n.decisionDate)] WHERE d IS NOT NULL | {key: left(d, 4), label: left(d, 4)}]
  ELSE []
END AS groups
UNWIND groups AS g
RETURN g.key AS key, g.label AS label, count(DISTINCT n) AS count
ORDER BY count DESC, key ASC
