// Every actor of the graph, with where it is and what it does: the nodes of the actor network.
// Params: none. Columns: id, kind (its actor label), sphere, name (short name when it has one),
//   villageIds, provinceIds (directly or through its village), sectorIds. Ordered by id.
MATCH (a:Actor)
RETURN a.id AS id, a.label AS kind, a.sphere AS sphere, coalesce(a.shortName, a.name) AS name,
       COLLECT { MATCH (a)-[:LOCATED_IN]->(v:CraftVillage) RETURN DISTINCT v.id } AS villageIds,
       COLLECT {
         MATCH (a)-[:LOCATED_IN]->(p:Province) RETURN p.id AS id
         UNION
         MATCH (a)-[:LOCATED_IN]->(:CraftVillage)-[:LOCATED_IN]->(p:Province) RETURN p.id AS id
       } AS provinceIds,
       COLLECT { MATCH (a)-[:ACTIVE_IN]->(s:Sector) RETURN DISTINCT s.id } AS sectorIds
ORDER BY id
