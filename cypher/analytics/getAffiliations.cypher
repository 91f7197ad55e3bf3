// Actors' relationships to the contexts the actor network is folded through (events, projects,
// investments, craft villages) on the evidence asked, with the projects each event or investment
// belongs to.
// Params: $labels (context labels), $types (whitelisted relationship types), $evidence (list of
//   evidence levels; a record without `evidence` is STATED).
// Columns: contextId, label, actorId, type, projectIds (projects that ORGANIZED the event or that
//   the investment is a RESULT_OF; [] for other contexts), evidence (the relationship's),
//   contextEvidence (the context's).
MATCH (c:Entity)
WHERE c.label IN $labels AND coalesce(c.evidence, 'STATED') IN $evidence
WITH c, CASE c.label
          WHEN 'Event' THEN COLLECT { MATCH (p:Project)-[:ORGANIZED]->(c) RETURN p.id }
          WHEN 'Investment' THEN COLLECT { MATCH (c)-[:RESULT_OF]->(p:Project) RETURN p.id }
          ELSE [] END AS projectIds
MATCH (a:Actor)-[r]-(c)
WHERE type(r) IN $types
  AND coalesce(r.evidence, 'STATED') IN $evidence AND coalesce(a.evidence, 'STATED') IN $evidence
RETURN c.id AS contextId, c.label AS label, a.id AS actorId, type(r) AS type, projectIds,
       coalesce(r.evidence, 'STATED') AS evidence, coalesce(c.evidence, 'STATED') AS contextEvidence
