// Closes the record of a write, in the write's transaction after it ran: relationships of
// $linksOf that the write created get entries (with no before state), every entry gets a
// :ChangeState snapshot of its target as it is now (none when it is gone), entries whose target
// the write left as it was are dropped, and a change left with no entry is dropped too (a write
// that changed nothing is not a change).
// Params: $changeId, $linksOf (as given to change/beginChange). Columns: changeId, entries.
MATCH (c:Change {id: $changeId})
CALL (c) {
  UNWIND $linksOf AS id
  MATCH (:Entity {id: id})-[r]-(:Entity)
  WITH DISTINCT r
  WITH r, startNode(r) AS a, endNode(r) AS b
  WITH type(r) + '|' + a.id + '|' + b.id AS target, type(r) AS type, a.id AS from, b.id AS to
  MERGE (e:ChangeEntry {changeId: c.id, target: target})
  ON CREATE SET e.seq = c.seq, e.kind = 'link', e.type = type, e.from = from, e.to = to, e.fresh = true
  WITH c, e WHERE e.fresh
  REMOVE e.fresh
  CREATE (c)-[:ENTRY]->(e)
}
CALL (c) {
  MATCH (c)-[:ENTRY]->(e:ChangeEntry) WHERE e.kind <> 'link'
  MATCH (n:Entity {id: e.target})
  CREATE (e)-[:AFTER]->(s:ChangeState)
  SET s = properties(n), e.afterLabels = labels(n)
}
CALL (c) {
  MATCH (c)-[:ENTRY]->(e:ChangeEntry {kind: 'link'})
  MATCH (:Entity {id: e.from})-[r]->(:Entity {id: e.to}) WHERE type(r) = e.type
  CREATE (e)-[:AFTER]->(s:ChangeState)
  SET s = properties(r)
}
CALL (c) {
  MATCH (c)-[:ENTRY]->(e:ChangeEntry)
  OPTIONAL MATCH (e)-[:BEFORE]->(b:ChangeState)
  OPTIONAL MATCH (e)-[:AFTER]->(a:ChangeState)
  WITH e, b, a
  WHERE (b IS NULL AND a IS NULL)
     OR (b IS NOT NULL AND a IS NOT NULL AND properties(a) = properties(b) AND coalesce(e.beforeLabels, []) = coalesce(e.afterLabels, []))
  DETACH DELETE e, b, a
}
WITH c
CALL (c) {
  OPTIONAL MATCH (c)-[:ENTRY]->(e:ChangeEntry)
  RETURN count(e) AS entries
}
CALL (c, entries) {
  WITH c WHERE entries = 0
  DETACH DELETE c
}
RETURN $changeId AS changeId, entries
