// The places (provinces and villages) stored entities are located in, directly or through their
// village, by relationships that are not SYNTHETIC: for duplicate detection, the places of a record
// being written that already exists, and the province of a village an imported record names.
// Params: $ids (list of strings). Columns: id, places (list of ids). One row per id that exists.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN id, COLLECT {
  MATCH (n)-[rs:LOCATED_IN*1..2]->(p:Entity)
  WHERE all(r IN rs WHERE coalesce(r.evidence, 'STATED') <> 'SYNTHETIC')
  RETURN DISTINCT p.id
} AS places
