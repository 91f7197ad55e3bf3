// Every actor of the graph on the evidence asked, with where it is and what it does: the nodes of
// the actor network. A placement (LOCATED_IN, ACTIVE_IN) counts only when it and the place rest
// on one of the levels asked; an actor whose placements do not is in no village, province or
// sector (unknown), never in a guessed one.
// Params: $evidence (list of evidence levels; a record without `evidence` is STATED).
// Columns: id, kind (its actor label), sphere, name (short name when it has one), evidence,
//   villageIds, provinceIds (directly or through its village), sectorIds. Ordered by id.
MATCH (a:Actor)
WHERE coalesce(a.evidence, 'STATED') IN $evidence
RETURN a.id AS id, a.label AS kind, a.sphere AS sphere, coalesce(a.shortName, a.name) AS name,
       coalesce(a.evidence, 'STATED') AS evidence,
       COLLECT {
         MATCH (a)-[r:LOCATED_IN]->(v:CraftVillage)
         WHERE coalesce(r.evidence, 'STATED') IN $evidence AND coalesce(v.evidence, 'STATED') IN $evidence
         RETURN DISTINCT v.id
       } AS villageIds,
       COLLECT {
         MATCH (a)-[r:LOCATED_IN]->(p:Province)
         WHERE coalesce(r.evidence, 'STATED') IN $evidence
         RETURN p.id AS id
         UNION
         MATCH (a)-[r:LOCATED_IN]->(v:CraftVillage)-[q:LOCATED_IN]->(p:Province)
         WHERE coalesce(r.evidence, 'STATED') IN $evidence AND coalesce(q.evidence, 'STATED') IN $evidence
           AND coalesce(v.evidence, 'STATED') IN $evidence
         RETURN p.id AS id
       } AS provinceIds,
       COLLECT {
         MATCH (a)-[r:ACTIVE_IN]->(s:Sector)
         WHERE coalesce(r.evidence, 'STATED') IN $evidence
         RETURN DISTINCT s.id
       } AS sectorIds
ORDER BY id
