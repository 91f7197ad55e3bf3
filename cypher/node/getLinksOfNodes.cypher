// The relationships of many nodes at once, filtered and paginated per node: the batch behind every
// relationship field and every `links(...)` connection (one round trip per nesting level).
// Params: $keys: list of {key, id, types (list|null), direction ('OUT'|'IN'|'BOTH'), labels (list|null),
//   evidence (list of evidence levels the relationship and the far node must rest on, or null: any;
//   a record without `evidence` is STATED), offset, limit}. Columns: key, total (links matching before pagination), items (list of
//   {type, outgoing, link: relationship properties, node: properties of the node at the other end}).
// Internal properties (contentHash, searchName, searchText, sortName: import and search bookkeeping, never
// answered by the API) are nulled in the projection: they would otherwise be most of the bytes.
UNWIND $keys AS k
MATCH (n:Entity {id: k.id})
CALL (n, k) {
  MATCH (n)-[r]-(m:Entity)
  WHERE (k.types IS NULL OR type(r) IN k.types)
    AND (k.direction = 'BOTH' OR (k.direction = 'OUT') = (startNode(r) = n))
    AND (k.labels IS NULL OR m.label IN k.labels)
    AND (k.evidence IS NULL OR (coalesce(r.evidence, 'STATED') IN k.evidence AND coalesce(m.evidence, 'STATED') IN k.evidence))
  WITH r, m ORDER BY type(r), toLower(m.name), m.id
  // Sort and count references only; read the properties of the requested page alone (a dense node
  // such as a sector has thousands of links, of which a page shows 20).
  WITH collect({r: r, m: m}) AS found
  RETURN size(found) AS total,
         [x IN found[toInteger(k.offset)..toInteger(k.offset + k.limit)] |
           {type: type(x.r), outgoing: startNode(x.r) = n,
            // head([v IN [x.r] | v {…}]) binds x.r to a variable, which a map projection needs.
            link: head([r IN [x.r] | r {.*, contentHash: null}]),
            node: head([m IN [x.m] | m {.*, contentHash: null, searchName: null, searchText: null, sortName: null}])}] AS items
}
RETURN k.key AS key, total, items
