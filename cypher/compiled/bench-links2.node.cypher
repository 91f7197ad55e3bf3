// Compiled from bench-links2 (test/unit/compiledCypher.test.ts), on every evidence level.
MATCH (n0:Entity {id: $id})
RETURN n0 {.id, .label,
  `links@Entity`: {items: COLLECT {
    MATCH (n0)-[r1]-(m1:Entity) WHERE ($p0_types IS NULL OR type(r1) IN $p0_types) AND ($p0_direction = 'BOTH' OR ($p0_direction = 'OUT') = (startNode(r1) = n0)) AND ($p0_after IS NULL OR [type(r1), coalesce(toLower(m1.name), ''), m1.id, elementId(r1)] > $p0_after)
    WITH r1, m1 ORDER BY [type(r1), coalesce(toLower(m1.name), ''), m1.id, elementId(r1)] LIMIT toInteger($p0_limit)
    RETURN {type: type(r1),
      direction: CASE WHEN startNode(r1) = n0 THEN 'OUT' ELSE 'IN' END,
      node: m1 {.id, .label, .name,
      `links@Entity`: {items: COLLECT {
        MATCH (m1)-[r3]-(m3:Entity) WHERE ($p1_types IS NULL OR type(r3) IN $p1_types) AND ($p1_direction = 'BOTH' OR ($p1_direction = 'OUT') = (startNode(r3) = m1)) AND ($p1_after IS NULL OR [type(r3), coalesce(toLower(m3.name), ''), m3.id, elementId(r3)] > $p1_after)
        WITH r3, m3 ORDER BY [type(r3), coalesce(toLower(m3.name), ''), m3.id, elementId(r3)] LIMIT toInteger($p1_limit)
        RETURN {type: type(r3),
          direction: CASE WHEN startNode(r3) = m1 THEN 'OUT' ELSE 'IN' END,
          node: m3 {.id, .label, .name}} }}}} }}} AS item
