// One page of the provenance records, in id order (for an export of the whole graph, which carries
// every source, cited or not).
// Params: $after (string: last id of the previous page, '' for the first), $limit (page size).
// Columns: source (map of the record's stored properties).
MATCH (s:Source)
WHERE s.id > $after
WITH s
ORDER BY s.id
LIMIT toInteger($limit)
RETURN s {.*} AS source
