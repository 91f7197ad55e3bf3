// Counts entities per program: linked to one of its projects (implementing, connected, managing,
// organizing, resulting, produced) or to the program itself (managing, funding, funded), counted
// once, for dashboards; programs without any entity counted are not listed.
// Params: $labels (entity labels to count), $placeholder (boolean or null).
// Columns: key (program id), label (program name), count.
MATCH (g:Program)
CALL (g) {
  CALL (g) {
    MATCH (n:$any($labels))-[:IMPLEMENTS|CONNECTED|MANAGES|ORGANIZED|RESULT_OF|PRODUCED]-(:Project)<-[:FUNDS]-(g)
    RETURN n
    UNION
    MATCH (n:$any($labels))-[:MANAGES|FUNDS]-(g)
    RETURN n
  }
  WITH n WHERE $placeholder IS NULL OR coalesce(n.placeholder, false) = $placeholder
  RETURN count(DISTINCT n) AS count
}
WITH g, count WHERE count > 0
RETURN g.id AS key, g.name AS label, count
ORDER BY count DESC, key ASC
