// The entries of one change: what it touched and whether each existed before and after it.
// Params: $changeId. Columns: changeId, operation, target, kind, type, from, to, existed, exists.
MATCH (c:Change {id: $changeId})-[:ENTRY]->(e:ChangeEntry)
RETURN c.id AS changeId, c.operation AS operation, e.target AS target, e.kind AS kind, e.type AS type, e.from AS from, e.to AS to,
       EXISTS { (e)-[:BEFORE]->(:ChangeState) } AS existed, EXISTS { (e)-[:AFTER]->(:ChangeState) } AS exists
ORDER BY e.kind, e.target
