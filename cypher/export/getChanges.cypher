// A page of recorded changes in the order they committed, for exports (JSON-LD states each as a
// prov:Activity): those touching any of $ids (an entity, a source, or a relationship from or to
// one), or every change when $ids is null.
// Params: $ids (list or null), $after (a seq; 0 for the first page), $limit.
// Columns: change (map: id, seq, at, by, operation, comment, sourceIds, restores), entries (list
//   of maps: kind, target, type, from, to, existed, exists).
MATCH (c:Change)
WHERE c.seq > $after
  AND ($ids IS NULL OR EXISTS { MATCH (c)-[:ENTRY]->(e:ChangeEntry) WHERE e.target IN $ids OR e.from IN $ids OR e.to IN $ids })
WITH c ORDER BY c.seq LIMIT toInteger($limit)
RETURN c {.id, .seq, .at, .by, .operation, .comment, .sourceIds, .restores} AS change,
       COLLECT {
         MATCH (c)-[:ENTRY]->(e:ChangeEntry)
         RETURN e {.kind, .target, .type, .from, .to, existed: EXISTS { (e)-[:BEFORE]->(:ChangeState) }, exists: EXISTS { (e)-[:AFTER]->(:ChangeState) }}
       } AS entries
