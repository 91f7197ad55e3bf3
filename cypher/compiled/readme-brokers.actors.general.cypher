// Compiled from readme-brokers (test/unit/compiledCypher.test.ts), on the default evidence ($ev).
OPTIONAL CALL () {
  MATCH (n:Actor)
  WITH n WHERE n.label IN $labels
    AND coalesce(n.evidence, 'STATED') IN $evidence
  WITH n, n.m_betweenness AS key
  ORDER BY key IS NULL, key DESC, n.id ASC
  LIMIT toInteger($limit)
  RETURN n AS n0, key
}
RETURN n0 {.*, contentHash: null, searchName: null, searchText: null, sortName: null} AS item, key
