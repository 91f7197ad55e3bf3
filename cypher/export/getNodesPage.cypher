// One page of the graph's nodes (not provenance records), in id order: the export walks the whole
// graph page by page (keyset pagination on the unique id index) instead of one giant query.
// Params: $after (string: the last id of the previous page, '' for the first), $limit (page size),
//   $labels (list of whitelisted node labels, or null for every label).
// Columns: node (map of the node's stored properties).
MATCH (n:Entity)
WHERE n.id > $after AND NOT n:Source AND ($labels IS NULL OR n.label IN $labels)
WITH n
ORDER BY n.id
LIMIT toInteger($limit)
RETURN n {.*} AS node
