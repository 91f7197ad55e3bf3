// Records how the stored measures were computed (one node, replaced on every recompute): when,
// on which projection, how exactly, in how long.
// Params: $run (map of numbers, strings and lists). Columns: run (its properties).
MERGE (r:AnalyticsRun {id: 'measures'})
SET r = $run, r.id = 'measures'
RETURN r {.*} AS run
