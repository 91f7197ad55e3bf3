// One page of a list sorted by name (ascending), read in the order of the sortName index and
// filtered as it is read: it stops at the page's last match, so its cost follows the page and the
// share of entities the filters keep, not the size of the graph (list/findNodes reads every
// candidate, then sorts). It reads at most $scan index entries; when those hold fewer than
// $offset + $limit matches and the index goes on (`complete` false), the caller asks
// list/findNodes instead.
// Used only without village, province, program, community, measure or date filters (see
// ListRepository); the filters it has mean what they mean in list/findNodes.
// Params: $labels, $kinds, $spheres, $eventKinds, $sectorIds (lists or null), $evidence (levels the
//   entity and its sector tie must rest on; a record without `evidence` is STATED), $placeholder
//   (boolean or null), $offset, $limit, $scan.
// Columns: nodes (the page, properties), complete (whether the page holds every match it should).
// Internal properties (contentHash, searchName, searchText, sortName) are nulled in the projection.
CALL () {
  MATCH (n:Entity)
  USING INDEX n:Entity(sortName)
  WHERE n.sortName IS NOT NULL
  WITH n ORDER BY n.sortName ASC, n.id ASC
  LIMIT toInteger($scan)
  WITH n WHERE n.label IN $labels
    AND ($kinds IS NULL OR n.kind IN $kinds)
    AND ($spheres IS NULL OR n.sphere IN $spheres)
    AND ($eventKinds IS NULL OR n.kind IN $eventKinds)
    AND ($placeholder IS NULL OR coalesce(n.placeholder, false) = $placeholder)
    AND coalesce(n.evidence, 'STATED') IN $evidence
    AND ($sectorIds IS NULL OR EXISTS { MATCH q = (n)-[:ACTIVE_IN]->(s:Sector) WHERE s.id IN $sectorIds AND all(x IN relationships(q) WHERE coalesce(x.evidence, 'STATED') IN $evidence) })
  WITH n LIMIT toInteger($offset + $limit)
  RETURN collect(n) AS found
}
RETURN [n IN found[toInteger($offset)..] | n {.*, contentHash: null, searchName: null, searchText: null, sortName: null}] AS nodes,
       // Complete: the page is full, or the index holds no more than the entries read.
       CASE WHEN size(found) = $offset + $limit THEN true
            ELSE NOT EXISTS { MATCH (m:Entity) WHERE m.sortName IS NOT NULL WITH m SKIP toInteger($scan) LIMIT 1 RETURN m }
       END AS complete
