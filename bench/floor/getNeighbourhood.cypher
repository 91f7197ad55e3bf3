// Floor: the depth-2 neighbourhood of an entity over every relationship type: nodes nearest first,
// then most connected, then by id, cut at $limit (centre included), and the relationships among
// the kept nodes.
// Params: $id, $limit. Columns: totalNodes, ids, links (list of {type, from, to}).
MATCH (c:Entity {id: $id})
CALL (c) {
  MATCH (c)--(m:Entity)
  RETURN collect(DISTINCT m) AS level1
}
CALL (c, level1) {
  UNWIND level1 AS x
  MATCH (x)--(m:Entity)
  WHERE m <> c AND NOT m IN level1
  RETURN collect(DISTINCT m) AS level2
}
CALL (level1, level2) {
  UNWIND [m IN level1 | {m: m, d: 1}] + [m IN level2 | {m: m, d: 2}] AS x
  WITH x.m AS m, x.d AS d
  WITH m, d, COUNT { (m)--() } AS degree
  ORDER BY d, degree DESC, m.id
  RETURN collect(m) AS reached
}
WITH c, size(reached) + 1 AS totalNodes, [c] + reached[..toInteger($limit) - 1] AS kept
CALL (kept) {
  UNWIND kept AS x
  MATCH (x)-[r]->(y:Entity)
  WHERE y IN kept
  RETURN collect({type: type(r), from: x.id, to: y.id}) AS links
}
RETURN totalNodes, [k IN kept | k.id] AS ids, links
