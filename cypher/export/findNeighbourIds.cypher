// The ids of the nodes one hop from a frontier, in either direction: one step of the breadth-first
// walk behind an export of an actor's neighbourhood (k steps for k hops, so no variable-length path
// is ever enumerated). Like Query.neighbourhood, the walk may be held to some relationship types
// and to relationships and nodes resting on some evidence levels (a record without `evidence` is
// STATED), so that an export holds what the explorer's map shows.
// Params: $ids (list of frontier node ids), $types (whitelisted relationship types, or null for
//   any), $evidence (evidence levels, or null for any). Columns: id (distinct, sorted).
UNWIND $ids AS id
MATCH (n:Entity {id: id})-[r]-(m:Entity)
WHERE NOT m:Source
  AND ($types IS NULL OR type(r) IN $types)
  AND ($evidence IS NULL OR (coalesce(r.evidence, 'STATED') IN $evidence AND coalesce(m.evidence, 'STATED') IN $evidence))
RETURN DISTINCT m.id AS id
ORDER BY id
