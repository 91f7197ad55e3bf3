// Creates relationships that cannot exist yet because one of their ends was created by this same
// import (a new node has no relationships), so no MERGE lookup is needed. Both ends must exist.
// Params: $rows: list of {type (whitelisted), from, to, props (map, includes contentHash)}.
// Columns: created (count).
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
CREATE (a)-[r:$(row.type)]->(b)
SET r = row.props
RETURN count(r) AS created
