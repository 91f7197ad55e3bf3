// Counts entities per sector they are ACTIVE_IN, for dashboards. An entity in two sectors counts
// once in each; sectors without any entity counted are not listed.
// Params: $labels (entity labels to count), $placeholder (boolean or null: only placeholders /
//   only real ones / both). Columns: key (sector id), label (sector name), count.
// Starts from the (few) sectors and expands their ACTIVE_IN links, so entities in no sector are
// never read.
MATCH (g:Sector)
CALL (g) {
  MATCH (n:$any($labels))-[:ACTIVE_IN]->(g)
  WHERE $placeholder IS NULL OR coalesce(n.placeholder, false) = $placeholder
  RETURN count(DISTINCT n) AS count
}
WITH g, count WHERE count > 0
RETURN g.id AS key, g.name AS label, count
ORDER BY count DESC, key ASC
