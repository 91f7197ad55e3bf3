// Upserts nodes by id with their labels (:Entity, the label, and :Actor for actors); a node whose
// content hash is unchanged is left alone, so a second import writes nothing. Computed properties
// (network measures) are kept; imported properties absent from the record are removed.
// Params: $rows: list of {id, labels (list of whitelisted labels), props (map, includes label and
//   contentHash), removeKeys (list)}. Columns: created, updated, unchanged (counts).
UNWIND $rows AS row
OPTIONAL MATCH (old:Entity {id: row.id})
WITH row, old, CASE WHEN old IS NULL THEN 'created'
                    WHEN old.contentHash = row.props.contentHash THEN 'unchanged'
                    ELSE 'updated' END AS outcome
CALL (row, outcome) {
  WITH row WHERE outcome <> 'unchanged'
  MERGE (n:Entity {id: row.id})
  SET n += row.props
  SET n:$(row.labels)
  FOREACH (k IN row.removeKeys | SET n[k] = null)
}
RETURN count(CASE WHEN outcome = 'created' THEN 1 END) AS created,
       count(CASE WHEN outcome = 'updated' THEN 1 END) AS updated,
       count(CASE WHEN outcome = 'unchanged' THEN 1 END) AS unchanged
