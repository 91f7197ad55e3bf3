// Creates nodes whose ids the importer found in neither the database nor an earlier batch, with
// their labels (:Entity, the label, and :Actor for actors). A plain CREATE: no lookup before the
// write, which makes a first import several times faster than MERGE; the unique constraint on
// :Entity(id) still refuses a duplicate (e.g. from a concurrent import), failing the batch.
// Params: $rows: list of {id, labels (list of whitelisted labels), props (map, includes label and
//   contentHash)}. Columns: created (count).
UNWIND $rows AS row
CREATE (n:$(row.labels) {id: row.id})
SET n += row.props
RETURN count(n) AS created
