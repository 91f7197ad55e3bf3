// Before a write: an entry for each relationship it may touch (by type, from, to), with a
// :ChangeState copy of its properties as they are (none when it does not exist yet). A target
// given with a content hash equal to the stored one gets no entry.
// Params: $changeId, $links: list of {type, from, to, hash (or null)}, none twice. Columns: entries.
MATCH (c:Change {id: $changeId})
UNWIND $links AS t
OPTIONAL MATCH (:Entity {id: t.from})-[r]->(:Entity {id: t.to}) WHERE type(r) = t.type
WITH c, t, r WHERE r IS NULL OR t.hash IS NULL OR r.contentHash IS NULL OR r.contentHash <> t.hash
CREATE (c)-[:ENTRY]->(e:ChangeEntry {changeId: c.id, target: t.type + '|' + t.from + '|' + t.to, seq: c.seq, kind: 'link', type: t.type, from: t.from, to: t.to})
WITH e, r
CALL (e, r) {
  WITH e, r WHERE r IS NOT NULL
  CREATE (e)-[:BEFORE]->(s:ChangeState)
  SET s = properties(r)
}
RETURN count(e) AS entries
