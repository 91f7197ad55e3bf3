// After a write: each relationship entry of the change gets a :ChangeState copy of its target as it
// is now (none when the write removed it).
// Params: $changeId. Columns: entries (how many got one).
MATCH (c:Change {id: $changeId})-[:ENTRY]->(e:ChangeEntry {kind: 'link'})
MATCH (:Entity {id: e.from})-[r]->(:Entity {id: e.to})
WHERE type(r) = e.type
CREATE (e)-[:AFTER]->(s:ChangeState)
SET s = properties(r)
RETURN count(e) AS entries
