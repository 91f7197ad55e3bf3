// Lists the migrations already applied to this database.
// Params: none. Columns: id (string), checksum (string).
MATCH (m:Migration)
RETURN m.id AS id, m.checksum AS checksum
ORDER BY m.id
