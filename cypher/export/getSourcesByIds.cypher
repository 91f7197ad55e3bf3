// The provenance records among the given ids, in id order; unknown ids are skipped.
// Params: $ids (list of strings, one batch). Columns: source (map of the record's stored properties).
UNWIND $ids AS id
MATCH (s:Source {id: id})
WITH s
ORDER BY s.id
RETURN s {.*} AS source
