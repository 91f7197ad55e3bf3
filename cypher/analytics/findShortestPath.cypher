// One shortest path between two entities through whitelisted relationship types, at most $maxHops
// long (the pattern is bounded at 6 hops; relationships are filtered as the search runs).
// Params: $from, $to (ids, different), $types (whitelisted relationship types), $evidence (levels
//   every relationship and node of the path must rest on; a record without `evidence` is STATED),
//   $maxHops (1..6).
// Columns: nodes (property maps, in path order), links (list of {type, from, to, props}, link i
//   joining nodes i and i+1; from/to give the stored direction). No row when there is no path.
// Internal properties (contentHash, searchName, searchText, sortName: import and search bookkeeping, never
// answered by the API) are nulled in the projection: they would otherwise be most of the bytes.
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = shortestPath((a)-[*..6]-(b))
WHERE all(r IN relationships(p) WHERE type(r) IN $types AND coalesce(r.evidence, 'STATED') IN $evidence)
  AND all(n IN nodes(p) WHERE coalesce(n.evidence, 'STATED') IN $evidence)
WITH p
WHERE length(p) <= toInteger($maxHops)
RETURN [n IN nodes(p) | n {.*, contentHash: null, searchName: null, searchText: null, sortName: null}] AS nodes,
       [r IN relationships(p) | {type: type(r), from: startNode(r).id, to: endNode(r).id, props: r {.*, contentHash: null}}] AS links
