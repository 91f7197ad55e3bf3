// Compiled from bench-page (test/unit/compiledCypher.test.ts), on every evidence level.
OPTIONAL CALL () {
  MATCH (s:Sector) WHERE s.id IN $sectorIds
  MATCH (n:Actor)-[r:ACTIVE_IN]->(s)
  WITH DISTINCT n
  WITH n WHERE n.label IN $labels
    AND n.kind IN $kinds
  WITH n, n.sortName AS key
  ORDER BY key IS NULL, key ASC, n.id ASC
  LIMIT toInteger($limit)
  RETURN n AS n0, key
}
RETURN n0 {.id, .label, .name,
  `village@Enterprise`: CASE WHEN n0:Enterprise THEN head(COLLECT {
    MATCH (n0)-[r1:LOCATED_IN]->(m1:CraftVillage)
    WITH r1, m1 ORDER BY [type(r1), coalesce(toLower(m1.name), ''), m1.id, elementId(r1)] LIMIT 1
    RETURN m1 {.id, .label, .name} }) END,
  `sectors@Actor`: {items: COLLECT {
    MATCH (n0)-[r1:ACTIVE_IN]->(m1:Entity) WHERE ($p0_after IS NULL OR [type(r1), coalesce(toLower(m1.name), ''), m1.id, elementId(r1)] > $p0_after)
    WITH r1, m1 ORDER BY [type(r1), coalesce(toLower(m1.name), ''), m1.id, elementId(r1)] LIMIT toInteger($p0_limit)
    RETURN m1 {.id, .label, .name} }},
  `investments@Enterprise`: CASE WHEN n0:Enterprise THEN {items: COLLECT {
    MATCH (n0)-[r1:RECEIVED]->(m1:Entity) WHERE ($p1_after IS NULL OR [type(r1), coalesce(toLower(m1.name), ''), m1.id, elementId(r1)] > $p1_after)
    WITH r1, m1 ORDER BY [type(r1), coalesce(toLower(m1.name), ''), m1.id, elementId(r1)] LIMIT toInteger($p1_limit)
    RETURN m1 {.id, .label, .amount, .currency} }} END,
  `sources@Entity`: COLLECT { UNWIND coalesce(n0.sourceIds, []) AS sid MATCH (s1:Source {id: sid}) RETURN s1 {.id, .label, .title} }} AS item, key
