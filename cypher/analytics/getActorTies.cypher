// Direct relationships between two actors on the evidence asked (the direct ties of the actor
// network, and the pairs a suggestion must never propose again).
// Params: $types (whitelisted relationship types), $evidence (list of evidence levels; a record
//   without `evidence` is STATED). Columns: from, to, type, evidence (the relationship's).
MATCH (a:Actor)-[r]->(b:Actor)
WHERE type(r) IN $types
  AND coalesce(r.evidence, 'STATED') IN $evidence
  AND coalesce(a.evidence, 'STATED') IN $evidence AND coalesce(b.evidence, 'STATED') IN $evidence
RETURN a.id AS from, b.id AS to, type(r) AS type, coalesce(r.evidence, 'STATED') AS evidence
