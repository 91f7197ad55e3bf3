// Upserts provenance records by id; a record whose content hash is unchanged is left alone.
// Params: $rows: list of {id, props (map, includes contentHash), removeKeys (list)}.
// Columns: created, updated, unchanged (counts).
UNWIND $rows AS row
OPTIONAL MATCH (old:Source {id: row.id})
WITH row, old, CASE WHEN old IS NULL THEN 'created'
                    WHEN old.contentHash = row.props.contentHash THEN 'unchanged'
                    ELSE 'updated' END AS outcome
CALL (row, outcome) {
  WITH row WHERE outcome <> 'unchanged'
  MERGE (s:Entity:Source {id: row.id})
  SET s += row.props
  FOREACH (k IN row.removeKeys | SET s[k] = null)
}
RETURN count(CASE WHEN outcome = 'created' THEN 1 END) AS created,
       count(CASE WHEN outcome = 'updated' THEN 1 END) AS updated,
       count(CASE WHEN outcome = 'unchanged' THEN 1 END) AS unchanged
