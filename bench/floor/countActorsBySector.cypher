// Floor: actors per sector. Params: none. Columns: key, label, count.
MATCH (n:Actor)-[:ACTIVE_IN]->(s:Sector)
RETURN s.id AS key, s.name AS label, count(DISTINCT n) AS count
ORDER BY count DESC, key ASC
