// Counts entities grouped by one of their own properties, for dashboards, on the evidence asked,
// with how many rest on each level (the record's, or for YEAR the date property's own level).
// Params: $labels (entity labels to count), $by ('KIND'|'SPHERE'|'YEAR'), $placeholder (boolean or
//   null: only placeholders / only real ones / both), $evidence (levels; a record without
//   `evidence` is STATED).
// Columns: key (group, or UNKNOWN for entities without the property, or whose date rests on a
//   level not asked), label (group name, or null), count, shares (list of {evidence, count}).
// Groups reached through relationships (sector, village, province, program) have statements of
// their own (countNodesBySector…) that start from the groups.
MATCH (n:Entity)
WHERE n.label IN $labels
  AND ($placeholder IS NULL OR coalesce(n.placeholder, false) = $placeholder)
  AND coalesce(n.evidence, 'STATED') IN $evidence
WITH n, CASE $by
  WHEN 'KIND' THEN n.label
  WHEN 'SPHERE' THEN n.sphere
  WHEN 'YEAR' THEN left(coalesce(n.date, n.founded, n.startDate, n.decisionDate), 4)
END AS key,
CASE $by
  WHEN 'YEAR' THEN coalesce(
    head([p IN split(coalesce(n.propertyEvidence, ''), ',')
          WHERE p STARTS WITH (CASE WHEN n.date IS NOT NULL THEN 'date' WHEN n.founded IS NOT NULL THEN 'founded'
                                    WHEN n.startDate IS NOT NULL THEN 'startDate' ELSE 'decisionDate' END) + '='
          | split(p, '=')[1]]),
    coalesce(n.evidence, 'STATED'))
  ELSE coalesce(n.evidence, 'STATED')
END AS level
WITH CASE WHEN key IS NULL OR NOT level IN $evidence THEN 'UNKNOWN' ELSE key END AS key,
     CASE WHEN key IS NULL OR NOT level IN $evidence THEN coalesce(n.evidence, 'STATED') ELSE level END AS level, n
WITH key, level, count(n) AS c
WITH key, sum(c) AS count, collect({evidence: level, count: c}) AS shares
RETURN key, CASE key WHEN 'UNKNOWN' THEN null ELSE key END AS label, count, shares
ORDER BY key = 'UNKNOWN', count DESC, key ASC
