// Events and participant visits per month or year, for time-series charts, on the evidence asked.
// An event counts in a period only when its date rests on a level asked (an event on a level asked
// whose date does not is counted in the period UNKNOWN); events dated to a coarser precision than
// asked (a year only) fall in a bucket of their own precision. Visits are summed over the events
// whose visit figure rests on a level asked; the others are counted in eventsWithoutVisits.
// Params: $interval ('MONTH'|'YEAR'), $projectId (string or null), $kinds (list or null),
//   $evidence (levels; a record without `evidence` is STATED), $levels (every level, strongest
//   first), $rank (level → its index in $levels).
// Columns: period (YYYY or YYYY-MM, or UNKNOWN), events, participantVisits (null when no event of
//   the period has a visit figure on this evidence), participantVisitsEvidence (the weakest level
//   of the visit figures summed, or null), eventsWithoutVisits, kinds (distinct event
//   kinds), shares (list of {evidence, count}: events by the weaker of their own and their date's level).
MATCH (e:Event)
WHERE coalesce(e.evidence, 'STATED') IN $evidence
  AND ($kinds IS NULL OR e.kind IN $kinds)
  AND ($projectId IS NULL OR EXISTS { (:Project {id: $projectId})-[:ORGANIZED]->(e) })
WITH e, coalesce(e.evidence, 'STATED') AS own,
     coalesce(head([p IN split(coalesce(e.propertyEvidence, ''), ',') WHERE p STARTS WITH 'date=' | split(p, '=')[1]]),
              coalesce(e.evidence, 'STATED')) AS dateLevel,
     coalesce(head([p IN split(coalesce(e.propertyEvidence, ''), ',') WHERE p STARTS WITH 'participantVisits=' | split(p, '=')[1]]),
              coalesce(e.evidence, 'STATED')) AS visitsLevel
WITH e, own, dateLevel, visitsLevel, e.date IS NOT NULL AND dateLevel IN $evidence AS dated
WITH CASE WHEN NOT dated THEN 'UNKNOWN' WHEN $interval = 'YEAR' THEN left(e.date, 4) ELSE left(e.date, 7) END AS period,
     CASE WHEN dated AND $rank[dateLevel] > $rank[own] THEN $rank[dateLevel] ELSE $rank[own] END AS level,
     CASE WHEN visitsLevel IN $evidence THEN e.participantVisits END AS visits,
     CASE WHEN visitsLevel IN $evidence AND e.participantVisits IS NOT NULL THEN $rank[visitsLevel] END AS visitsRank,
     e.kind AS kind
WITH period, collect({level: level, visits: visits, kind: kind}) AS rows, max(visitsRank) AS visitsRank
RETURN period, size(rows) AS events,
       CASE WHEN any(r IN rows WHERE r.visits IS NOT NULL) THEN reduce(s = 0, r IN rows | s + coalesce(r.visits, 0)) END AS participantVisits,
       CASE WHEN visitsRank IS NULL THEN null ELSE $levels[toInteger(visitsRank)] END AS participantVisitsEvidence,
       size([r IN rows WHERE r.visits IS NULL]) AS eventsWithoutVisits,
       reduce(acc = [], r IN rows | CASE WHEN r.kind IN acc THEN acc ELSE acc + r.kind END) AS kinds,
       [l IN range(0, size($levels) - 1) WHERE any(r IN rows WHERE r.level = l) |
         {evidence: $levels[l], count: size([r IN rows WHERE r.level = l])}] AS shares
ORDER BY period = 'UNKNOWN', period
