// Deletes the relationship of a type between two entities.
// Params: $type (whitelisted relationship type), $from, $to. Columns: deleted (count).
MATCH (:Entity {id: $from})-[r]->(:Entity {id: $to})
WHERE type(r) = $type
DELETE r
RETURN count(r) AS deleted
