// Upserts relationships identified by (type, from, to); an unchanged one (same content hash) is
// left alone. Both ends must exist (the importer checks before writing). The start node is
// write-locked (SET then REMOVE of a scratch property, which leaves nothing behind) before the
// relationship is looked for: concurrent writes of the same (type, from, to) run one after the
// other and each sees what the one before committed, so exactly one answers created.
// Params: $rows: list of {type (whitelisted), from, to, props (map, includes contentHash),
//   removeKeys (list)}. Columns: created, updated, unchanged, missingEnds (counts).
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
SET a._writeLock = true
REMOVE a._writeLock
WITH row, a, b
OPTIONAL MATCH (a)-[old]->(b) WHERE type(old) = row.type
WITH row, a, b, old, CASE WHEN old IS NULL THEN 'created'
                          WHEN old.contentHash = row.props.contentHash THEN 'unchanged'
                          ELSE 'updated' END AS outcome
CALL (row, a, b, outcome) {
  WITH row, a, b WHERE outcome <> 'unchanged'
  MERGE (a)-[r:$(row.type)]->(b)
  SET r += row.props
  FOREACH (k IN row.removeKeys | SET r[k] = null)
}
RETURN count(CASE WHEN outcome = 'created' THEN 1 END) AS created,
       count(CASE WHEN outcome = 'updated' THEN 1 END) AS updated,
       count(CASE WHEN outcome = 'unchanged' THEN 1 END) AS unchanged
