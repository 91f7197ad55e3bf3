// Full-text search over names and descriptions, most relevant first: a record one of whose names
// is exactly the search (folded: "ntbic" is NTBIC's short name) before one with a name that starts
// with it, before the rest in full-text score order.
// Params: $query (a Lucene query built by src/domain/search.ts from folded, escaped terms; never
//   raw user text), $exact (the folded search, src/domain/search.ts exactSearchKey), $separator
//   (what separates a record's names in searchName), $labels (list or null), $offset, $limit,
//   $scan (how many hits to rank at most).
// Columns: node (map of properties), score (full-text score), exact (2: a name is the search,
//   1: a name starts with it, 0: other).
// Internal properties (contentHash, searchName, searchText, sortName: import and search bookkeeping, never
// answered by the API) are nulled in the projection: they would otherwise be most of the bytes.
CALL db.index.fulltext.queryNodes('entity_search', $query, {limit: toInteger($scan)}) YIELD node, score
WHERE $labels IS NULL OR node.label IN $labels
WITH node, score, split(coalesce(node.searchName, ''), $separator) AS names
WITH node, score, CASE WHEN $exact IN names THEN 2 WHEN any(n IN names WHERE n STARTS WITH $exact + ' ') THEN 1 ELSE 0 END AS exact
RETURN node {.*, contentHash: null, searchName: null, searchText: null, sortName: null} AS node, score, exact
ORDER BY exact DESC, score DESC, node.id ASC
SKIP toInteger($offset)
LIMIT toInteger($limit)
