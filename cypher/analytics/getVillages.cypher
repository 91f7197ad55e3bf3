// Every craft village with its province, sectors and the actors that support it (gaps analysis).
// Params: none. Columns: id, provinceId (null when unknown), sectorIds, supporterIds. Ordered by id.
MATCH (v:CraftVillage)
RETURN v.id AS id,
       head(COLLECT { MATCH (v)-[:LOCATED_IN]->(p:Province) RETURN p.id ORDER BY p.id }) AS provinceId,
       COLLECT { MATCH (v)-[:ACTIVE_IN]->(s:Sector) RETURN DISTINCT s.id } AS sectorIds,
       COLLECT { MATCH (a:Actor)-[:SUPPORTS]->(v) RETURN DISTINCT a.id } AS supporterIds
ORDER BY id
