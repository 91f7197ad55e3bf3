// The history of one entity, source or relationship: a page of the changes that touched it
// (an entity's also those that touched its relationships, when $withLinks), newest first, each
// with the entries about it (at most $entryLimit) and how many entries the change has in all.
// Params: $target (an id, or TYPE|from|to for a relationship), $withLinks, $offset, $limit,
//   $entryLimit. Columns: change (map), entryCount, entries (as in change/findChanges).
CALL () {
  MATCH (e:ChangeEntry {target: $target}) RETURN e.changeId AS changeId
  UNION
  MATCH (e:ChangeEntry {from: $target}) WHERE $withLinks RETURN e.changeId AS changeId
  UNION
  MATCH (e:ChangeEntry {to: $target}) WHERE $withLinks RETURN e.changeId AS changeId
}
MATCH (c:Change {id: changeId})
WITH c ORDER BY c.seq DESC SKIP toInteger($offset) LIMIT toInteger($limit)
RETURN c {.*} AS change,
       COUNT { (c)-[:ENTRY]->(:ChangeEntry) } AS entryCount,
       COLLECT {
         MATCH (c)-[:ENTRY]->(e:ChangeEntry)
         WHERE e.target = $target OR ($withLinks AND (e.from = $target OR e.to = $target))
         OPTIONAL MATCH (e)-[:BEFORE]->(b:ChangeState)
         OPTIONAL MATCH (e)-[:AFTER]->(a:ChangeState)
         WITH e, b, a ORDER BY e.kind DESC, e.target LIMIT toInteger($entryLimit)
         RETURN e {.kind, .target, .type, .from, .to, .beforeLabels, .afterLabels, before: properties(b), after: properties(a)}
       } AS entries
