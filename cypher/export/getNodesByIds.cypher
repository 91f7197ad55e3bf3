// The nodes (not provenance records) among the given ids, in id order; unknown ids are skipped.
// Params: $ids (list of strings, one batch), $labels (list of whitelisted node labels, or null).
// Columns: node (map of the node's stored properties).
UNWIND $ids AS id
MATCH (n:Entity {id: id})
WHERE NOT n:Source AND ($labels IS NULL OR n.label IN $labels)
WITH n
ORDER BY n.id
RETURN n {.*} AS node
