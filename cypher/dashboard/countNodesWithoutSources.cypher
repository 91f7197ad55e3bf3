// Data quality: how many entities and relationships lack provenance, and how many rest on each
// evidence level, for records, relationships and single properties.
// Params: $levels (every level, strongest first). Columns: nodes, nodesWithoutSources, links,
//   linksWithoutSources, placeholders, estimates (nodes flagged, as before levels existed),
//   nodeEvidence, linkEvidence, propertyEvidence (lists of {evidence, count}; a record without
//   `evidence` is STATED; propertyEvidence counts the properties whose level differs from their
//   record's).
CALL () {
  MATCH (n:Entity) WHERE NOT n:Source
  RETURN count(n) AS nodes,
         count(CASE WHEN size(coalesce(n.sourceIds, [])) = 0 THEN 1 END) AS nodesWithoutSources,
         count(CASE WHEN n.placeholder THEN 1 END) AS placeholders,
         count(CASE WHEN n.estimate THEN 1 END) AS estimates
}
CALL () {
  MATCH (n:Entity) WHERE NOT n:Source
  WITH coalesce(n.evidence, 'STATED') AS level, count(n) AS c
  RETURN collect({evidence: level, count: c}) AS nodeEvidence
}
CALL () {
  MATCH (n:Entity) WHERE n.propertyEvidence IS NOT NULL AND NOT n:Source
  UNWIND [p IN split(n.propertyEvidence, ',') WHERE p CONTAINS '=' | split(p, '=')[1]] AS level
  WITH level, count(*) AS c
  RETURN collect({evidence: level, count: c}) AS propertyEvidence
}
CALL () {
  MATCH (:Entity)-[r]->(:Entity)
  RETURN count(r) AS links,
         count(CASE WHEN size(coalesce(r.sourceIds, [])) = 0 THEN 1 END) AS linksWithoutSources
}
CALL () {
  MATCH (:Entity)-[r]->(:Entity)
  WITH coalesce(r.evidence, 'STATED') AS level, count(r) AS c
  RETURN collect({evidence: level, count: c}) AS linkEvidence
}
RETURN nodes, nodesWithoutSources, links, linksWithoutSources, placeholders, estimates,
       [l IN $levels | {evidence: l, count: coalesce(head([x IN nodeEvidence WHERE x.evidence = l | x.count]), 0)}] AS nodeEvidence,
       [l IN $levels | {evidence: l, count: coalesce(head([x IN linkEvidence WHERE x.evidence = l | x.count]), 0)}] AS linkEvidence,
       [l IN $levels | {evidence: l, count: coalesce(head([x IN propertyEvidence WHERE x.evidence = l | x.count]), 0)}] AS propertyEvidence
