// Every shortest path between two entities through whitelisted relationship types, at most
// $maxHops long (bounded at 6 hops), as distinct sequences of entities: where consecutive entities
// are joined by several relationships (parallel links, e.g. SUPPORTS and LOCATED_IN), the
// combinations are one path, given by its first relationship per hop (by type, then element id),
// so duplicates never use up $limit. In a stable order (by the ids along the path), at most $limit.
// Params: $from, $to (ids, different), $types (whitelisted relationship types), $evidence (levels
//   every relationship and node of the path must rest on; a record without `evidence` is STATED),
//   $maxHops (1..6),
//   $limit. Columns: nodes, links (as analytics/findShortestPath), one row per distinct sequence of
//   nodes.
// Internal properties (contentHash, searchName, searchText, sortName: import and search bookkeeping, never
// answered by the API) are nulled in the projection: they would otherwise be most of the bytes.
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = allShortestPaths((a)-[*..6]-(b))
WHERE all(r IN relationships(p) WHERE type(r) IN $types AND coalesce(r.evidence, 'STATED') IN $evidence)
  AND all(n IN nodes(p) WHERE coalesce(n.evidence, 'STATED') IN $evidence)
WITH p
WHERE length(p) <= toInteger($maxHops)
WITH p, [n IN nodes(p) | n.id] AS ids, [r IN relationships(p) | [type(r), elementId(r)]] AS rels
ORDER BY ids, rels
WITH ids, collect(p)[0] AS p
ORDER BY ids
LIMIT toInteger($limit)
RETURN [n IN nodes(p) | n {.*, contentHash: null, searchName: null, searchText: null, sortName: null}] AS nodes,
       [r IN relationships(p) | {type: type(r), from: startNode(r).id, to: endNode(r).id, props: r {.*, contentHash: null}}] AS links
