// The outgoing relationships of a batch of nodes whose other end is also exported: each
// relationship is read exactly once, from the batch that holds its start node.
// Params: $ids (list of start node ids, one batch), $labels (list of whitelisted labels the end
//   node must have, or null), $within (list of the selected node ids the end node must be in, or
//   null for any node), $types (whitelisted relationship types, or null for any), $evidence
//   (evidence levels the relationship must rest on, or null for any; none given is STATED).
//   Columns: from, type, to, props (map of the relationship's properties); unordered (the export
//   sorts the links of all batches together).
UNWIND $ids AS id
MATCH (a:Entity {id: id})-[r]->(b:Entity)
WHERE NOT b:Source
  AND ($labels IS NULL OR b.label IN $labels)
  AND ($within IS NULL OR b.id IN $within)
  AND ($types IS NULL OR type(r) IN $types)
  AND ($evidence IS NULL OR coalesce(r.evidence, 'STATED') IN $evidence)
RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS props
