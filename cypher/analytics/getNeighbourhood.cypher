// The k-hop neighbourhood of an entity (depth 1..3) through whitelisted relationship types, ready
// for a graph drawing. It is expanded one level at a time from a distinct frontier (bounded at
// 3 levels; no path enumeration), every node but the centre restricted to $labels, then cut at
// $limit nodes: nearest first, then most connected, then by id.
// Params: $id, $depth (1..3), $types (whitelisted relationship types), $labels (node labels, or null
//   for any), $evidence (levels every relationship and node but the centre must rest on; a record
//   without `evidence` is STATED), $limit (nodes kept, centre included), $linkLimit (links kept).
// Columns: totalNodes (within depth, centre included, before the cut), nodes (list of {node, depth}),
//   totalLinks (between kept nodes, before the cut), links (list of {type, from, to, props}).
//   No row when no entity has $id.
// Internal properties (contentHash, searchName, searchText, sortName: import and search bookkeeping, never
// answered by the API) are nulled in the projection: they would otherwise be most of the bytes.
MATCH (c:Entity {id: $id})
CALL (c) {
  MATCH (c)-[r]-(m:Entity)
  WHERE type(r) IN $types AND ($labels IS NULL OR m.label IN $labels)
    AND coalesce(r.evidence, 'STATED') IN $evidence AND coalesce(m.evidence, 'STATED') IN $evidence
  RETURN collect(DISTINCT m) AS level1
}
CALL (c, level1) {
  UNWIND CASE WHEN toInteger($depth) >= 2 THEN level1 ELSE [] END AS x
  MATCH (x)-[r]-(m:Entity)
  WHERE m <> c AND type(r) IN $types AND ($labels IS NULL OR m.label IN $labels)
    AND coalesce(r.evidence, 'STATED') IN $evidence AND coalesce(m.evidence, 'STATED') IN $evidence
  RETURN collect(DISTINCT m) AS level2
}
CALL (c, level2) {
  UNWIND CASE WHEN toInteger($depth) >= 3 THEN level2 ELSE [] END AS x
  MATCH (x)-[r]-(m:Entity)
  WHERE m <> c AND type(r) IN $types AND ($labels IS NULL OR m.label IN $labels)
    AND coalesce(r.evidence, 'STATED') IN $evidence AND coalesce(m.evidence, 'STATED') IN $evidence
  RETURN collect(DISTINCT m) AS level3
}
CALL (c, level1, level2, level3) {
  UNWIND [{nodes: level1, depth: 1}, {nodes: level2, depth: 2}, {nodes: level3, depth: 3}] AS level
  UNWIND level.nodes AS m
  WITH m, min(level.depth) AS depth
  WITH m, depth, COUNT { (m)-[r]-() WHERE coalesce(r.evidence, 'STATED') IN $evidence } AS degree
  ORDER BY depth, degree DESC, m.id
  RETURN collect({node: m, depth: depth}) AS reached
}
WITH c, size(reached) + 1 AS totalNodes, [{node: c, depth: 0}] + reached[..toInteger($limit) - 1] AS kept
WITH totalNodes, kept, [k IN kept | k.node] AS keptNodes
CALL (keptNodes) {
  UNWIND keptNodes AS x
  MATCH (x)-[r]->(y:Entity)
  WHERE type(r) IN $types AND y IN keptNodes AND coalesce(r.evidence, 'STATED') IN $evidence
  WITH r, x, y ORDER BY x.id, y.id, type(r)
  RETURN collect({type: type(r), from: x.id, to: y.id, props: r {.*, contentHash: null}}) AS links
}
RETURN totalNodes, [k IN kept | {node: head([m IN [k.node] | m {.*, contentHash: null, searchName: null, searchText: null, sortName: null}]), depth: k.depth}] AS nodes,
       size(links) AS totalLinks, links[..toInteger($linkLimit)] AS links
