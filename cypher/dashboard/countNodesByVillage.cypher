// Counts entities per craft village they are LOCATED_IN, for dashboards; villages without any
// entity counted are not listed.
// Params: $labels (entity labels to count), $placeholder (boolean or null).
// Columns: key (village id), label (village name), count.
MATCH (g:CraftVillage)
CALL (g) {
  MATCH (n:$any($labels))-[:LOCATED_IN]->(g)
  WHERE $placeholder IS NULL OR coalesce(n.placeholder, false) = $placeholder
  RETURN count(DISTINCT n) AS count
}
WITH g, count WHERE count > 0
RETURN g.id AS key, g.name AS label, count
ORDER BY count DESC, key ASC
