// The number of relationships of many nodes at once (the `degree` field and the LINKS sort order).
// Params: $ids (list of strings). Columns: id, degree.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN id, COUNT { (n)--(:Entity) } AS degree
