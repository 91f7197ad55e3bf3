// Compiled from readme-researcher-ntbic (test/unit/compiledCypher.test.ts), on the default evidence ($ev).
MATCH (n0:Entity {id: $id})
RETURN n0 {.*, contentHash: null, searchName: null, searchText: null, sortName: null,
  `links@Entity`: {items: COLLECT {
    MATCH (n0)-[r1]-(m1:Entity) WHERE ($p0_types IS NULL OR type(r1) IN $p0_types) AND ($p0_direction = 'BOTH' OR ($p0_direction = 'OUT') = (startNode(r1) = n0)) AND coalesce(r1.evidence, 'STATED') IN $ev AND coalesce(m1.evidence, 'STATED') IN $ev AND ($p0_after IS NULL OR [type(r1), coalesce(toLower(m1.name), ''), m1.id, elementId(r1)] > $p0_after)
    WITH r1, m1 ORDER BY [type(r1), coalesce(toLower(m1.name), ''), m1.id, elementId(r1)] LIMIT toInteger($p0_limit)
    RETURN {type: type(r1),
      direction: CASE WHEN startNode(r1) = n0 THEN 'OUT' ELSE 'IN' END,
      evidenceNote: r1.evidenceNote,
      evidence: CASE WHEN r1.evidence IN ['STATED', 'INFERRED', 'PLACEHOLDER', 'ESTIMATED', 'SYNTHETIC'] THEN r1.evidence WHEN r1.placeholder = true THEN 'PLACEHOLDER' WHEN r1.estimate = true THEN 'ESTIMATED' ELSE 'STATED' END,
      `sources@Link`: COLLECT { UNWIND coalesce(r1.sourceIds, []) AS sid MATCH (s2:Source {id: sid}) RETURN s2 {.id, .label, .title} },
      node: m1 {.id, .label, .name}} }, total: COUNT { MATCH (n0)-[r1]-(m1:Entity) WHERE ($p0_types IS NULL OR type(r1) IN $p0_types) AND ($p0_direction = 'BOTH' OR ($p0_direction = 'OUT') = (startNode(r1) = n0)) AND coalesce(r1.evidence, 'STATED') IN $ev AND coalesce(m1.evidence, 'STATED') IN $ev }}} AS item
