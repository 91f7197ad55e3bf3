// Floor: a page of enterprises active in a sector, by name (the stored lower-cased sortName, then
// id, as helixgraph orders), each with its village, sectors, investments and sources. Read in the
// order of the sortName index and stopped at the 100th match: the fastest plan a hand-written
// query has on this schema (seeding from the sector and sorting all its members is 20x slower on
// a million actors).
// Params: $sector, $limit. Columns: id, name, village, sectors, investments, sources.
MATCH (n:Enterprise)
USING INDEX n:Entity(sortName)
WHERE n.sortName IS NOT NULL AND n:Entity AND EXISTS { (n)-[:ACTIVE_IN]->(:Sector {id: $sector}) }
WITH n ORDER BY n.sortName, n.id LIMIT toInteger($limit)
RETURN n.id AS id, n.name AS name,
       head([(n)-[:LOCATED_IN]->(v:CraftVillage) | v {.id, .name}]) AS village,
       [(n)-[:ACTIVE_IN]->(s:Sector) | s {.id, .name}] AS sectors,
       [(n)-[:RECEIVED]->(i:Investment) | i {.id, .amount, .currency}] AS investments,
       COLLECT { UNWIND n.sourceIds AS sid MATCH (s:Source {id: sid}) RETURN s {.id, .title} } AS sources
