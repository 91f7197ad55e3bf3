// How many changes touched one entity, source or relationship (see change/findChangesOfTarget).
// Params: $target, $withLinks. Columns: total.
CALL () {
  MATCH (e:ChangeEntry {target: $target}) RETURN e.changeId AS changeId
  UNION
  MATCH (e:ChangeEntry {from: $target}) WHERE $withLinks RETURN e.changeId AS changeId
  UNION
  MATCH (e:ChangeEntry {to: $target}) WHERE $withLinks RETURN e.changeId AS changeId
}
RETURN count(changeId) AS total
