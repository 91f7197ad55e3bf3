// Deletes an entity and its relationships (never a source, which other records cite).
// Params: $id. Columns: deleted (1 or 0), linksRemoved.
OPTIONAL MATCH (n:Entity {id: $id}) WHERE NOT n:Source
WITH n, CASE WHEN n IS NULL THEN 0 ELSE COUNT { (n)--() } END AS linksRemoved
DETACH DELETE n
RETURN CASE WHEN n IS NULL THEN 0 ELSE 1 END AS deleted, linksRemoved
