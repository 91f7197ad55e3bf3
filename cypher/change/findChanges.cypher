// A page of recorded changes of the whole graph, newest first, with their entries (at most
// $entryLimit each, nodes and sources before relationships) and how many entries each has.
// Params: $since, $until (ISO date-times or null; since inclusive, until exclusive), $operations
//   (list or null), $by (a key's name or null), $offset, $limit, $entryLimit.
// Columns: change (map), entryCount, entries (list of maps: kind, target, type, from, to,
//   beforeLabels, afterLabels, before, after).
MATCH (c:Change)
WHERE c.seq IS NOT NULL
  AND ($since IS NULL OR c.at >= datetime($since))
  AND ($until IS NULL OR c.at < datetime($until))
  AND ($operations IS NULL OR c.operation IN $operations)
  AND ($by IS NULL OR c.by = $by)
WITH c ORDER BY c.seq DESC SKIP toInteger($offset) LIMIT toInteger($limit)
RETURN c {.*} AS change,
       COUNT { (c)-[:ENTRY]->(:ChangeEntry) } AS entryCount,
       COLLECT {
         MATCH (c)-[:ENTRY]->(e:ChangeEntry)
         OPTIONAL MATCH (e)-[:BEFORE]->(b:ChangeState)
         OPTIONAL MATCH (e)-[:AFTER]->(a:ChangeState)
         WITH e, b, a ORDER BY e.kind DESC, e.target LIMIT toInteger($entryLimit)
         RETURN e {.kind, .target, .type, .from, .to, .beforeLabels, .afterLabels, before: properties(b), after: properties(a)}
       } AS entries
