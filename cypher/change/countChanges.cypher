// How many recorded changes match the filters of change/findChanges.
// Params: $since, $until, $operations, $by (as in change/findChanges). Columns: total.
MATCH (c:Change)
WHERE c.seq IS NOT NULL
  AND ($since IS NULL OR c.at >= datetime($since))
  AND ($until IS NULL OR c.at < datetime($until))
  AND ($operations IS NULL OR c.operation IN $operations)
  AND ($by IS NULL OR c.by = $by)
RETURN count(c) AS total
