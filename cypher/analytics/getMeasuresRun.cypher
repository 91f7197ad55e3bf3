// How and when the stored measures were computed, if they ever were.
// Params: none. Columns: run (properties of the AnalyticsRun node). No row before the first run.
MATCH (r:AnalyticsRun {id: 'measures'})
RETURN r {.*} AS run
ORDER BY r.computedAt DESC
LIMIT 1
