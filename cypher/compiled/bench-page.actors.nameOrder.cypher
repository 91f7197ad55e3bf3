// Compiled from bench-page (test/unit/compiledCypher.test.ts), on every evidence level.
CALL () {
  MATCH (n:Entity)
  USING INDEX n:Entity(sortName)
  WHERE n.sortName IS NOT NULL
  WITH n ORDER BY n.sortName ASC, n.id ASC
  LIMIT toInteger($scan)
  WITH n WHERE n.label IN $labels
    AND n.kind IN $kinds
    AND EXISTS { MATCH q = (n)-[:ACTIVE_IN]->(s:Sector) WHERE s.id IN $sectorIds }
  WITH n LIMIT toInteger($limit)
  RETURN collect(n) AS found
}
// Complete: the page is full, or the index holds no more entries than were read.
WITH *, CASE WHEN size(found) = $limit THEN true
             ELSE NOT EXISTS { MATCH (m:Entity) WHERE m.sortName IS NOT NULL WITH m SKIP toInteger($scan) LIMIT 1 RETURN m }
        END AS complete
UNWIND CASE WHEN size(found) = 0 THEN [null] ELSE found END AS n0
WITH *, n0.sortName AS key
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
  `sources@Entity`: COLLECT { UNWIND coalesce(n0.sourceIds, []) AS sid MATCH (s1:Source {id: sid}) RETURN s1 {.id, .label, .title} }} AS item, key, complete
