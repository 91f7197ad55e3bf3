// The outgoing relationships of a batch of nodes whose other end is also exported: each
// relationship is read exactly once, from the batch that holds its start node.
// Params: $ids (list of start node ids, one batch), $labels (list of whitelisted labels the end
//   node must have, or null), $within (list of the selected node ids the end node must be in, or
//   null for any node). Columns: from, type, to, props (map of the relationship's properties);
//   unordered (the export sorts the links of all batches together).
UNWIND $ids AS id
MATCH (a:Entity {id: id})-[r]->(b:Entity)
WHERE NOT b:Source
  AND ($labels IS NULL OR b.label IN $labels)
  AND ($within IS NULL OR b.id IN $within)
RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS props
