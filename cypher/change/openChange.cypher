// Opens the record of a write, inside the write's own transaction and before it runs: takes the
// next number of the change log (its write lock orders every recorded write and is held to
// commit) and creates the :Change. The snapshot statements then add one :ChangeEntry per target.
// Params: $by (the key's name), $operation, $comment (or null), $sourceIds (cited), $restores (the
//   id of the change a restore undoes, or null). Columns: changeId, seq.
MERGE (k:ChangeLog {id: 'log'})
SET k.seq = coalesce(k.seq, 0) + 1
WITH k.seq AS seq
CREATE (c:Change {id: 'change:' + toString(seq), seq: seq, at: datetime.realtime(), by: $by, operation: $operation, comment: $comment, sourceIds: $sourceIds, restores: $restores})
RETURN c.id AS changeId, c.seq AS seq
