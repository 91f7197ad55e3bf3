// Floor: an entity's first $limit relationships (by type, name, id, as helixgraph pages them) and
// the first $limit relationships of each node at the other end.
// Params: $id, $limit. Columns: links (list of {type, id, name, links: list of {type, id, name}}).
MATCH (n:Entity {id: $id})
CALL (n) {
  MATCH (n)-[r]-(m:Entity)
  WITH r, m ORDER BY type(r), toLower(m.name), m.id LIMIT toInteger($limit)
  CALL (m) {
    MATCH (m)-[r2]-(o:Entity)
    WITH r2, o ORDER BY type(r2), toLower(o.name), o.id LIMIT toInteger($limit)
    RETURN collect({type: type(r2), id: o.id, name: o.name}) AS links2
  }
  RETURN collect({type: type(r), id: m.id, name: m.name, links: links2}) AS links
}
RETURN links
