// Compiled from readme-dashboard-villages (test/unit/compiledCypher.test.ts), on the default evidence ($ev).
CALL () {
  MATCH (s:Sector) WHERE s.id IN $sectorIds
  MATCH (n:CraftVillage)-[r:ACTIVE_IN]->(s) WHERE coalesce(r.evidence, 'STATED') IN $evidence
  WITH DISTINCT n
  WITH n WHERE n.label IN $labels
    AND coalesce(n.evidence, 'STATED') IN $evidence
    AND (n.id IN $provinceIds
         OR EXISTS { MATCH q = (n)-[:LOCATED_IN]->(p:Province) WHERE p.id IN $provinceIds AND all(x IN relationships(q) WHERE coalesce(x.evidence, 'STATED') IN $evidence) }
         OR EXISTS { MATCH q = (n)-[:LOCATED_IN]->(:CraftVillage)-[:LOCATED_IN]->(p:Province) WHERE p.id IN $provinceIds AND all(x IN relationships(q) WHERE coalesce(x.evidence, 'STATED') IN $evidence) })
  RETURN count(n) AS total
}
OPTIONAL CALL () {
  MATCH (s:Sector) WHERE s.id IN $sectorIds
  MATCH (n:CraftVillage)-[r:ACTIVE_IN]->(s) WHERE coalesce(r.evidence, 'STATED') IN $evidence
  WITH DISTINCT n
  WITH n WHERE n.label IN $labels
    AND coalesce(n.evidence, 'STATED') IN $evidence
    AND (n.id IN $provinceIds
         OR EXISTS { MATCH q = (n)-[:LOCATED_IN]->(p:Province) WHERE p.id IN $provinceIds AND all(x IN relationships(q) WHERE coalesce(x.evidence, 'STATED') IN $evidence) }
         OR EXISTS { MATCH q = (n)-[:LOCATED_IN]->(:CraftVillage)-[:LOCATED_IN]->(p:Province) WHERE p.id IN $provinceIds AND all(x IN relationships(q) WHERE coalesce(x.evidence, 'STATED') IN $evidence) })
  WITH n, n.sortName AS key
  ORDER BY key IS NULL, key ASC, n.id ASC
  LIMIT toInteger($limit)
  RETURN n AS n0, key
}
RETURN n0 {.id, .label, .name, .craftEn,
  `enterprises@CraftVillage`: {items: COLLECT {
    MATCH (n0)<-[r1:LOCATED_IN]-(m1:Enterprise) WHERE coalesce(r1.evidence, 'STATED') IN $ev AND coalesce(m1.evidence, 'STATED') IN $ev AND ($p0_after IS NULL OR [type(r1), coalesce(toLower(m1.name), ''), m1.id, elementId(r1)] > $p0_after)
    WITH r1, m1 ORDER BY [type(r1), coalesce(toLower(m1.name), ''), m1.id, elementId(r1)] LIMIT toInteger($p0_limit)
    RETURN m1 {.id, .label} }, total: COUNT { MATCH (n0)<-[r1:LOCATED_IN]-(m1:Enterprise) WHERE coalesce(r1.evidence, 'STATED') IN $ev AND coalesce(m1.evidence, 'STATED') IN $ev }},
  `supporters@CraftVillage`: {items: COLLECT {
    MATCH (n0)<-[r1:SUPPORTS]-(m1:Entity) WHERE coalesce(r1.evidence, 'STATED') IN $ev AND coalesce(m1.evidence, 'STATED') IN $ev AND ($p1_after IS NULL OR [type(r1), coalesce(toLower(m1.name), ''), m1.id, elementId(r1)] > $p1_after)
    WITH r1, m1 ORDER BY [type(r1), coalesce(toLower(m1.name), ''), m1.id, elementId(r1)] LIMIT toInteger($p1_limit)
    RETURN m1 {.id, .label} }, total: COUNT { MATCH (n0)<-[r1:SUPPORTS]-(m1:Entity) WHERE coalesce(r1.evidence, 'STATED') IN $ev AND coalesce(m1.evidence, 'STATED') IN $ev }}} AS item, key, total
