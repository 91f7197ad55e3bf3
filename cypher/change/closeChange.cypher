// Closes the record of a write, after the after snapshots: entries whose target the write left as
// it was are dropped, and a change left with no entry is dropped too (a write that changed nothing
// is not a change).
// Params: $changeId. Columns: entries (how many remain).
MATCH (c:Change {id: $changeId})
CALL (c) {
  MATCH (c)-[:ENTRY]->(e:ChangeEntry)
  OPTIONAL MATCH (e)-[:BEFORE]->(b:ChangeState)
  OPTIONAL MATCH (e)-[:AFTER]->(a:ChangeState)
  WITH e, b, a
  WHERE (b IS NULL AND a IS NULL)
     OR (b IS NOT NULL AND a IS NOT NULL AND properties(a) = properties(b) AND coalesce(e.beforeLabels, []) = coalesce(e.afterLabels, []))
  DETACH DELETE e, b, a
}
WITH c, COUNT { (c)-[:ENTRY]->(:ChangeEntry) } AS entries
CALL (c, entries) {
  WITH c WHERE entries = 0
  DETACH DELETE c
}
RETURN entries
