// Floor: a page of enterprises active in a sector, by name (case-insensitive, then id, as
// helixgraph orders), each with its village, sectors, investments and sources.
// Params: $sector, $limit. Columns: id, name, village, sectors, investments, sources.
MATCH (n:Enterprise)-[:ACTIVE_IN]->(:Sector {id: $sector})
WITH n ORDER BY toLower(n.name), n.id LIMIT toInteger($limit)
RETURN n.id AS id, n.name AS name,
       head([(n)-[:LOCATED_IN]->(v:CraftVillage) | v {.id, .name}]) AS village,
       [(n)-[:ACTIVE_IN]->(s:Sector) | s {.id, .name}] AS sectors,
       [(n)-[:RECEIVED]->(i:Investment) | i {.id, .amount, .currency}] AS investments,
       COLLECT { UNWIND n.sourceIds AS sid MATCH (s:Source {id: sid}) RETURN s {.id, .title} } AS sources
