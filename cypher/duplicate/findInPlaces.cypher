// Candidates for the SIMILAR_NAME rule of duplicate detection (src/domain/duplicates.ts): for each
// item, the entities of its label located in its place (a province or village, found by id through
// the entity_id constraint's index), directly or through a village, by relationships that are not
// SYNTHETIC; at most $limit per item. Each with all the places it is located in.
// Params: $items: list of {place, label}, $limit. Columns: place, id, label, names, places.
UNWIND $items AS item
MATCH (p:Entity {id: item.place})
CALL (p, item) {
  MATCH (node:Entity)-[rs:LOCATED_IN*1..2]->(p)
  WHERE node.label = item.label AND all(r IN rs WHERE coalesce(r.evidence, 'STATED') <> 'SYNTHETIC')
  RETURN DISTINCT node LIMIT toInteger($limit)
}
RETURN item.place AS place, node.id AS id, node.label AS label, [x IN [node.name, node.nameEn, node.shortName] WHERE x IS NOT NULL] AS names,
       COLLECT {
         MATCH (node)-[rs:LOCATED_IN*1..2]->(q:Entity)
         WHERE all(r IN rs WHERE coalesce(r.evidence, 'STATED') <> 'SYNTHETIC')
         RETURN DISTINCT q.id
       } AS places
