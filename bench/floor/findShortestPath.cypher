// Floor: the length of a shortest path between two entities over any relationship, at most 6 hops.
// Params: $from, $to. Columns: length (no row when there is none).
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = shortestPath((a)-[*..6]-(b))
RETURN length(p) AS length
