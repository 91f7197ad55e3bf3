// Which of the given ids already exist, with their label (the importer refuses to change a label
// and reports created/updated/unchanged).
// Params: $ids (list of strings). Columns: id, label.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n.id AS id, n.label AS label
