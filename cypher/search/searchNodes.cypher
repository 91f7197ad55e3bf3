// Full-text search over names and descriptions, most relevant first.
// Params: $query (a Lucene query built by src/domain/search.ts from folded, escaped terms; never
//   raw user text), $labels (list or null), $offset, $limit, $scan (how many hits to rank at most).
// Columns: node (map of properties), score.
// Internal properties (contentHash, searchName, searchText, sortName: import and search bookkeeping, never
// answered by the API) are nulled in the projection: they would otherwise be most of the bytes.
CALL db.index.fulltext.queryNodes('entity_search', $query, {limit: toInteger($scan)}) YIELD node, score
WHERE $labels IS NULL OR node.label IN $labels
RETURN node {.*, contentHash: null, searchName: null, searchText: null, sortName: null} AS node, score
ORDER BY score DESC, node.id ASC
SKIP toInteger($offset)
LIMIT toInteger($limit)
