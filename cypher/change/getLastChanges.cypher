// The latest recorded change of each target (an entity or source id, or a relationship's
// TYPE|from|to), leaving out one change (the one being written). One row per target that has one.
// Params: $targets (list of strings), $exclude (a change id or null).
// Columns: target, changeId, operation, by, at, existed (it had a before state), exists (after).
UNWIND $targets AS target
CALL (target) {
  MATCH (e:ChangeEntry {target: target})
  WHERE $exclude IS NULL OR e.changeId <> $exclude
  RETURN e ORDER BY e.seq DESC LIMIT 1
}
MATCH (c:Change {id: e.changeId})
RETURN target, c.id AS changeId, c.operation AS operation, c.by AS by, c.at AS at,
       EXISTS { (e)-[:BEFORE]->(:ChangeState) } AS existed, EXISTS { (e)-[:AFTER]->(:ChangeState) } AS exists
