// Fetches nodes (and sources) by id, one row per requested id, in the order asked.
// Params: $ids (list of strings). Columns: id, node (map of properties, null for a miss).
UNWIND $ids AS id
OPTIONAL MATCH (n:Entity {id: id})
RETURN id, n {.*} AS node
