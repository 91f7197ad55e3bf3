// Candidates for the SAME_NAME rule of duplicate detection (src/domain/duplicates.ts): for each
// item, the entities of its label whose stored search names (searchName, folded) hold every word of
// the item's name key, through the full-text index entity_search, at most $limit per item (best
// scores first); the caller compares the names exactly. Each with the places it is located in (not
// by a SYNTHETIC relationship), directly or through its village.
// Params: $items: list of {key, label, query (a Lucene query on searchName built from folded words:
//   letters and digits only)}, $limit. Columns: key, id, label, names (name, nameEn, shortName), places.
UNWIND $items AS item
CALL (item) {
  CALL db.index.fulltext.queryNodes('entity_search', item.query, {limit: toInteger($limit)}) YIELD node
  WHERE node.label = item.label
  RETURN node
}
RETURN item.key AS key, node.id AS id, node.label AS label, [x IN [node.name, node.nameEn, node.shortName] WHERE x IS NOT NULL] AS names,
       COLLECT {
         MATCH (node)-[rs:LOCATED_IN*1..2]->(p:Entity)
         WHERE all(r IN rs WHERE coalesce(r.evidence, 'STATED') <> 'SYNTHETIC')
         RETURN DISTINCT p.id
       } AS places
