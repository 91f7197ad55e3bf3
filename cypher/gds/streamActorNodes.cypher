// The actors of a projection on the evidence asked, with the Neo4j node ids GDS streams refer to.
// Params: $evidence. Columns: node (Neo4j internal id, as GDS streams give it), id, sphere.
MATCH (a:Actor)
WHERE coalesce(a.evidence, 'STATED') IN $evidence
RETURN id(a) AS node, a.id AS id, a.sphere AS sphere
