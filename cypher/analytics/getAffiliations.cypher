// Actors' relationships to the contexts the actor network is folded through (events, projects,
// investments, craft villages), with the projects each event or investment belongs to.
// Params: $labels (context labels), $types (whitelisted relationship types).
// Columns: contextId, label, actorId, type, projectIds (projects that ORGANIZED the event or that
//   the investment is a RESULT_OF; [] for other contexts).
MATCH (c:Entity)
WHERE c.label IN $labels
WITH c, CASE c.label
          WHEN 'Event' THEN COLLECT { MATCH (p:Project)-[:ORGANIZED]->(c) RETURN p.id }
          WHEN 'Investment' THEN COLLECT { MATCH (c)-[:RESULT_OF]->(p:Project) RETURN p.id }
          ELSE [] END AS projectIds
MATCH (a:Actor)-[r]-(c)
WHERE type(r) IN $types
RETURN c.id AS contextId, c.label AS label, a.id AS actorId, type(r) AS type, projectIds
