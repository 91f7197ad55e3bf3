// Every craft village with its province, sectors and the actors that support it (gaps analysis),
// each on the evidence asked.
// Params: $evidence (list of evidence levels; a record without `evidence` is STATED).
// Columns: id, provinceId (null when unknown), sectorIds, supporterIds. Ordered by id.
MATCH (v:CraftVillage)
WHERE coalesce(v.evidence, 'STATED') IN $evidence
RETURN v.id AS id,
       head(COLLECT {
         MATCH (v)-[r:LOCATED_IN]->(p:Province) WHERE coalesce(r.evidence, 'STATED') IN $evidence
         RETURN p.id ORDER BY p.id
       }) AS provinceId,
       COLLECT {
         MATCH (v)-[r:ACTIVE_IN]->(s:Sector) WHERE coalesce(r.evidence, 'STATED') IN $evidence
         RETURN DISTINCT s.id
       } AS sectorIds,
       COLLECT {
         MATCH (a:Actor)-[r:SUPPORTS]->(v)
         WHERE coalesce(r.evidence, 'STATED') IN $evidence AND coalesce(a.evidence, 'STATED') IN $evidence
         RETURN DISTINCT a.id
       } AS supporterIds
ORDER BY id
