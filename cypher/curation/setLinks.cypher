// Creates or overwrites relationships (type, from, to) with exactly the properties given: the
// relationships a merge moves onto the kept entity, or merges into one it already has. Both ends
// must exist (the merge has read them in the same transaction).
// Params: $rows: list of {type (whitelisted), from, to, props (map)}. Columns: written (count).
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:$(row.type)]->(b)
SET r = row.props
RETURN count(r) AS written
