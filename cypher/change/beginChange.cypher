// Opens the record of a write, inside the write's own transaction and before it runs: takes the
// next number of the change log (its lock orders every recorded write; it is held to commit), creates
// the :Change and, for each target, a :ChangeEntry holding a :ChangeState snapshot of it as it is
// now (no snapshot when it does not exist yet). A target given with a content hash equal to the
// stored one will not change and gets no entry.
// Params: $by (the key's name), $operation, $comment (or null), $sourceIds (cited), $restores (the
//   id of the change a restore undoes, or null), $nodes: list of
//   {id, kind ('node' or 'source'), hash (or null)}, $links: list of {type, from, to, hash (or null)}, $linksOf: ids whose
//   every relationship (either direction) is a target. $nodes and $links hold no target twice.
// Columns: changeId, seq.
MERGE (k:ChangeLog {id: 'log'})
SET k.seq = coalesce(k.seq, 0) + 1
WITH k.seq AS seq
CREATE (c:Change {id: 'change:' + toString(seq), seq: seq, at: datetime.realtime(), by: $by, operation: $operation, comment: $comment, sourceIds: $sourceIds, restores: $restores})
WITH c
CALL (c) {
  UNWIND $nodes AS t
  OPTIONAL MATCH (n:Entity {id: t.id})
  WITH t, n WHERE n IS NULL OR t.hash IS NULL OR n.contentHash IS NULL OR n.contentHash <> t.hash
  CREATE (c)-[:ENTRY]->(e:ChangeEntry {changeId: c.id, target: t.id, seq: c.seq, kind: coalesce(t.kind, CASE WHEN n:Source THEN 'source' ELSE 'node' END)})
  WITH e, n WHERE n IS NOT NULL
  CREATE (e)-[:BEFORE]->(s:ChangeState)
  SET s = properties(n), e.beforeLabels = labels(n)
}
CALL (c) {
  UNWIND $links AS t
  OPTIONAL MATCH (:Entity {id: t.from})-[r]->(:Entity {id: t.to}) WHERE type(r) = t.type
  WITH t, r WHERE r IS NULL OR t.hash IS NULL OR r.contentHash IS NULL OR r.contentHash <> t.hash
  CREATE (c)-[:ENTRY]->(e:ChangeEntry {changeId: c.id, target: t.type + '|' + t.from + '|' + t.to, seq: c.seq, kind: 'link', type: t.type, from: t.from, to: t.to})
  WITH e, r WHERE r IS NOT NULL
  CREATE (e)-[:BEFORE]->(s:ChangeState)
  SET s = properties(r)
}
CALL (c) {
  UNWIND $linksOf AS id
  MATCH (:Entity {id: id})-[r]-(:Entity)
  WITH DISTINCT r
  WITH r, startNode(r) AS a, endNode(r) AS b
  MERGE (e:ChangeEntry {changeId: c.id, target: type(r) + '|' + a.id + '|' + b.id})
  ON CREATE SET e.seq = c.seq, e.kind = 'link', e.type = type(r), e.from = a.id, e.to = b.id, e.fresh = true
  WITH c, e, r WHERE e.fresh
  REMOVE e.fresh
  CREATE (c)-[:ENTRY]->(e)
  CREATE (e)-[:BEFORE]->(s:ChangeState)
  SET s = properties(r)
}
RETURN c.id AS changeId, c.seq AS seq
