// Totals of investments grouped by one dimension and by currency (amounts in different currencies
// are never added together), on the evidence asked, with how much of each total rests on each
// level: an investment's level in a group is the weakest of the investment, its amount and the
// ties that put it in the group (the strongest such chain when there are several). An investment
// whose group the ties on this evidence do not give (its enterprise's village, its investor…) is
// counted in the group UNKNOWN, never in a guessed one. An investment whose enterprise is in two
// sectors counts in both.
// Params: $by ('NONE'|'SECTOR'|'PROVINCE'|'VILLAGE'|'INVESTOR'|'PROGRAM'|'YEAR'|'STATUS'),
//   $statuses (list or null), $evidence (levels; a record without `evidence` is STATED), $levels
//   (every level, strongest first), $rank (level → its index in $levels).
// Columns: key (group id, or UNKNOWN), label (group name, or null), currency, amount (sum),
//   investments (count), enterprises (distinct count), shares (list of {evidence, count, amount}).
MATCH (i:Investment)
WHERE ($statuses IS NULL OR i.status IN $statuses)
  AND coalesce(i.evidence, 'STATED') IN $evidence
WITH i, coalesce(head([p IN split(coalesce(i.propertyEvidence, ''), ',') WHERE p STARTS WITH 'amount=' | split(p, '=')[1]]),
                 coalesce(i.evidence, 'STATED')) AS amountLevel
WHERE amountLevel IN $evidence
WITH i, CASE WHEN $rank[coalesce(i.evidence, 'STATED')] > $rank[amountLevel]
             THEN $rank[coalesce(i.evidence, 'STATED')] ELSE $rank[amountLevel] END AS base
OPTIONAL MATCH (e:Enterprise)-[rr:RECEIVED]->(i)
WHERE coalesce(rr.evidence, 'STATED') IN $evidence AND coalesce(e.evidence, 'STATED') IN $evidence
WITH i, base, e,
     CASE WHEN e IS NULL THEN 0
          WHEN $rank[coalesce(rr.evidence, 'STATED')] > $rank[coalesce(e.evidence, 'STATED')]
          THEN $rank[coalesce(rr.evidence, 'STATED')] ELSE $rank[coalesce(e.evidence, 'STATED')] END AS received
CALL (i, e, received) {
  WITH i WHERE $by = 'NONE'
  RETURN 'ALL' AS key, 'All investments' AS label, 0 AS tie
  UNION
  WITH i WHERE $by = 'STATUS'
  RETURN i.status AS key, i.status AS label, 0 AS tie
  UNION
  WITH i WHERE $by = 'YEAR'
  WITH i, coalesce(head([p IN split(coalesce(i.propertyEvidence, ''), ',') WHERE p STARTS WITH 'date=' | split(p, '=')[1]]),
                   coalesce(i.evidence, 'STATED')) AS dateLevel
  WITH i, CASE WHEN i.date IS NOT NULL AND dateLevel IN $evidence THEN left(i.date, 4) END AS year, dateLevel
  RETURN coalesce(year, 'UNKNOWN') AS key, year AS label, CASE WHEN year IS NULL THEN 0 ELSE $rank[dateLevel] END AS tie
  UNION
  WITH i WHERE $by = 'INVESTOR'
  OPTIONAL MATCH (v:Investor)-[r:INVESTED]->(i)
  WHERE coalesce(r.evidence, 'STATED') IN $evidence AND coalesce(v.evidence, 'STATED') IN $evidence
  RETURN coalesce(v.id, 'UNKNOWN') AS key, v.name AS label,
         CASE WHEN v IS NULL THEN 0
              WHEN $rank[coalesce(r.evidence, 'STATED')] > $rank[coalesce(v.evidence, 'STATED')]
              THEN $rank[coalesce(r.evidence, 'STATED')] ELSE $rank[coalesce(v.evidence, 'STATED')] END AS tie
  UNION
  WITH i WHERE $by = 'PROGRAM'
  OPTIONAL MATCH (i)-[r:RESULT_OF]->(:Project)<-[q:FUNDS]-(p:Program)
  WHERE coalesce(r.evidence, 'STATED') IN $evidence AND coalesce(q.evidence, 'STATED') IN $evidence
  RETURN coalesce(p.id, 'UNKNOWN') AS key, p.name AS label,
         CASE WHEN p IS NULL THEN 0
              WHEN $rank[coalesce(r.evidence, 'STATED')] > $rank[coalesce(q.evidence, 'STATED')]
              THEN $rank[coalesce(r.evidence, 'STATED')] ELSE $rank[coalesce(q.evidence, 'STATED')] END AS tie
  UNION
  WITH e, received WHERE $by = 'SECTOR'
  OPTIONAL MATCH (e)-[r:ACTIVE_IN]->(s:Sector)
  WHERE coalesce(r.evidence, 'STATED') IN $evidence
  RETURN coalesce(s.id, 'UNKNOWN') AS key, s.name AS label,
         CASE WHEN s IS NULL THEN 0
              WHEN $rank[coalesce(r.evidence, 'STATED')] > received THEN $rank[coalesce(r.evidence, 'STATED')] ELSE received END AS tie
  UNION
  WITH e, received WHERE $by = 'VILLAGE'
  OPTIONAL MATCH (e)-[r:LOCATED_IN]->(v:CraftVillage)
  WHERE coalesce(r.evidence, 'STATED') IN $evidence AND coalesce(v.evidence, 'STATED') IN $evidence
  RETURN coalesce(v.id, 'UNKNOWN') AS key, v.name AS label,
         CASE WHEN v IS NULL THEN 0
              WHEN $rank[coalesce(r.evidence, 'STATED')] > received THEN $rank[coalesce(r.evidence, 'STATED')] ELSE received END AS tie
  UNION
  WITH e, received WHERE $by = 'PROVINCE'
  OPTIONAL MATCH (e)-[r:LOCATED_IN]->(v:CraftVillage)-[q:LOCATED_IN]->(p:Province)
  WHERE coalesce(r.evidence, 'STATED') IN $evidence AND coalesce(q.evidence, 'STATED') IN $evidence
    AND coalesce(v.evidence, 'STATED') IN $evidence
  RETURN coalesce(p.id, 'UNKNOWN') AS key, p.name AS label,
         CASE WHEN p IS NULL THEN 0
              ELSE reduce(m = received, x IN [$rank[coalesce(r.evidence, 'STATED')], $rank[coalesce(q.evidence, 'STATED')]] | CASE WHEN x > m THEN x ELSE m END) END AS tie
}
WITH key, label, i, e, min(CASE WHEN tie > base THEN tie ELSE base END) AS level
WITH key, label, i.currency AS currency, collect({amount: i.amount, level: level, e: e}) AS rows
RETURN key, label, currency,
       reduce(s = 0.0, r IN rows | s + r.amount) AS amount,
       size(rows) AS investments,
       size(reduce(acc = [], r IN rows | CASE WHEN r.e IS NULL OR r.e IN acc THEN acc ELSE acc + r.e END)) AS enterprises,
       [l IN range(0, size($levels) - 1) WHERE any(r IN rows WHERE r.level = l) |
         {evidence: $levels[l], count: size([r IN rows WHERE r.level = l]),
          amount: reduce(s = 0.0, r IN [r IN rows WHERE r.level = l] | s + r.amount)}] AS shares
ORDER BY key = 'UNKNOWN', amount DESC, key ASC
