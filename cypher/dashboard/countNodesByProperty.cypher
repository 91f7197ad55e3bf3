// Counts entities grouped by one of their own properties, for dashboards.
// Params: $labels (entity labels to count), $by ('KIND'|'SPHERE'|'YEAR'), $placeholder (boolean or
//   null: only placeholders / only real ones / both).
// Columns: key (group), label (group name), count. Entities without the property are not listed.
// Groups reached through relationships (sector, village, province, program) have statements of
// their own (countNodesBySector…) that start from the groups.
MATCH (n:Entity)
WHERE n.label IN $labels
  AND ($placeholder IS NULL OR coalesce(n.placeholder, false) = $placeholder)
WITH n, CASE $by
  WHEN 'KIND' THEN n.label
  WHEN 'SPHERE' THEN n.sphere
  WHEN 'YEAR' THEN left(coalesce(n.date, n.founded, n.startDate, n.decisionDate), 4)
END AS key
WHERE key IS NOT NULL
RETURN key, key AS label, count(n) AS count
ORDER BY count DESC, key ASC
