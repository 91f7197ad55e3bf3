// Counts entities per province: located in the province itself or in one of its craft villages
// (counted once), for dashboards; provinces without any entity counted are not listed.
// Params: $labels (entity labels to count), $placeholder (boolean or null).
// Columns: key (province id), label (province name), count.
MATCH (g:Province)
CALL (g) {
  CALL (g) {
    MATCH (n:$any($labels))-[:LOCATED_IN]->(g)
    RETURN n
    UNION
    MATCH (n:$any($labels))-[:LOCATED_IN]->(:CraftVillage)-[:LOCATED_IN]->(g)
    RETURN n
  }
  WITH n WHERE $placeholder IS NULL OR coalesce(n.placeholder, false) = $placeholder
  RETURN count(DISTINCT n) AS count
}
WITH g, count WHERE count > 0
RETURN g.id AS key, g.name AS label, count
ORDER BY count DESC, key ASC
