// After a write: each node or source entry of the change gets a :ChangeState copy of its target as
// it is now (none when the write removed it).
// Params: $changeId. Columns: entries (how many got one).
MATCH (c:Change {id: $changeId})-[:ENTRY]->(e:ChangeEntry)
WHERE e.kind <> 'link'
MATCH (n:Entity {id: e.target})
CREATE (e)-[:AFTER]->(s:ChangeState)
SET s = properties(n), e.afterLabels = labels(n)
RETURN count(e) AS entries
