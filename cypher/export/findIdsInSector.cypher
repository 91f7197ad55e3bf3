// The ids of a sector and of every node active in it (actors and craft villages, ACTIVE_IN).
// Params: $id (the sector's id). Columns: id (sorted; no rows when the sector does not exist).
MATCH (s:Sector {id: $id})
WITH s, COLLECT { MATCH (n:Entity)-[:ACTIVE_IN]->(s) RETURN n.id } AS members
UNWIND [s.id] + members AS id
RETURN DISTINCT id
ORDER BY id
