/**
 * The root of a compiled `search`: full-text hits over names and descriptions, most relevant
 * first (a record one of whose names is exactly the search, then one with a name that starts with
 * it, then the rest in full-text score order), as rows `n0` and `score`, and `total` (hits among
 * the first $scan) when `totalCount` is selected. Means what cypher/search/searchNodes.cypher
 * means; only the projection of the hits is compiled. Search pages are offsets (a ranking by
 * relevance has no stable position to resume from).
 * Params: $query (a Lucene query built by src/domain/search.ts from folded, escaped terms; never
 * raw user text), $exact, $separator, $labels (list or null), $offset, $limit, $scan.
 */
/** How many full-text hits are ranked at most before filtering by label and paginating. */
export const SEARCH_SCAN_LIMIT = 2000;

const HITS = `CALL db.index.fulltext.queryNodes('entity_search', $query, {limit: toInteger($scan)}) YIELD node, score
  WHERE $labels IS NULL OR node.label IN $labels`;

const TOTAL = `CALL () {
  ${HITS}
  RETURN count(node) AS total
}`;

const PAGE = `OPTIONAL CALL () {
  ${HITS}
  WITH node, score, split(coalesce(node.searchName, ''), $separator) AS names
  WITH node, score, CASE WHEN $exact IN names THEN 2 WHEN any(n IN names WHERE n STARTS WITH $exact + ' ') THEN 1 ELSE 0 END AS exact
  ORDER BY exact DESC, score DESC, node.id ASC
  SKIP toInteger($offset)
  LIMIT toInteger($limit)
  RETURN node AS n0, score
}`;

/** The root of a search statement (the projection of `n0` follows it). */
export function searchRootCypher(total: boolean): string {
  return `${total ? `${TOTAL}\n` : ''}${PAGE}`;
}
