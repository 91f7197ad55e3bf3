// Events and participant visits per month or year, for time-series charts. Events dated to a
// coarser precision than asked (a year only) fall in a bucket of their own precision.
// Params: $interval ('MONTH'|'YEAR'), $projectId (string or null), $kinds (list or null).
// Columns: period (YYYY or YYYY-MM), events, participantVisits, kinds (distinct event kinds).
MATCH (e:Event)
WHERE e.date IS NOT NULL
  AND ($kinds IS NULL OR e.kind IN $kinds)
  AND ($projectId IS NULL OR EXISTS { (:Project {id: $projectId})-[:ORGANIZED]->(e) })
WITH e, CASE $interval WHEN 'YEAR' THEN left(e.date, 4) ELSE left(e.date, 7) END AS period
RETURN period, count(e) AS events, sum(coalesce(e.participantVisits, 0)) AS participantVisits,
       collect(DISTINCT e.kind) AS kinds
ORDER BY period
