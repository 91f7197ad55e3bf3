// The version of the graph that the analytics' kept snapshots rest on: the number of the last
// recorded change (every API write, import transaction and restore takes the next one), the
// node and relationship counts (read off the count store, so a load outside the change log,
// such as the generator's, still moves them), and the time of the stored measures. Four reads
// of a few records each, whatever the size of the graph.
// Params: none. Columns: changeSeq (0 before the first change), nodes, relationships,
//   measuresAt (null before the first recompute).
CALL () { OPTIONAL MATCH (k:ChangeLog {id: 'log'}) RETURN coalesce(k.seq, 0) AS changeSeq }
CALL () { MATCH (n) RETURN count(n) AS nodes }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
CALL () { OPTIONAL MATCH (m:AnalyticsRun {id: 'measures'}) RETURN max(m.computedAt) AS measuresAt }
RETURN changeSeq, nodes, relationships, measuresAt
