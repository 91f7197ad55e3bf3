// A project's figures in one round trip, on the evidence asked: events by kind, participant visits,
// enterprises connected and invested (with their sectors), investments (with their amounts'
// evidence), markets, outputs, program and implementers. A record or relationship on a level not
// asked is left out (a property's own level is judged by the report, src/domain/report.ts).
// Params: $id (project id), $evidence (levels; a record without `evidence` is STATED).
// Columns: project (properties), programIds, implementerIds, events (list of {id, kind, date,
//   participantVisits, evidence, propertyEvidence, placeholder, estimate}), connectedIds, invested
//   (list of {enterpriseId, sectorIds}), investments (list of {id, currency, status, amount,
//   evidence, propertyEvidence, placeholder, estimate}), marketIds, outputs (list of {id, kind}),
//   investorIds, related (properties of the project, its programs, implementers, markets, events
//   and the sectors of invested enterprises: the API answers their fields without another round
//   trip). No row when the project does not exist.
// Internal properties (contentHash, searchName, searchText, sortName: import and search bookkeeping, never
// answered by the API) are nulled in the projection: they would otherwise be most of the bytes.
MATCH (p:Project {id: $id})
CALL (p) {
  OPTIONAL MATCH (prog:Program)-[r:FUNDS]->(p)
  WHERE coalesce(r.evidence, 'STATED') IN $evidence AND coalesce(prog.evidence, 'STATED') IN $evidence
  WITH DISTINCT prog
  RETURN collect(prog.id) AS programIds, collect(prog {.*, contentHash: null, searchName: null, searchText: null, sortName: null}) AS programs
}
CALL (p) {
  OPTIONAL MATCH (a:Actor)-[r:IMPLEMENTS]->(p)
  WHERE coalesce(r.evidence, 'STATED') IN $evidence AND coalesce(a.evidence, 'STATED') IN $evidence
  WITH DISTINCT a
  RETURN collect(a.id) AS implementerIds, collect(a {.*, contentHash: null, searchName: null, searchText: null, sortName: null}) AS implementers
}
CALL (p) {
  OPTIONAL MATCH (p)-[r:ORGANIZED]->(e:Event)
  WHERE coalesce(r.evidence, 'STATED') IN $evidence AND coalesce(e.evidence, 'STATED') IN $evidence
  WITH e ORDER BY e.date
  RETURN collect(e {.id, .kind, .date, .participantVisits, .evidence, .propertyEvidence, .placeholder, .estimate}) AS events,
         collect(e {.*, contentHash: null, searchName: null, searchText: null, sortName: null}) AS eventNodes
}
CALL (p) {
  OPTIONAL MATCH (p)-[r:CONNECTED]->(c:Enterprise)
  WHERE coalesce(r.evidence, 'STATED') IN $evidence AND coalesce(c.evidence, 'STATED') IN $evidence
  RETURN collect(DISTINCT c.id) AS connectedIds
}
CALL (p) {
  OPTIONAL MATCH (ent:Enterprise)-[r:RECEIVED]->(i:Investment)-[q:RESULT_OF]->(p)
  WHERE coalesce(r.evidence, 'STATED') IN $evidence AND coalesce(q.evidence, 'STATED') IN $evidence
    AND coalesce(ent.evidence, 'STATED') IN $evidence AND coalesce(i.evidence, 'STATED') IN $evidence
  WITH DISTINCT ent WHERE ent IS NOT NULL
  OPTIONAL MATCH (ent)-[a:ACTIVE_IN]->(s:Sector)
  WHERE coalesce(a.evidence, 'STATED') IN $evidence
  WITH ent, collect(s) AS sectors
  WITH collect({enterpriseId: ent.id, sectors: sectors}) AS rows
  RETURN [r IN rows | {enterpriseId: r.enterpriseId, sectorIds: [s IN r.sectors | s.id]}] AS invested,
         COLLECT { UNWIND rows AS r UNWIND r.sectors AS s RETURN DISTINCT s {.*, contentHash: null, searchName: null, searchText: null, sortName: null} } AS investedSectors
}
CALL (p) {
  OPTIONAL MATCH (i:Investment)-[q:RESULT_OF]->(p)
  WHERE coalesce(q.evidence, 'STATED') IN $evidence AND coalesce(i.evidence, 'STATED') IN $evidence
  WITH i WHERE i IS NOT NULL
  RETURN collect(i {.id, .currency, .status, .amount, .evidence, .propertyEvidence, .placeholder, .estimate}) AS investments
}
CALL (p) {
  OPTIONAL MATCH (inv:Investor)-[r:INVESTED]->(i:Investment)-[q:RESULT_OF]->(p)
  WHERE coalesce(r.evidence, 'STATED') IN $evidence AND coalesce(q.evidence, 'STATED') IN $evidence
    AND coalesce(inv.evidence, 'STATED') IN $evidence AND coalesce(i.evidence, 'STATED') IN $evidence
  RETURN collect(DISTINCT inv.id) AS investorIds
}
CALL (p) {
  OPTIONAL MATCH (p)-[r:TARGETS_MARKET]->(m:Market)
  WHERE coalesce(r.evidence, 'STATED') IN $evidence AND coalesce(m.evidence, 'STATED') IN $evidence
  WITH DISTINCT m
  RETURN collect(m.id) AS marketIds, collect(m {.*, contentHash: null, searchName: null, searchText: null, sortName: null}) AS markets
}
CALL (p) {
  OPTIONAL MATCH (p)-[r:PRODUCED]->(o:Output)
  WHERE coalesce(r.evidence, 'STATED') IN $evidence AND coalesce(o.evidence, 'STATED') IN $evidence
  RETURN collect(o {.id, .kind}) AS outputs
}
RETURN p {.*} AS project, programIds, implementerIds, events, connectedIds, invested, investments,
       investorIds, marketIds, outputs,
       [p {.*, contentHash: null, searchName: null, searchText: null, sortName: null}] + programs + implementers + markets + eventNodes + investedSectors AS related
