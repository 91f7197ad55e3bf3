// A project's figures in one round trip: events by kind, participant visits, enterprises connected
// and invested (with their sectors), committed and disbursed amounts by currency, markets, outputs,
// program and implementers.
// Params: $id (project id). Columns: project (properties), programIds, implementerIds, events (list
//   of {kind, date, participantVisits}), connectedIds, invested (list of {enterpriseId, sectorIds}),
//   amounts (list of {currency, status, amount, investments}), marketIds, outputs (list of {id, kind}),
//   investorIds, related (properties of the project, its programs, implementers, markets, last event
//   and the sectors of invested enterprises: the API answers their fields without another round
//   trip). No row when the project does not exist.
// Internal properties (contentHash, searchName, searchText, sortName: import and search bookkeeping, never
// answered by the API) are nulled in the projection: they would otherwise be most of the bytes.
MATCH (p:Project {id: $id})
CALL (p) {
  OPTIONAL MATCH (prog:Program)-[:FUNDS]->(p)
  WITH DISTINCT prog
  RETURN collect(prog.id) AS programIds, collect(prog {.*, contentHash: null, searchName: null, searchText: null, sortName: null}) AS programs
}
CALL (p) {
  OPTIONAL MATCH (a:Actor)-[:IMPLEMENTS]->(p)
  WITH DISTINCT a
  RETURN collect(a.id) AS implementerIds, collect(a {.*, contentHash: null, searchName: null, searchText: null, sortName: null}) AS implementers
}
CALL (p) {
  OPTIONAL MATCH (p)-[:ORGANIZED]->(e:Event)
  WITH e ORDER BY e.date
  RETURN collect(e {.id, .kind, .date, .participantVisits, .estimate}) AS events,
         [x IN collect(e) WHERE x.date IS NOT NULL][-1] AS lastEvent
}
CALL (p) {
  OPTIONAL MATCH (p)-[:CONNECTED]->(c:Enterprise)
  RETURN collect(DISTINCT c.id) AS connectedIds
}
CALL (p) {
  OPTIONAL MATCH (ent:Enterprise)-[:RECEIVED]->(:Investment)-[:RESULT_OF]->(p)
  WITH DISTINCT ent WHERE ent IS NOT NULL
  OPTIONAL MATCH (ent)-[:ACTIVE_IN]->(s:Sector)
  WITH ent, collect(s) AS sectors
  WITH collect({enterpriseId: ent.id, sectors: sectors}) AS rows
  RETURN [r IN rows | {enterpriseId: r.enterpriseId, sectorIds: [s IN r.sectors | s.id]}] AS invested,
         COLLECT { UNWIND rows AS r UNWIND r.sectors AS s RETURN DISTINCT s {.*, contentHash: null, searchName: null, searchText: null, sortName: null} } AS investedSectors
}
CALL (p) {
  OPTIONAL MATCH (i:Investment)-[:RESULT_OF]->(p)
  WITH i WHERE i IS NOT NULL
  WITH i.currency AS currency, i.status AS status, sum(i.amount) AS amount, count(i) AS investments
  RETURN collect({currency: currency, status: status, amount: amount, investments: investments}) AS amounts
}
CALL (p) {
  OPTIONAL MATCH (inv:Investor)-[:INVESTED]->(:Investment)-[:RESULT_OF]->(p)
  RETURN collect(DISTINCT inv.id) AS investorIds
}
CALL (p) {
  OPTIONAL MATCH (p)-[:TARGETS_MARKET]->(m:Market)
  WITH DISTINCT m
  RETURN collect(m.id) AS marketIds, collect(m {.*, contentHash: null, searchName: null, searchText: null, sortName: null}) AS markets
}
CALL (p) {
  OPTIONAL MATCH (p)-[:PRODUCED]->(o:Output)
  RETURN collect(o {.id, .kind}) AS outputs
}
RETURN p {.*} AS project, programIds, implementerIds, events, connectedIds, invested, amounts,
       investorIds, marketIds, outputs,
       [p {.*, contentHash: null, searchName: null, searchText: null, sortName: null}] + programs + implementers + markets + [e IN [lastEvent] WHERE e IS NOT NULL | e {.*, contentHash: null, searchName: null, searchText: null, sortName: null}] + investedSectors AS related
