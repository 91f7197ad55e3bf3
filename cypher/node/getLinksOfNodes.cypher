// The relationships of many nodes at once, filtered and paginated per node: the batch behind every
// relationship field and every `links(...)` connection (one round trip per nesting level).
// Params: $keys: list of {key, id, types (list|null), direction ('OUT'|'IN'|'BOTH'), labels (list|null),
//   offset, limit}. Columns: key, total (links matching before pagination), items (list of
//   {type, outgoing, link: relationship properties, node: properties of the node at the other end}).
UNWIND $keys AS k
MATCH (n:Entity {id: k.id})
CALL (n, k) {
  MATCH (n)-[r]-(m:Entity)
  WHERE (k.types IS NULL OR type(r) IN k.types)
    AND (k.direction = 'BOTH' OR (k.direction = 'OUT') = (startNode(r) = n))
    AND (k.labels IS NULL OR m.label IN k.labels)
  WITH r, m, startNode(r) = n AS outgoing
  ORDER BY type(r), toLower(m.name), m.id
  RETURN collect({type: type(r), outgoing: outgoing, link: properties(r), node: m {.*}}) AS links
}
RETURN k.key AS key, size(links) AS total, links[toInteger(k.offset)..toInteger(k.offset + k.limit)] AS items
