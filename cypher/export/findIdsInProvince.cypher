// The ids of a province and of every node located in it, directly or through a craft village
// located in it (LOCATED_IN, one or two steps: an actor or an event in a village in the province).
// Params: $id (the province's id). Columns: id (sorted; no rows when the province does not exist).
MATCH (p:Province {id: $id})
WITH p,
     COLLECT { MATCH (n:Entity)-[:LOCATED_IN]->(p) RETURN n.id } +
     COLLECT { MATCH (n:Entity)-[:LOCATED_IN]->(:CraftVillage)-[:LOCATED_IN]->(p) RETURN n.id } AS members
UNWIND [p.id] + members AS id
RETURN DISTINCT id
ORDER BY id
