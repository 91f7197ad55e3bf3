// Totals of investments grouped by one dimension and by currency (amounts in different currencies
// are never added together). An investment whose enterprise is in two sectors counts in both.
// Params: $by ('NONE'|'SECTOR'|'PROVINCE'|'VILLAGE'|'INVESTOR'|'PROGRAM'|'YEAR'|'STATUS'),
//   $statuses (list or null).
// Columns: key, label, currency, amount (sum), investments (count), enterprises (distinct count).
MATCH (i:Investment)
WHERE $statuses IS NULL OR i.status IN $statuses
OPTIONAL MATCH (e:Enterprise)-[:RECEIVED]->(i)
CALL (i, e) {
  WITH i WHERE $by = 'NONE'
  RETURN 'ALL' AS key, 'All investments' AS label
  UNION
  WITH i WHERE $by = 'STATUS'
  RETURN i.status AS key, i.status AS label
  UNION
  WITH i WHERE $by = 'YEAR' AND i.date IS NOT NULL
  RETURN left(i.date, 4) AS key, left(i.date, 4) AS label
  UNION
  WITH i WHERE $by = 'INVESTOR'
  MATCH (v:Investor)-[:INVESTED]->(i)
  RETURN v.id AS key, v.name AS label
  UNION
  WITH i WHERE $by = 'PROGRAM'
  MATCH (i)-[:RESULT_OF]->(:Project)<-[:FUNDS]-(p:Program)
  RETURN p.id AS key, p.name AS label
  UNION
  WITH e WHERE $by = 'SECTOR'
  MATCH (e)-[:ACTIVE_IN]->(s:Sector)
  RETURN s.id AS key, s.name AS label
  UNION
  WITH e WHERE $by = 'VILLAGE'
  MATCH (e)-[:LOCATED_IN]->(v:CraftVillage)
  RETURN v.id AS key, v.name AS label
  UNION
  WITH e WHERE $by = 'PROVINCE'
  MATCH (e)-[:LOCATED_IN]->(:CraftVillage)-[:LOCATED_IN]->(p:Province)
  RETURN p.id AS key, p.name AS label
}
RETURN key, label, i.currency AS currency, sum(i.amount) AS amount,
       count(DISTINCT i) AS investments, count(DISTINCT e) AS enterprises
ORDER BY amount DESC, key ASC
