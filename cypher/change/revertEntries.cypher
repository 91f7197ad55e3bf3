// Puts targets of a change back as they were before it (a restore): a node or source that existed
// gets exactly its properties and labels back, a relationship that existed is recreated with its
// properties between its ends (which must exist: restore checks first), one the change created is
// removed, and a node the change created is removed with its relationships.
// Params: $changeId, $targets (the entry targets to put back). Columns: reverted (count of entries).
MATCH (c:Change {id: $changeId})
CALL (c) {
  MATCH (c)-[:ENTRY]->(e:ChangeEntry)-[:BEFORE]->(s:ChangeState)
  WHERE e.kind <> 'link' AND e.target IN $targets
  MERGE (n:Entity {id: e.target})
  SET n = properties(s)
  SET n:$(e.beforeLabels)
}
CALL (c) {
  MATCH (c)-[:ENTRY]->(e:ChangeEntry {kind: 'link'})
  WHERE e.target IN $targets
  OPTIONAL MATCH (e)-[:BEFORE]->(s:ChangeState)
  MATCH (a:Entity {id: e.from})
  MATCH (b:Entity {id: e.to})
  OPTIONAL MATCH (a)-[old]->(b) WHERE type(old) = e.type
  CALL (e, s, a, b) {
    WITH e, s, a, b WHERE s IS NOT NULL
    MERGE (a)-[r:$(e.type)]->(b)
    SET r = properties(s)
  }
  CALL (s, old) {
    WITH s, old WHERE s IS NULL AND old IS NOT NULL
    DELETE old
  }
}
CALL (c) {
  MATCH (c)-[:ENTRY]->(e:ChangeEntry)
  WHERE e.kind <> 'link' AND e.target IN $targets AND NOT EXISTS { (e)-[:BEFORE]->(:ChangeState) }
  MATCH (n:Entity {id: e.target})
  DETACH DELETE n
}
RETURN size($targets) AS reverted
