// Floor: a project's figures: events by kind, visits, last event, enterprises connected and
// invested, amounts by currency and status, markets, programs.
// Params: $id. Columns: eventsByKind, eventCount, participantVisits, lastEventDate,
//   enterprisesConnected, enterprisesInvested, amounts, markets, programs.
MATCH (p:Project {id: $id})
CALL (p) {
  OPTIONAL MATCH (p)-[:ORGANIZED]->(e:Event)
  WITH e.kind AS kind, count(e) AS n, sum(coalesce(e.participantVisits, 0)) AS visits, max(e.date) AS last
  WHERE kind IS NOT NULL
  RETURN collect({kind: kind, count: n, participantVisits: visits}) AS eventsByKind,
         sum(n) AS eventCount, sum(visits) AS participantVisits, max(last) AS lastEventDate
}
CALL (p) {
  OPTIONAL MATCH (i:Investment)-[:RESULT_OF]->(p)
  WITH i WHERE i IS NOT NULL
  WITH i.currency AS currency, i.status AS status, sum(i.amount) AS amount, count(i) AS investments
  RETURN collect({currency: currency, status: status, amount: amount, investments: investments}) AS amounts
}
RETURN eventsByKind, eventCount, participantVisits, lastEventDate,
       COUNT { (p)-[:CONNECTED]->(:Enterprise) } AS enterprisesConnected,
       COUNT { MATCH (e:Enterprise)-[:RECEIVED]->(:Investment)-[:RESULT_OF]->(p) RETURN DISTINCT e } AS enterprisesInvested,
       amounts,
       [(p)-[:TARGETS_MARKET]->(m:Market) | m.id] AS markets,
       [(prog:Program)-[:FUNDS]->(p) | prog.id] AS programs
