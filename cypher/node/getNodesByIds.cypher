// Fetches nodes (and sources) by id, one row per requested id, in the order asked.
// Params: $ids (list of strings). Columns: id, node (map of properties, null for a miss).
// Internal properties (contentHash, searchName, searchText, sortName: import and search bookkeeping, never
// answered by the API) are nulled in the projection: they would otherwise be most of the bytes.
UNWIND $ids AS id
OPTIONAL MATCH (n:Entity {id: id})
RETURN id, n {.*, contentHash: null, searchName: null, searchText: null, sortName: null} AS node
