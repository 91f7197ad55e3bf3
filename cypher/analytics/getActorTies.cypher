// Direct relationships between two actors (the direct ties of the actor network, and the pairs a
// suggestion must never propose again).
// Params: $types (whitelisted relationship types). Columns: from, to, type.
MATCH (a:Actor)-[r]->(b:Actor)
WHERE type(r) IN $types
RETURN a.id AS from, b.id AS to, type(r) AS type
