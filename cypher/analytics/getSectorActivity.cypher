// Per sector, the events its actors took part in or organized and the investments its enterprises
// received (for "sectors with events but no investment"), on the evidence asked.
// Params: $evidence (list of evidence levels; a record without `evidence` is STATED).
// Columns: sectorId, events, investments. Ordered by sectorId.
MATCH (s:Sector)
RETURN s.id AS sectorId,
       size(COLLECT {
         MATCH (s)<-[q:ACTIVE_IN]-(a:Actor)-[r:PARTICIPATED_IN|ORGANIZED]->(e:Event)
         WHERE coalesce(q.evidence, 'STATED') IN $evidence AND coalesce(r.evidence, 'STATED') IN $evidence
           AND coalesce(a.evidence, 'STATED') IN $evidence AND coalesce(e.evidence, 'STATED') IN $evidence
         RETURN DISTINCT e.id
       }) AS events,
       size(COLLECT {
         MATCH (s)<-[q:ACTIVE_IN]-(a:Enterprise)-[r:RECEIVED]->(i:Investment)
         WHERE coalesce(q.evidence, 'STATED') IN $evidence AND coalesce(r.evidence, 'STATED') IN $evidence
           AND coalesce(a.evidence, 'STATED') IN $evidence AND coalesce(i.evidence, 'STATED') IN $evidence
         RETURN DISTINCT i.id
       }) AS investments
ORDER BY sectorId
