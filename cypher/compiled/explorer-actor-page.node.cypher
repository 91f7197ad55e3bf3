// Compiled from explorer-actor-page (test/unit/compiledCypher.test.ts), on the default evidence ($ev).
MATCH (n0:Entity {id: $id})
RETURN n0 {.id, .label, .name, .nameEn, .evidenceNote, .kind, .sphere, evidence: CASE WHEN n0.evidence IN ['STATED', 'INFERRED', 'PLACEHOLDER', 'ESTIMATED', 'SYNTHETIC'] THEN n0.evidence WHEN n0.placeholder = true THEN 'PLACEHOLDER' WHEN n0.estimate = true THEN 'ESTIMATED' ELSE 'STATED' END, placeholder: coalesce(n0.placeholder, false) = true, degree: COUNT { (n0)--(:Entity) },
  `province@Actor`: CASE WHEN n0:Actor THEN head(COLLECT {
    CALL (n0) {
      MATCH (n0)-[r1:LOCATED_IN]->(m1:Province) WHERE coalesce(r1.evidence, 'STATED') IN $ev AND coalesce(m1.evidence, 'STATED') IN $ev
      RETURN r1, m1, 0 AS alternative
      UNION
      MATCH (n0)-[r1_0:LOCATED_IN]->(m1_0:CraftVillage)-[r1:LOCATED_IN]->(m1:Province) WHERE coalesce(r1_0.evidence, 'STATED') IN $ev AND coalesce(r1.evidence, 'STATED') IN $ev AND coalesce(m1_0.evidence, 'STATED') IN $ev AND coalesce(m1.evidence, 'STATED') IN $ev
      RETURN r1, m1, 1 AS alternative
    }
    WITH r1, m1 ORDER BY alternative, [type(r1), coalesce(toLower(m1.name), ''), m1.id, elementId(r1)] LIMIT 1
    RETURN m1 {.id, .label, .name} }) END,
  `sectors@Actor`: CASE WHEN n0:Actor THEN {items: COLLECT {
    MATCH (n0)-[r1:ACTIVE_IN]->(m1:Entity) WHERE coalesce(r1.evidence, 'STATED') IN $ev AND coalesce(m1.evidence, 'STATED') IN $ev AND ($p1_after IS NULL OR [type(r1), coalesce(toLower(m1.name), ''), m1.id, elementId(r1)] > $p1_after)
    WITH r1, m1 ORDER BY [type(r1), coalesce(toLower(m1.name), ''), m1.id, elementId(r1)] LIMIT toInteger($p1_limit)
    RETURN m1 {.id, .label, .name} }} END,
  `village@Enterprise`: CASE WHEN n0:Enterprise THEN head(COLLECT {
    MATCH (n0)-[r1:LOCATED_IN]->(m1:CraftVillage) WHERE coalesce(r1.evidence, 'STATED') IN $ev AND coalesce(m1.evidence, 'STATED') IN $ev
    WITH r1, m1 ORDER BY [type(r1), coalesce(toLower(m1.name), ''), m1.id, elementId(r1)] LIMIT 1
    RETURN m1 {.id, .label, .name} }) END,
  `investments@Enterprise`: CASE WHEN n0:Enterprise THEN {items: COLLECT {
    MATCH (n0)-[r1:RECEIVED]->(m1:Entity) WHERE coalesce(r1.evidence, 'STATED') IN $ev AND coalesce(m1.evidence, 'STATED') IN $ev AND ($p2_after IS NULL OR [type(r1), coalesce(toLower(m1.name), ''), m1.id, elementId(r1)] > $p2_after)
    WITH r1, m1 ORDER BY [type(r1), coalesce(toLower(m1.name), ''), m1.id, elementId(r1)] LIMIT toInteger($p2_limit)
    RETURN m1 {.id, .label, .amount, .currency} }, total: COUNT { MATCH (n0)-[r1:RECEIVED]->(m1:Entity) WHERE coalesce(r1.evidence, 'STATED') IN $ev AND coalesce(m1.evidence, 'STATED') IN $ev }} END,
  `links@Entity`: {items: COLLECT {
    MATCH (n0)-[r1]-(m1:Entity) WHERE ($p0_types IS NULL OR type(r1) IN $p0_types) AND ($p0_direction = 'BOTH' OR ($p0_direction = 'OUT') = (startNode(r1) = n0)) AND coalesce(r1.evidence, 'STATED') IN $ev AND coalesce(m1.evidence, 'STATED') IN $ev AND ($p0_after IS NULL OR [type(r1), coalesce(toLower(m1.name), ''), m1.id, elementId(r1)] > $p0_after)
    WITH r1, m1 ORDER BY [type(r1), coalesce(toLower(m1.name), ''), m1.id, elementId(r1)] LIMIT toInteger($p0_limit)
    RETURN {type: type(r1),
      direction: CASE WHEN startNode(r1) = n0 THEN 'OUT' ELSE 'IN' END,
      evidence: CASE WHEN r1.evidence IN ['STATED', 'INFERRED', 'PLACEHOLDER', 'ESTIMATED', 'SYNTHETIC'] THEN r1.evidence WHEN r1.placeholder = true THEN 'PLACEHOLDER' WHEN r1.estimate = true THEN 'ESTIMATED' ELSE 'STATED' END,
      node: m1 {.id, .label, .name, evidence: CASE WHEN m1.evidence IN ['STATED', 'INFERRED', 'PLACEHOLDER', 'ESTIMATED', 'SYNTHETIC'] THEN m1.evidence WHEN m1.placeholder = true THEN 'PLACEHOLDER' WHEN m1.estimate = true THEN 'ESTIMATED' ELSE 'STATED' END},
      _c: [type(r1), coalesce(toLower(m1.name), ''), m1.id, elementId(r1)]} }, total: COUNT { MATCH (n0)-[r1]-(m1:Entity) WHERE ($p0_types IS NULL OR type(r1) IN $p0_types) AND ($p0_direction = 'BOTH' OR ($p0_direction = 'OUT') = (startNode(r1) = n0)) AND coalesce(r1.evidence, 'STATED') IN $ev AND coalesce(m1.evidence, 'STATED') IN $ev }},
  `sources@Entity`: COLLECT { UNWIND coalesce(n0.sourceIds, []) AS sid MATCH (s1:Source {id: sid}) RETURN s1 {.id, .label, .title, .url} }} AS item
