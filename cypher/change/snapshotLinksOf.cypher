// Every relationship (either direction) of the given entities becomes a target of the change, if
// it is not one already: called before a write (the entry gets a :ChangeState copy of the
// relationship as it is) and after it (relationships the write created get an entry with no
// before state; $before is false then).
// Params: $changeId, $ids, $before (boolean). Columns: entries (how many were added).
MATCH (c:Change {id: $changeId})
UNWIND $ids AS id
MATCH (:Entity {id: id})-[r]-(:Entity)
WITH DISTINCT c, r
WITH c, r, startNode(r) AS a, endNode(r) AS b
MERGE (e:ChangeEntry {changeId: c.id, target: type(r) + '|' + a.id + '|' + b.id})
ON CREATE SET e.seq = c.seq, e.kind = 'link', e.type = type(r), e.from = a.id, e.to = b.id, e.fresh = true
WITH c, e, r WHERE e.fresh
REMOVE e.fresh
CREATE (c)-[:ENTRY]->(e)
WITH e, r
CALL (e, r) {
  WITH e, r WHERE $before
  CREATE (e)-[:BEFORE]->(s:ChangeState)
  SET s = properties(r)
}
RETURN count(e) AS entries
