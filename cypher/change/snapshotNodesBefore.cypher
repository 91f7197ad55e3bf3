// Before a write: an entry for each node or source it may touch, with a :ChangeState copy of its
// properties and labels as they are (none when it does not exist yet). A target given with a
// content hash equal to the stored one will not change and gets no entry.
// Params: $changeId, $nodes: list of {id, kind ('node', 'source' or null), hash (or null)}, no id
//   twice. Columns: entries.
MATCH (c:Change {id: $changeId})
UNWIND $nodes AS t
OPTIONAL MATCH (n:Entity {id: t.id})
WITH c, t, n WHERE n IS NULL OR t.hash IS NULL OR n.contentHash IS NULL OR n.contentHash <> t.hash
CREATE (c)-[:ENTRY]->(e:ChangeEntry {changeId: c.id, target: t.id, seq: c.seq, kind: coalesce(t.kind, CASE WHEN n:Source THEN 'source' ELSE 'node' END)})
WITH e, n
CALL (e, n) {
  WITH e, n WHERE n IS NOT NULL
  CREATE (e)-[:BEFORE]->(s:ChangeState)
  SET s = properties(n), e.beforeLabels = labels(n)
}
RETURN count(e) AS entries
