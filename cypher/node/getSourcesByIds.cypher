// Fetches provenance records by id, one row per requested id, in the order asked.
// Params: $ids (list of strings). Columns: id, source (map of properties, null for a miss).
UNWIND $ids AS id
OPTIONAL MATCH (s:Source {id: id})
RETURN id, s {.*} AS source
