// Records that a migration ran, so it is never run again.
// Params: $id (file name), $checksum (sha256 of its text), $appliedAt (ISO timestamp).
// Columns: id.
MERGE (m:Migration {id: $id})
ON CREATE SET m.checksum = $checksum, m.appliedAt = $appliedAt
RETURN m.id AS id
