// The relationships of an entity being merged away ($remove) into another ($keep), each with where
// it goes (every end that is $remove becomes $keep), the label of its other end, and the
// relationship of the same type between the new ends if there is one already. At most $limit rows
// (the caller asks for one more than it accepts and refuses a larger merge).
// Params: $keep, $remove, $limit. Columns: type, from, to, props (map), otherLabel, newFrom, newTo,
//   existing (map of the relationship (type, newFrom, newTo), or null).
MATCH (r:Entity {id: $remove})-[l]-(o:Entity)
WITH DISTINCT l LIMIT toInteger($limit)
WITH l, startNode(l) AS a, endNode(l) AS b
WITH l, a, b, CASE WHEN a.id = $remove THEN $keep ELSE a.id END AS newFrom, CASE WHEN b.id = $remove THEN $keep ELSE b.id END AS newTo
OPTIONAL MATCH (:Entity {id: newFrom})-[k]->(:Entity {id: newTo}) WHERE type(k) = type(l) AND k <> l
RETURN type(l) AS type, a.id AS from, b.id AS to, properties(l) AS props,
       CASE WHEN a.id = $remove THEN b.label ELSE a.label END AS otherLabel,
       newFrom, newTo, CASE WHEN k IS NULL THEN null ELSE properties(k) END AS existing
ORDER BY type, from, to
