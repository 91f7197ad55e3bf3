// Compiled from bench-search (test/unit/compiledCypher.test.ts), on every evidence level.
OPTIONAL CALL () {
  CALL db.index.fulltext.queryNodes('entity_search', $query, {limit: toInteger($scan)}) YIELD node, score
  WHERE $labels IS NULL OR node.label IN $labels
  WITH node, score, split(coalesce(node.searchName, ''), $separator) AS names
  WITH node, score, CASE WHEN $exact IN names THEN 2 WHEN any(n IN names WHERE n STARTS WITH $exact + ' ') THEN 1 ELSE 0 END AS exact
  ORDER BY exact DESC, score DESC, node.id ASC
  SKIP toInteger($offset)
  LIMIT toInteger($limit)
  RETURN node AS n0, score
}
RETURN n0 {.id, .label, .name} AS item, score
