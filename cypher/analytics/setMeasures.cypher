// Writes network measures onto actors, with when they were computed: one batch of a recompute.
// Params: $rows: list of {id, props: map of m_* measures (a null value removes the property)},
//   $computedAt (ISO 8601 string). Columns: written (actors updated).
UNWIND $rows AS row
MATCH (a:Actor {id: row.id})
SET a += row.props, a.m_computedAt = $computedAt
RETURN count(a) AS written
