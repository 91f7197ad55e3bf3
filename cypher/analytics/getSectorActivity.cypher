// Per sector, the events its actors took part in or organized and the investments its enterprises
// received (for "sectors with events but no investment").
// Params: none. Columns: sectorId, events, investments. Ordered by sectorId.
MATCH (s:Sector)
RETURN s.id AS sectorId,
       size(COLLECT { MATCH (s)<-[:ACTIVE_IN]-(:Actor)-[:PARTICIPATED_IN|ORGANIZED]->(e:Event) RETURN DISTINCT e.id }) AS events,
       size(COLLECT { MATCH (s)<-[:ACTIVE_IN]-(:Enterprise)-[:RECEIVED]->(i:Investment) RETURN DISTINCT i.id }) AS investments
ORDER BY sectorId
