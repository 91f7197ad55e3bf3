// The ids of the nodes one hop from a frontier, in either direction over any relationship: one
// step of the breadth-first walk behind an export of an actor's neighbourhood (k steps for k hops,
// so no variable-length path is ever enumerated).
// Params: $ids (list of frontier node ids). Columns: id (distinct, sorted).
UNWIND $ids AS id
MATCH (n:Entity {id: id})--(m:Entity)
WHERE NOT m:Source
RETURN DISTINCT m.id AS id
ORDER BY id
